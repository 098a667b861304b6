package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * When an event happened, as precisely as a text tells it: {@code value} is the day, or the first
 * day of the week, month or year the text names; of a weekend ("over the weekend", a week's
 * precision), its Saturday.
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

  /** Whether this names a weekend, its Saturday and Sunday (TIMEX3 {@code 2016-W50-WE}). */
  public boolean weekend() {
    return precision == DatePrecision.WEEK && timex != null && timex.endsWith("-WE");
  }

  /**
   * The last day this date can mean: the day, a weekend's Sunday, the end of its week, month, year.
   */
  public LocalDate lastDay() {
    return switch (precision) {
      case DAY -> value;
      case WEEK -> value.plusDays(weekend() ? 1 : 6);
      case MONTH -> value.plusMonths(1).minusDays(1);
      case YEAR -> value.plusYears(1).minusDays(1);
    };
  }
}
