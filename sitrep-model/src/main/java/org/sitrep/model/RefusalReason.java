package org.sitrep.model;

import java.util.Locale;

/** Why an input could not be used at all. */
public enum RefusalReason {
  EMPTY,
  NOT_TEXT,
  TOO_LARGE,
  MALFORMED,
  UNSUPPORTED_FORMAT,
  UNSUPPORTED_LANGUAGE,
  TIMEOUT,
  UNREADABLE,
  /** Processing failed on this input; the input is kept as a regression to replay. */
  INTERNAL_ERROR;

  /** The name used in output and in the store: {@code not-text}, {@code too-large}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static RefusalReason ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
