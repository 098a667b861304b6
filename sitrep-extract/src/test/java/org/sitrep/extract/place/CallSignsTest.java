package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallSignsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "DOVER, Del. (WQRT) - A man was shot. | true",
        "The boy later died, KLMN reports. | true",
        "A neighbour told WABC the shots woke her. | true",
        "Watch KQRS 4 at six for more. | true",
        "Police told WGH-TV on Friday. | true",
        "WHAT HAPPENED NEXT shocked the town. | false",
        "KIDS AT PLAY signs line the street. | false",
        "The World Health Organization (WHO) said so. | false",
        "The suspect (KPD case 12) was held. | false",
      })
  void readsOnlyTheWaysAReportCitesAStation(String text, boolean cited) {
    assertThat(CallSigns.citeAmericanStation(text)).isEqualTo(cited);
  }
}
