package org.sitrep.extract.quantity;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.Quantity;

/**
 * One figure found in a text: where it is, what it says, and whether it stands in for people
 * counted elsewhere.
 *
 * @param start offset of the first character, hedge words included ("at least twelve" whole)
 * @param end offset just past the last character
 * @param text the covered text, {@code text.substring(start, end)} of the text searched
 * @param quantity the number with its hedge and bounds
 * @param pronounLike true when the number works as a pronoun or partitive rather than counting a
 *     new group: "one of the victims" (1), "two of them" (2), "the two were" (2), "no one" (0). A
 *     toll should not add these to the figures they refer back to.
 */
public record QuantityMention(
    int start, int end, String text, Quantity quantity, boolean pronounLike) {
  public QuantityMention {
    requireNonNull(text, "text");
    requireNonNull(quantity, "quantity");
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") does not fit text of length " + text.length());
    }
  }
}
