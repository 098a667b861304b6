package org.sitrep.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentQuality;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.testkit.Corpus;

/** Documents for tests, built directly rather than through ingest. */
final class Documents {
  static final LocalDate PUBLISHED = LocalDate.parse("2021-08-30");

  private Documents() {}

  /** An English document published on {@link #PUBLISHED}. */
  static Document published(String text) {
    return document("test", text, PublicationDate.of(PUBLISHED, DateEvidence.INPUT, "test"));
  }

  /** An English document whose publication date is unknown. */
  static Document undated(String text) {
    return document("test", text, PublicationDate.unknown("test"));
  }

  /** The seed reports, in file-name order, each published on {@link #PUBLISHED}. */
  static List<Document> seeds() {
    try (Stream<Path> files = Files.list(Corpus.seeds())) {
      return files.sorted().map(Documents::seed).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document seed(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      PublicationDate date = PublicationDate.of(PUBLISHED, DateEvidence.HEADER, "seed header");
      return document(file.getFileName().toString(), text, date);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document document(String id, String text, PublicationDate published) {
    return new Document(
        id,
        "hash-" + id,
        "test",
        null,
        null,
        null,
        published,
        "en",
        text,
        text,
        OffsetMap.identity(),
        DocumentQuality.CLEAN);
  }
}
