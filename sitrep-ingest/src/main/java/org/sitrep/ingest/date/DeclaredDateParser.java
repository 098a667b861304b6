package org.sitrep.ingest.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dates declared by inputs and feeds (a JSON line's {@code published}, an RSS {@code
 * pubDate}, a WARC date). A date-time's date is read in the zone it states:
 * "2021-08-26T23:30-04:00" was published on the 26th where it was written. Never throws.
 * Thread-safe.
 */
final class DeclaredDateParser {
  /** Longer values are not dates; bounding them keeps the regexes cheap on junk. */
  private static final int MAX_LENGTH = 100;

  /** ISO 8601 and its slash and dot variants, with or without a time and zone after. */
  private static final Pattern YEAR_FIRST =
      Pattern.compile("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:$|[T ]\\d.*|T)$");

  /** RFC 822 / 1123 / 2822: optional weekday, day, month name, two- or four-digit year, rest. */
  private static final Pattern RFC_822 =
      Pattern.compile(
          "^(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{4}|\\d{2})(?:\\s+.*)?$");

  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

  private final DateScanner scanner;

  DeclaredDateParser(DateScanner scanner) {
    this.scanner = scanner;
  }

  Optional<LocalDate> parse(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String value = raw.strip();
    try {
      return yearFirst(value).or(() -> rfc822(value)).or(() -> written(value));
    } catch (DateTimeException | IllegalArgumentException impossible) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> yearFirst(String value) {
    for (Pattern pattern : List.of(YEAR_FIRST, COMPACT)) {
      Matcher m = pattern.matcher(value);
      if (m.matches()) {
        int last = m.groupCount();
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(last - 1)),
                Integer.parseInt(m.group(last))));
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> rfc822(String value) {
    Matcher m = RFC_822.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      // RFC 2822's rule for two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999
      year += year < 50 ? 2000 : 1900;
    }
    return Optional.of(
        LocalDate.of(year, DateScanner.month(m.group(2)), Integer.parseInt(m.group(1))));
  }

  /** "August 26, 2021", "Thursday 26 August 2021", "Aug. 26, 2021 10:00 AM": a date up front. */
  private Optional<LocalDate> written(String value) {
    return scanner.fullDates(value).stream()
        .filter(date -> date.start() == 0)
        .findFirst()
        .map(DateMention::date);
  }
}
