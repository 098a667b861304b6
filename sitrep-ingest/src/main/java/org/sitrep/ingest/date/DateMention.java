package org.sitrep.ingest.date;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A full calendar date written in a text, at {@code [start, end)}.
 *
 * @param weekday the day of the week printed with the date ("Thursday 26 August 2021"), or null
 */
record DateMention(int start, int end, String text, LocalDate date, DayOfWeek weekday) {
  DateMention {
    requireNonNull(text, "text");
    requireNonNull(date, "date");
  }

  Optional<DayOfWeek> statedWeekday() {
    return Optional.ofNullable(weekday);
  }
}
