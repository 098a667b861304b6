package org.sitrep.ingest.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written in English text: full dates ("August 26, 2021", "Aug. 26, 2021", "Thursday 26
 * August 2021", "2021-08-26", "2021/08/26"), days without a year ("August 15") and four-digit
 * years. Month names must be capitalized, so "may 5" in running text is not a date. Thread-safe.
 */
final class DateScanner {
  private static final String MONTH =
      "(?<month>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
          + "|(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
          + "|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?))\\.?";
  private static final String WEEKDAY =
      "(?:(?<weekday>(?i:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
          + "|fri(?:day)?|sat(?:urday)?|sun(?:day)?))\\.?,?\\s+)?";
  private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String YEAR = "(?<year>(?:1[89]|2\\d)\\d\\d)(?!\\d)";

  private static final Pattern MONTH_FIRST =
      Pattern.compile("\\b" + WEEKDAY + MONTH + "\\s+" + DAY + "(?:,\\s*|\\s+)" + YEAR);
  private static final Pattern DAY_FIRST =
      Pattern.compile("\\b" + WEEKDAY + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR);
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d/.-])"
              + YEAR
              + "(?<sep>[-/.])(?<mm>[01]?\\d)\\k<sep>(?<dd>[0-3]?\\d)(?![\\d/])");

  /** A day named after an event ("the September 11 attacks") is history, not a recent day. */
  private static final String NOT_AN_EVENT_NAME =
      "(?!\\s+(?:attacks?|anniversary|massacre|bombings?|revolution|uprising|movement))";

  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?!,?\\s*\\d)" + NOT_AN_EVENT_NAME);
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\d,]\\s?)\\b"
              + DAY
              + "\\s+(?:of\\s+)?"
              + MONTH
              + "(?!\\p{L})(?!,?\\s*\\d)"
              + NOT_AN_EVENT_NAME);
  private static final Pattern YEAR_ONLY =
      Pattern.compile("(?<![\\d,.:/-])\\b" + YEAR + "\\b(?![,.:/-]\\d)");

  /** Every full date in {@code text}, in order of position. */
  List<DateMention> fullDates(String text) {
    List<DateMention> dates = new ArrayList<>();
    for (Pattern pattern : List.of(MONTH_FIRST, DAY_FIRST)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        named(m).ifPresent(dates::add);
      }
    }
    Matcher numeric = NUMERIC.matcher(text);
    while (numeric.find()) {
      numeric(numeric).ifPresent(dates::add);
    }
    dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return dates;
  }

  /** Every day written without a year, in order of position. */
  List<MonthDayMention> monthDays(String text) {
    List<MonthDayMention> days = new ArrayList<>();
    for (Pattern pattern : List.of(MONTH_DAY, DAY_MONTH)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        monthDay(m).ifPresent(days::add);
      }
    }
    days.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return days;
  }

  /** Every four-digit year from 1800 to 2999 standing alone (not part of a date or a figure). */
  List<Integer> years(String text) {
    List<Integer> years = new ArrayList<>();
    Matcher m = YEAR_ONLY.matcher(text);
    while (m.find()) {
      years.add(Integer.parseInt(m.group("year")));
    }
    return years;
  }

  private static Optional<DateMention> named(Matcher m) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group("year")),
              month(m.group("month")),
              Integer.parseInt(m.group("day")));
      return Optional.of(
          new DateMention(m.start(), m.end(), m.group(), date, weekday(m.group("weekday"))));
    } catch (DateTimeException impossible) {
      return Optional.empty();
    }
  }

  private static Optional<DateMention> numeric(Matcher m) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group("year")),
              Integer.parseInt(m.group("mm")),
              Integer.parseInt(m.group("dd")));
      return Optional.of(new DateMention(m.start(), m.end(), m.group(), date, null));
    } catch (DateTimeException impossible) {
      return Optional.empty();
    }
  }

  private static Optional<MonthDayMention> monthDay(Matcher m) {
    try {
      MonthDay day = MonthDay.of(month(m.group("month")), Integer.parseInt(m.group("day")));
      return Optional.of(new MonthDayMention(m.start(), m.end(), m.group(), day));
    } catch (DateTimeException impossible) {
      return Optional.empty();
    }
  }

  /** The month a (possibly abbreviated) English month name names. */
  static Month month(String name) {
    String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().startsWith(prefix)) {
        return month;
      }
    }
    throw new DateTimeException("not a month: " + name);
  }

  private static DayOfWeek weekday(String name) {
    if (name == null) {
      return null;
    }
    String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(prefix)) {
        return day;
      }
    }
    return null;
  }
}
