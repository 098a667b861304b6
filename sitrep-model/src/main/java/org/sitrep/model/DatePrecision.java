package org.sitrep.model;

import java.util.Locale;

/** How precisely a date is known. */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  /** The name used in output: {@code day}, {@code week}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
