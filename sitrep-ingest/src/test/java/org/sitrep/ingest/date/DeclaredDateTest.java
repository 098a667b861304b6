package org.sitrep.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeclaredDateTest {
  private static final LocalDate AUGUST_26 = LocalDate.of(2021, 8, 26);

  private final PublicationDateFinder finder = new PublicationDateFinder();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021-08-26",
        "2021-08-26T10:00:00Z",
        "2021-08-26T23:30:00-04:00",
        "2021-08-26T10:00:00.123+02:00[Europe/Paris]",
        "2021-08-26 10:00:00",
        "Thu, 26 Aug 2021 10:00:00 GMT",
        "Thu, 26 Aug 2021 10:00:00 +0000",
        "26 Aug 21 10:00 EST",
        "2021/08/26",
        "20210826",
        "August 26, 2021",
        "Aug. 26, 2021",
        "26 August 2021",
        "Thursday, August 26, 2021 10:00 AM",
        "  2021-08-26  "
      })
  void parsesDeclaredDate(String raw) {
    assertThat(finder.parseDeclared(raw)).contains(AUGUST_26);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"junk", "2021-13-45", "31 Feb 2021", "yesterday", "Thursday", "12:30", "2021"})
  void refusesJunk(String raw) {
    assertThat(finder.parseDeclared(raw)).isEmpty();
  }

  @Property
  void neverThrows(@ForAll String raw) {
    assertThat(finder.parseDeclared(raw)).isNotNull();
  }
}
