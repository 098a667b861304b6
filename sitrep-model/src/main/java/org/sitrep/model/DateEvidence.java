package org.sitrep.model;

import java.util.Locale;

/** Where a publication date came from; {@link #UNKNOWN} when no trustworthy date was found. */
public enum DateEvidence {
  /** Given with the input (a JSON line's {@code published}, a feed item's date, a WARC date). */
  INPUT,
  /** The first line of a text file, {@code date YYYY-MM-DD}. */
  HEADER,
  /** A web page's meta tags, JSON-LD or {@code <time>} element. */
  HTML_META,
  /** A dateline or date printed in the text itself. */
  TEXT,
  /** No date could be trusted. */
  UNKNOWN;

  /** The name used in JSON output: {@code input}, {@code header}, {@code html-meta}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a {@link #label()}. */
  public static DateEvidence ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
