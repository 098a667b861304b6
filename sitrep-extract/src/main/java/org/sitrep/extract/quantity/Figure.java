package org.sitrep.extract.quantity;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sitrep.model.Quantity;

/**
 * A figure as read from tokens {@code [from, to)}: hedge words, one number or two for a range, and
 * any suffix hedge, before the context decides whether it counts anything.
 */
record Figure(int from, int to, Quantity quantity, List<Numeral> numerals) {
  Figure {
    requireNonNull(quantity, "quantity");
    numerals = List.copyOf(numerals);
  }

  Numeral first() {
    return numerals.get(0);
  }
}
