package org.sitrep.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.sitrep.model.Hedge;
import org.sitrep.model.Quantity;

/**
 * One phrase a line of {@code quantity-cases.csv}, most taken from the shared corpora: what it must
 * parse to, or NONE where the phrase holds no count.
 */
class QuantityCasesTest {

  private final QuantityParser parser = new QuantityParser();

  @ParameterizedTest(name = "{0} -> {1} {2} [{3}, {4}]")
  @CsvFileSource(resources = "/quantity-cases.csv", numLinesToSkip = 1)
  void readsEachPhraseAsItsQuantity(String phrase, String hedge, Long stated, Long low, Long high) {
    Optional<Quantity> parsed = parser.parse(phrase == null ? "" : phrase);

    if (hedge.equals("NONE")) {
      assertThat(parsed).as(phrase).isEmpty();
    } else {
      assertThat(parsed).as(phrase).contains(new Quantity(Hedge.valueOf(hedge), stated, low, high));
    }
  }
}
