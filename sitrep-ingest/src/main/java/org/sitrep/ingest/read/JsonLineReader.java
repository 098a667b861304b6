package org.sitrep.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.sitrep.model.ContentType;
import org.sitrep.model.Limits;
import org.sitrep.model.RefusalReason;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.SourceDocument;

/**
 * Reads JSON lines, one document a line: {@code {"id", "text" | "html", "title", "published",
 * "url", "outlet"}}. A bad line is refused with its line number; the other lines are read.
 */
final class JsonLineReader {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final Limits limits;

  JsonLineReader(Limits limits) {
    this.limits = limits;
  }

  void read(InputStream in, String origin, InputSink sink) throws IOException {
    LineSplitter lines = new LineSplitter(in, limits.maxDocumentBytes() * 2);
    int number = 0;
    for (LineSplitter.Line line = lines.next(); line != null; line = lines.next()) {
      number++;
      String where = origin + ":" + number;
      if (line.tooLong()) {
        sink.refused(
            new RejectedInput(RefusalReason.TOO_LARGE, "line longer than the document limit")
                .against(where));
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      try {
        sink.document(parse(line.bytes(), where));
      } catch (RejectedInput rejected) {
        sink.refused(rejected.against(where));
      }
    }
  }

  private static SourceDocument parse(byte[] bytes, String where) throws RejectedInput {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "line");
    JsonNode node;
    try {
      node = MAPPER.readTree(decoded.text());
    } catch (JsonProcessingException e) {
      throw new RejectedInput(
          RefusalReason.MALFORMED, "not a JSON object: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new RejectedInput(RefusalReason.MALFORMED, "not a JSON object");
    }
    String text = string(node, "text");
    String html = string(node, "html");
    if (text == null && html == null) {
      throw new RejectedInput(RefusalReason.MALFORMED, "neither \"text\" nor \"html\" given");
    }
    return new SourceDocument(
        string(node, "id"),
        where,
        string(node, "url"),
        string(node, "outlet"),
        string(node, "title"),
        string(node, "published"),
        text != null ? ContentType.TEXT : ContentType.HTML,
        text != null ? text : html,
        decoded.diagnostics());
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /** Splits a byte stream into lines without ever holding more than a bounded line. */
  static final class LineSplitter {
    record Line(byte[] bytes, boolean tooLong) {
      boolean isBlank() {
        for (byte b : bytes) {
          if (!Character.isWhitespace(b)) {
            return false;
          }
        }
        return true;
      }
    }

    private final InputStream in;
    private final long maxLine;
    private boolean ended;

    LineSplitter(InputStream in, long maxLine) {
      this.in = in;
      this.maxLine = maxLine;
    }

    Line next() throws IOException {
      if (ended) {
        return null;
      }
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean tooLong = false;
      long length = 0;
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        length++;
        if (length > maxLine) {
          tooLong = true;
        } else {
          line.write(b);
        }
      }
      if (b == -1) {
        ended = true;
        if (length == 0) {
          return null;
        }
      }
      return new Line(tooLong ? new byte[0] : line.toByteArray(), tooLong);
    }
  }
}
