package org.sitrep.ingest.date;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells whether a text contradicts a candidate publication date, and how. A page often prints the
 * day it was scraped or the day a caption's photo was taken; read against what the article itself
 * says, such a date does not fit. Each check is one plain reason; any reason rejects the candidate,
 * because an unknown date does less harm than a wrong one. Thread-safe.
 */
final class ContradictionFinder {
  /** A day named without its year lies at most about half a year back... */
  static final int MAX_DAYS_BACK = 183;

  /** ...or up to about two months ahead (a deadline, a planned vote). */
  static final int MAX_DAYS_AHEAD = 60;

  /** Years further back than this before the candidate are history, not the time of writing. */
  static final int MAX_RECENT_GAP = 5;

  /** Text that makes a gap of years to the candidate expected, not suspicious. */
  private static final Pattern LOOKS_BACK =
      Pattern.compile(
          "\\b(?:years? (?:ago|after|later|since|on)|anniversary|decades?)\\b",
          Pattern.CASE_INSENSITIVE);

  private final DateScanner scanner;
  private final LocalDate today;

  ContradictionFinder(DateScanner scanner, LocalDate today) {
    this.scanner = requireNonNull(scanner, "scanner");
    this.today = requireNonNull(today, "today");
  }

  /**
   * The reasons {@code text} contradicts {@code candidate}; empty when nothing does. The
   * candidate's own words are left out of the evidence.
   */
  List<String> contradictions(DateMention candidate, String text) {
    String rest = text.substring(0, candidate.start()) + " " + text.substring(candidate.end());
    List<String> reasons = new ArrayList<>();
    future(candidate.date()).ifPresent(reasons::add);
    weekday(candidate).ifPresent(reasons::add);
    years(candidate.date(), rest).ifPresent(reasons::add);
    yearlessDays(candidate.date(), rest).ifPresent(reasons::add);
    return reasons;
  }

  private Optional<String> future(LocalDate date) {
    // a day of slack for time zones ahead of ours
    return date.isAfter(today.plusDays(1))
        ? Optional.of("it lies after today (" + today + ")")
        : Optional.empty();
  }

  private static Optional<String> weekday(DateMention candidate) {
    return candidate
        .statedWeekday()
        .filter(stated -> stated != candidate.date().getDayOfWeek())
        .map(
            stated ->
                "it says "
                    + stated
                    + " but "
                    + candidate.date()
                    + " was a "
                    + candidate.date().getDayOfWeek());
  }

  /**
   * The latest year the text mentions lies two to {@value #MAX_RECENT_GAP} years before the
   * candidate: a report's most recent year is usually its own, so the candidate is likely a later
   * day (a scrape, a re-post). Older years alone are history ("since 2001") and tell nothing.
   */
  private Optional<String> years(LocalDate date, String rest) {
    Optional<Integer> latest = scanner.years(rest).stream().max(Integer::compare);
    if (latest.isEmpty()
        || latest.get() > date.getYear() - 2
        || latest.get() < date.getYear() - MAX_RECENT_GAP
        || LOOKS_BACK.matcher(rest).find()) {
      return Optional.empty();
    }
    return Optional.of("the text mentions years only up to " + latest.get());
  }

  /**
   * Reporters write a day without its year for days close to the day they write. When most such
   * days would lie more than half a year back of the candidate and more than two months ahead of
   * it, the candidate is not the day of writing.
   */
  private Optional<String> yearlessDays(LocalDate date, String rest) {
    List<MonthDayMention> days = scanner.monthDays(rest);
    List<String> misfits = new ArrayList<>();
    for (MonthDayMention day : days) {
      long back = ChronoUnit.DAYS.between(lastOnOrBefore(day.monthDay(), date), date);
      long ahead = ChronoUnit.DAYS.between(date, firstOnOrAfter(day.monthDay(), date));
      if (back > MAX_DAYS_BACK && ahead > MAX_DAYS_AHEAD) {
        misfits.add(
            "'" + day.text() + "' would lie " + back + " days before it or " + ahead + " after");
      }
    }
    if (misfits.isEmpty() || misfits.size() * 2 < days.size()) {
      return Optional.empty();
    }
    return Optional.of(
        misfits.get(0) + (misfits.size() > 1 ? " (and " + (misfits.size() - 1) + " more)" : ""));
  }

  private static LocalDate lastOnOrBefore(MonthDay day, LocalDate date) {
    LocalDate sameYear = day.atYear(date.getYear());
    return sameYear.isAfter(date) ? day.atYear(date.getYear() - 1) : sameYear;
  }

  private static LocalDate firstOnOrAfter(MonthDay day, LocalDate date) {
    LocalDate sameYear = day.atYear(date.getYear());
    return sameYear.isBefore(date) ? day.atYear(date.getYear() + 1) : sameYear;
  }
}
