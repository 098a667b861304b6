package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One sourced assertion about one slot of one event. A claim cannot exist without its evidence.
 *
 * @param group who a figure counts ("US service members", "civilians"), or null for everyone
 * @param evidence the words that make the claim, in the document's clean text
 * @param reported the date of the report that makes the claim, or null when unknown
 */
public record Claim(
    Slot slot,
    ClaimValue value,
    String group,
    Span evidence,
    Attribution attribution,
    LocalDate reported) {
  public Claim {
    requireNonNull(slot, "slot");
    requireNonNull(value, "value");
    requireNonNull(evidence, "evidence");
    requireNonNull(attribution, "attribution");
    if (slot.isFigure() != value instanceof Quantity) {
      throw new IllegalArgumentException(slot + " cannot hold " + value);
    }
  }
}
