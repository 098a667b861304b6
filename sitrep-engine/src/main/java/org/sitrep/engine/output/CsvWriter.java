package org.sitrep.engine.output;

import java.io.PrintWriter;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it: comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled. A null field is written empty: unknown, never 0.
 */
final class CsvWriter {
  private final PrintWriter out;

  CsvWriter(PrintWriter out) {
    this.out = out;
  }

  void row(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(fields.get(i)));
    }
    out.print(line.append("\r\n"));
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
