package org.sitrep.extract.time;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.TimeExpression;

/**
 * The years a report writes beside its days ("September 11, 2001"), lent to the same days written
 * without one later ("since September 11"): the writer named the year once. A day written with two
 * different years lends none. Immutable and thread-safe.
 */
public final class DayYears {
  private static final Pattern FULL_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");
  private static final Pattern YEARLESS_DAY = Pattern.compile("^(?:\\d{4}|XXXX)-\\d{2}-\\d{2}.*");
  private static final Pattern YEAR_WRITTEN = Pattern.compile("(?s).*\\b\\d{4}\\b.*");

  private final Map<String, String> years;

  private DayYears(Map<String, String> years) {
    this.years = Map.copyOf(years);
  }

  /** The years given with days among all the time expressions of one report. */
  public static DayYears of(List<TimeExpression> times) {
    requireNonNull(times, "times");
    Map<String, String> years = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (TimeExpression time : times) {
      String value = time.value();
      if (value != null && FULL_DAY.matcher(value).matches() && writesYear(time)) {
        String day = value.substring(5, 10);
        String year = value.substring(0, 4);
        if (!year.equals(years.getOrDefault(day, year))) {
          ambiguous.add(day);
        }
        years.put(day, year);
      }
    }
    ambiguous.forEach(years::remove);
    return new DayYears(years);
  }

  /** The expression with the year the report gave its day elsewhere, if it wrote none itself. */
  public TimeExpression lend(TimeExpression time) {
    requireNonNull(time, "time");
    String value = time.value();
    if (value == null || !YEARLESS_DAY.matcher(value).matches() || writesYear(time)) {
      return time;
    }
    String year = years.get(value.substring(5, 10));
    if (year == null || value.startsWith(year)) {
      return time;
    }
    return time.withValue(year + value.substring(4));
  }

  private static boolean writesYear(TimeExpression time) {
    return YEAR_WRITTEN.matcher(time.text()).matches();
  }
}
