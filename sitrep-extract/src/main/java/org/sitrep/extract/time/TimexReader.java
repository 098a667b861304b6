package org.sitrep.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * Reads TIMEX3 date values ({@code 2021-08-26}, {@code 2021-W34}, {@code 2021-08}, {@code 2021},
 * {@code XXXX-08-26}, {@code 2021-08-26TEV}) as {@link EventDate}s. A value without a year takes
 * the year of the publication date, when there is one, choosing the latest such day not after
 * publication, but no more than {@link #LAST_YEAR_DAYS} before it; otherwise, and without a
 * publication date, it stays unknown — never guessed. Stateless and thread-safe.
 */
public final class TimexReader {
  /**
   * How far back a yearless day after publication may be read in the year before: "December 28" in
   * a January report and "Nov. 2" in a May one are last year's; "September 11" in an August report,
   * or a hearing "on June 10" in a May one, is no day of last year.
   */
  public static final int LAST_YEAR_DAYS = 240;

  /** The earliest year a bare four-digit number is read as. */
  public static final int EARLIEST_YEAR = 1900;

  private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(?:T.*)?$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(?:-WE)?$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

  /** The date {@code timex} names, read against {@code published} (which may be null). */
  public Optional<EventDate> read(String timex, LocalDate published) {
    if (timex == null) {
      return Optional.empty();
    }
    try {
      return day(timex, published)
          .or(() -> week(timex, published))
          .or(() -> month(timex))
          .or(() -> year(timex));
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }

  private static Optional<EventDate> day(String timex, LocalDate published) {
    Matcher matcher = DAY.matcher(timex);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(matcher.group(2));
    int day = Integer.parseInt(matcher.group(3));
    if (!matcher.group(1).equals("XXXX")) {
      LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), month, day);
      return Optional.of(new EventDate(date, DatePrecision.DAY, timex));
    }
    if (published == null) {
      return Optional.empty();
    }
    LocalDate date = LocalDate.of(published.getYear(), month, day);
    if (date.isAfter(published)) {
      date = date.minusYears(1);
      if (date.isBefore(published.minusDays(LAST_YEAR_DAYS))) {
        // "September 11" in August, "a hearing on July 10" in early July: a well-known day of
        // another year, or a day to come, but not last year's.
        return Optional.empty();
      }
    }
    return Optional.of(new EventDate(date, DatePrecision.DAY, timex));
  }

  /**
   * A week, as its Monday; a weekend, as its Saturday: a date of week precision starts where the
   * days it can be start, as UCDP's date_start does, so "over the weekend" is not put on a Monday
   * five days before it. A weekend that would begin after publication ("the weekend" in a Tuesday's
   * report, which the tagger reads as the coming one) is the one just past: reports tell of what
   * happened.
   */
  private static Optional<EventDate> week(String timex, LocalDate published) {
    Matcher matcher = WEEK.matcher(timex);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    LocalDate monday =
        LocalDate.of(Integer.parseInt(matcher.group(1)), 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(matcher.group(2)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    boolean weekend = timex.endsWith("-WE");
    if (weekend && published != null && monday.plusDays(5).isAfter(published)) {
      monday = monday.minusWeeks(1);
    }
    return Optional.of(
        new EventDate(weekend ? monday.plusDays(5) : monday, DatePrecision.WEEK, timex));
  }

  private static Optional<EventDate> month(String timex) {
    Matcher matcher = MONTH.matcher(timex);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    LocalDate first =
        LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), 1);
    return Optional.of(new EventDate(first, DatePrecision.MONTH, timex));
  }

  /**
   * A bare year, from {@link #EARLIEST_YEAR} on: a four-digit number before then is far more often
   * an address ("1010 Main St.") or a count than the year of an event in today's news.
   */
  private static Optional<EventDate> year(String timex) {
    Matcher matcher = YEAR.matcher(timex);
    if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < EARLIEST_YEAR) {
      return Optional.empty();
    }
    LocalDate first = LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 1);
    return Optional.of(new EventDate(first, DatePrecision.YEAR, timex));
  }
}
