package org.sitrep.extract.event;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.SubEventType;

/**
 * Words of a sentence that tell of an event.
 *
 * @param start offset of the trigger in the text searched
 * @param end offset just past the trigger
 * @param subtype the ACLED sub-event type the words signal
 * @param mood whether the sentence tells of the event as having happened
 * @param generic true for words that tell of violence without its kind ("the attack", "the
 *     incident"): the sub-event type is only a default, and a specific trigger for the same event
 *     overrides it
 */
public record Trigger(int start, int end, SubEventType subtype, Mood mood, boolean generic) {
  /** How a sentence tells of an event. */
  public enum Mood {
    /** It happened. */
    FACTUAL,
    /** A threat, fear, plan, warning or possibility: not an event. */
    HYPOTHETICAL,
    /** It did not happen ("no attack was reported"). */
    NEGATED,
    /** A count of many events ("77 attacks this year"): a statistic, not one event. */
    AGGREGATE
  }

  public Trigger {
    requireNonNull(subtype, "subtype");
    requireNonNull(mood, "mood");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad trigger span [" + start + ", " + end + ")");
    }
  }

  public boolean isFactual() {
    return mood == Mood.FACTUAL;
  }
}
