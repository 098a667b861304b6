package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * A time expression resolved against the document's publication date, as TIMEX3 values: {@code
 * "2021-08-26"} (a day), {@code "2021-08"} (a month), {@code "2021-W34"} (a week), {@code
 * "PRESENT_REF"}; an expression that needs a reference date it does not have keeps an
 * underspecified value such as {@code "XXXX-08-26"}.
 *
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the TIMEX3 value, or null when none could be computed
 * @param sentence index of the sentence the expression is in
 */
public record TimeExpression(
    String text, int start, int end, String type, String value, int sentence) {
  public TimeExpression {
    requireNonNull(text, "text");
    requireNonNull(type, "type");
    if (start < 0 || end < start || sentence < 0) {
      throw new IllegalArgumentException("bad time expression " + text);
    }
  }

  /** The same words read as another TIMEX3 value ("XXXX-09-11" read as "2001-09-11"). */
  public TimeExpression withValue(String newValue) {
    return new TimeExpression(text, start, end, type, newValue, sentence);
  }
}
