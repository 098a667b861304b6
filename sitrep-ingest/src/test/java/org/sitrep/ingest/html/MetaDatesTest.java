package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetaDatesTest {
  @Test
  void readsTheDateAsWrittenInThePublishersOffset() {
    assertThat(MetaDates.parse("2019-11-19T23:30:00-05:00")).contains(LocalDate.of(2019, 11, 19));
    assertThat(MetaDates.parse("2019-11-20T01:00:00+09:00")).contains(LocalDate.of(2019, 11, 20));
  }

  @Test
  void readsSlashedCompactRfc1123AndEpochDates() {
    assertThat(MetaDates.parse("2018/03/04 10:00")).contains(LocalDate.of(2018, 3, 4));
    assertThat(MetaDates.parse("20191119")).contains(LocalDate.of(2019, 11, 19));
    assertThat(MetaDates.parse("Tue, 19 Nov 2019 13:00:00 GMT"))
        .contains(LocalDate.of(2019, 11, 19));
    assertThat(MetaDates.parse("1574168580000")).contains(LocalDate.of(2019, 11, 19));
  }

  @Test
  void refusesImpossibleAndImplausibleDates() {
    assertThat(MetaDates.parse("2019-13-45")).isEmpty();
    assertThat(MetaDates.parse("1066-10-14")).isEmpty();
    assertThat(MetaDates.parse("yesterday")).isEmpty();
    assertThat(MetaDates.parse("")).isEmpty();
    assertThat(MetaDates.parse(null)).isEmpty();
  }
}
