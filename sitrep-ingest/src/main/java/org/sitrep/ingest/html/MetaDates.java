package org.sitrep.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date out of the machine-readable date strings pages put in meta tags: ISO 8601
 * ({@code 2019-11-19T08:00:00-05:00}), slashed ({@code 2019/11/19}), compact ({@code 20191119}) and
 * RFC 1123 ({@code Tue, 19 Nov 2019 13:00:00 GMT}). The date is the one written, in the publisher's
 * own offset, not converted to UTC. Stateless and thread-safe.
 */
final class MetaDates {
  private static final Pattern ISO =
      Pattern.compile("(?<![0-9])((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?![0-9])");
  private static final Pattern COMPACT =
      Pattern.compile("^((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:$|[^0-9])");
  private static final Pattern EPOCH_MILLIS = Pattern.compile("^1\\d{12}$");
  private static final Pattern EPOCH_SECONDS = Pattern.compile("^1\\d{9}$");

  private MetaDates() {}

  /** The date {@code value} states, or empty when it states none this reader trusts. */
  static Optional<LocalDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String text = value.strip();
    Optional<LocalDate> date = numeric(ISO.matcher(text));
    if (date.isEmpty()) {
      date = numeric(COMPACT.matcher(text));
    }
    if (date.isEmpty()) {
      date = epoch(text);
    }
    if (date.isEmpty()) {
      date = rfc1123(text);
    }
    return date.filter(MetaDates::plausible);
  }

  private static Optional<LocalDate> numeric(Matcher matcher) {
    if (!matcher.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(matcher.group(1)),
              Integer.parseInt(matcher.group(2)),
              Integer.parseInt(matcher.group(3))));
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> epoch(String text) {
    long seconds;
    if (EPOCH_MILLIS.matcher(text).matches()) {
      seconds = Long.parseLong(text) / 1000;
    } else if (EPOCH_SECONDS.matcher(text).matches()) {
      seconds = Long.parseLong(text);
    } else {
      return Optional.empty();
    }
    return Optional.of(LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L)));
  }

  private static Optional<LocalDate> rfc1123(String text) {
    try {
      return Optional.of(
          ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException notRfc1123) {
      return Optional.empty();
    }
  }

  private static boolean plausible(LocalDate date) {
    return date.getYear() >= 1990 && date.getYear() <= 2100;
  }
}
