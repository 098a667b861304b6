package org.sitrep.extract.figure;

import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.sitrep.extract.quantity.QuantityParser;

/** The figures one sentence gives, as (slot, stated count) pairs, for the victim tests. */
final class SentenceFigures {
  private static final FigureFinder FINDER = new FigureFinder(new QuantityParser());

  private SentenceFigures() {}

  static List<Tuple> counts(String sentence) {
    return FINDER.find(sentence).stream()
        .map(figure -> tuple(figure.slot(), figure.quantity().stated()))
        .toList();
  }
}
