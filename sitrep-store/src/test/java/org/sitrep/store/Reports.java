package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentQuality;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;

/** Documents for tests, hashed as ingest hashes them. */
final class Reports {
  private Reports() {}

  /** A report with every field set. */
  static Document report(String id, String text) {
    return new Document(
        id,
        sha256(text),
        "inputs/" + id,
        "https://example.org/news/" + id,
        "Example Wire",
        "Title of " + id,
        PublicationDate.of(
            LocalDate.of(2021, 8, 27), DateEvidence.HEADER, "header 'date 2021-08-27'"),
        "en",
        text,
        "date 2021-08-27\n\n" + text,
        new OffsetMap.Builder().run(0, 17).run(5, 23).run(9, 40).build(),
        new DocumentQuality(
            3,
            1,
            "wire-original.txt",
            0.87,
            List.of(
                new Diagnostic("boilerplate-removed", "dropped 'See also' block"),
                new Diagnostic("encoding-repaired", "decoded as windows-1252"))));
  }

  /** A report with only the required fields, no date and no offsets. */
  static Document bare(String id, String text) {
    return new Document(
        id,
        sha256(text),
        id,
        null,
        null,
        null,
        PublicationDate.unknown("no date line, no dateline"),
        "und",
        text,
        text,
        OffsetMap.empty(),
        DocumentQuality.CLEAN);
  }

  static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
