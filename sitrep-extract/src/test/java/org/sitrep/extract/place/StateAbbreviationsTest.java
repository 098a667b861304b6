package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateAbbreviationsTest {
  @Test
  void apStyleAbbreviationsNameTheirStates() {
    assertThat(StateAbbreviations.apStyle("Fla.")).contains("FL");
    assertThat(StateAbbreviations.apStyle("Calif.")).contains("CA");
    assertThat(StateAbbreviations.apStyle("N.Y.")).contains("NY");
    assertThat(StateAbbreviations.apStyle("N. J.")).contains("NJ");
    assertThat(StateAbbreviations.apStyle("W.Va.")).contains("WV");
    assertThat(StateAbbreviations.apStyle("FLA.")).contains("FL");
  }

  @Test
  void anAbbreviationWithoutItsPeriodIsNoState() {
    assertThat(StateAbbreviations.apStyle("Fla")).isEmpty();
    assertThat(StateAbbreviations.apStyle("Pa")).isEmpty();
  }

  @Test
  void postalCodesAreCapitalsOnly() {
    assertThat(StateAbbreviations.postal("FL")).contains("FL");
    assertThat(StateAbbreviations.postal("in")).isEmpty();
    assertThat(StateAbbreviations.postal("UK")).isEmpty();
  }

  @Test
  void aStateAfterATownAndACommaEndsAfterItsPeriod() {
    String text = "NORWICH, N.Y. (WBNG) -- Police said";

    assertThat(StateAbbreviations.stateAfter(text, 7)).hasValue(13);
  }

  @Test
  void aPostalCodeAfterATownAndACommaIsAState() {
    String text = "Miami, FL 33101";

    assertThat(StateAbbreviations.stateAfter(text, 5)).hasValue(9);
  }

  @Test
  void wordsAfterACommaAreNoState() {
    assertThat(StateAbbreviations.stateAfter("Miami, Florida", 5)).isEmpty();
    assertThat(StateAbbreviations.stateAfter("Kabul, IS claimed", 5)).isEmpty();
    assertThat(StateAbbreviations.stateAfter("Paris, Dr. Smith said", 5)).isEmpty();
    assertThat(StateAbbreviations.stateAfter("Miami", 5)).isEmpty();
  }
}
