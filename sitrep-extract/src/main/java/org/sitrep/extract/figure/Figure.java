package org.sitrep.extract.figure;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;

/**
 * A number of a sentence read as a count of an event: how many were killed, injured, abducted.
 *
 * @param group who the number counts when the sentence says ("US personnel", "civilians"), or null
 *     for everyone
 * @param part true when the number is part of another count of the sentence ("more than 100 people,
 *     including 13 US personnel")
 * @param start offset of the evidence in the sentence: the number through its count word
 * @param end offset just past the evidence
 */
public record Figure(Slot slot, Quantity quantity, String group, boolean part, int start, int end) {
  public Figure {
    requireNonNull(slot, "slot");
    requireNonNull(quantity, "quantity");
    if (!slot.isFigure()) {
      throw new IllegalArgumentException(slot + " is not a count");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Whether this figure's evidence shares a character with {@code [from, to)}. */
  boolean overlaps(int from, int to) {
    return start < to && from < end;
  }

  /** Whether any of {@code figures} overlaps {@code [from, to)}. */
  static boolean anyOverlaps(java.util.List<Figure> figures, int from, int to) {
    return figures.stream().anyMatch(figure -> figure.overlaps(from, to));
  }
}
