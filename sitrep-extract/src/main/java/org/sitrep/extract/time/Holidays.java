package org.sitrep.extract.time;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The US holidays a local report names its day by ("a Father's Day shooting", "on Christmas Eve"),
 * read as the holiday's latest day on or before a given day. Stateless and thread-safe.
 */
public final class Holidays {
  /** The names, as a regular expression without groups, case-insensitive. */
  public static final String NAMES =
      "christmas\\s+eve|christmas(?:\\s+day)?|new\\s+year['’]s\\s+(?:eve|day)|thanksgiving(?:\\s+day)?"
          + "|fourth\\s+of\\s+july|july\\s+4th|independence\\s+day|halloween|valentine['’]s\\s+day"
          + "|easter(?:\\s+sunday)?|mother['’]s\\s+day|father['’]s\\s+day|memorial\\s+day|labor\\s+day";

  private Holidays() {}

  /** The latest day on or before {@code notAfter} of the holiday {@code name}, if it is one. */
  public static Optional<LocalDate> latest(String name, LocalDate notAfter) {
    requireNonNull(notAfter, "notAfter");
    Optional<LocalDate> thisYear = in(name, notAfter.getYear());
    return thisYear.isPresent() && thisYear.get().isAfter(notAfter)
        ? in(name, notAfter.getYear() - 1)
        : thisYear;
  }

  /** The day of the holiday {@code name} in {@code year}, if it is one. */
  static Optional<LocalDate> in(String name, int year) {
    String key = requireNonNull(name, "name").toLowerCase(Locale.ROOT).replaceAll("[\\s'’]+", " ");
    LocalDate day =
        switch (key.replace(" day", "").replace(" sunday", "")) {
          case "christmas eve" -> LocalDate.of(year, 12, 24);
          case "christmas" -> LocalDate.of(year, 12, 25);
          case "new year s eve" -> LocalDate.of(year, 12, 31);
          case "new year s" -> LocalDate.of(year, 1, 1);
          case "fourth of july", "july 4th", "independence" -> LocalDate.of(year, 7, 4);
          case "halloween" -> LocalDate.of(year, 10, 31);
          case "valentine s" -> LocalDate.of(year, 2, 14);
          case "thanksgiving" -> nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
          case "mother s" -> nth(year, Month.MAY, DayOfWeek.SUNDAY, 2);
          case "father s" -> nth(year, Month.JUNE, DayOfWeek.SUNDAY, 3);
          case "memorial" ->
              LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          case "labor" -> nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1);
          case "easter" -> easter(year);
          default -> null;
        };
    return Optional.ofNullable(day);
  }

  private static LocalDate nth(int year, Month month, DayOfWeek weekday, int nth) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of 1876). */
  private static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
