package org.sitrep.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.Limits;
import org.sitrep.model.RefusalReason;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.SourceDocument;

/**
 * Reads web archives: each successful HTML or plain-text response record becomes a document named
 * by its target URI. Other records (requests, metadata, images) are passed over. The archive's
 * capture date is when the page was crawled, not when it was published, so it is not used as the
 * publication date.
 */
final class WarcArchiveReader {
  private final Limits limits;

  WarcArchiveReader(Limits limits) {
    this.limits = limits;
  }

  /** Reads an uncompressed WARC stream (the caller decompresses, so it can bound the size). */
  void read(InputStream in, String origin, InputSink sink) throws IOException {
    try (WarcReader reader = new WarcReader(in)) {
      reader.setLenient(true);
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          readResponse(response, origin, sink);
        }
      }
    }
  }

  private void readResponse(WarcResponse response, String origin, InputSink sink)
      throws IOException {
    String where = origin + "#" + response.target();
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      sink.refused(
          new RejectedInput(RefusalReason.MALFORMED, "bad HTTP response: " + e.getMessage())
              .against(where));
      return;
    }
    if (http.status() != 200) {
      return;
    }
    String subtype = http.contentType().base().toString().toLowerCase(Locale.ROOT);
    boolean html = subtype.equals(MediaType.HTML.toString()) || subtype.contains("xhtml");
    boolean text = subtype.equals(MediaType.PLAIN_TEXT.toString());
    if (!html && !text) {
      return;
    }
    byte[] body;
    try (InputStream stream = http.bodyDecoded().stream()) {
      body = new BoundedInputStream(stream, limits.maxDocumentBytes(), "page").readAllBytes();
    } catch (LimitExceededException tooLarge) {
      sink.refused(
          new RejectedInput(RefusalReason.TOO_LARGE, tooLarge.getMessage()).against(where));
      return;
    }
    try {
      TextDecoder.Decoded decoded = TextDecoder.decode(body, "page");
      sink.document(
          new SourceDocument(
              response.target(),
              where,
              response.target(),
              null,
              null,
              null,
              html ? org.sitrep.model.ContentType.HTML : org.sitrep.model.ContentType.TEXT,
              decoded.text(),
              decoded.diagnostics()));
    } catch (RejectedInput rejected) {
      sink.refused(rejected.against(where));
    }
  }
}
