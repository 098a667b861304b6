package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * When an event happened, as precisely as a text tells it: {@code value} is the day, or the first
 * day of the week, month or year the text names.
 *
 * @param timex the TIMEX3 value it came from ({@code "2021-08-26"}, {@code "2021-08"}), or null
 */
public record EventDate(LocalDate value, DatePrecision precision, String timex)
    implements ClaimValue {
  public EventDate {
    requireNonNull(value, "value");
    requireNonNull(precision, "precision");
  }

  public static EventDate day(LocalDate value) {
    return new EventDate(value, DatePrecision.DAY, value.toString());
  }
}
