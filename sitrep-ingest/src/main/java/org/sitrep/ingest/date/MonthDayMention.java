package org.sitrep.ingest.date;

import static java.util.Objects.requireNonNull;

import java.time.MonthDay;

/** A day written without its year ("August 15", "15 Aug"), at {@code [start, end)} of a text. */
record MonthDayMention(int start, int end, String text, MonthDay monthDay) {
  MonthDayMention {
    requireNonNull(text, "text");
    requireNonNull(monthDay, "monthDay");
  }
}
