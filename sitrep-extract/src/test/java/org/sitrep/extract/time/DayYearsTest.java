package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.TimeExpression;

class DayYearsTest {
  private static TimeExpression time(String text, String value) {
    return new TimeExpression(text, 0, text.length(), "DATE", value, 0);
  }

  @Test
  void aDayWrittenWithoutItsYearTakesTheYearTheReportGaveIt() {
    TimeExpression full = time("September 11, 2001", "2001-09-11");
    TimeExpression bare = time("September 11", "2021-09-11");

    DayYears years = DayYears.of(List.of(full, bare));

    assertThat(years.lend(bare).value()).isEqualTo("2001-09-11");
    assertThat(years.lend(time("Sept. 11", "XXXX-09-11")).value()).isEqualTo("2001-09-11");
  }

  @Test
  void aDayWithItsOwnYearOrAnotherDayKeepsItsValue() {
    DayYears years = DayYears.of(List.of(time("September 11, 2001", "2001-09-11")));
    TimeExpression own = time("September 11, 2011", "2011-09-11");
    TimeExpression other = time("September 12", "2021-09-12");

    assertThat(years.lend(own)).isSameAs(own);
    assertThat(years.lend(other)).isSameAs(other);
  }

  @Test
  void aDayWrittenWithTwoYearsLendsNone() {
    TimeExpression bare = time("July 4", "2016-07-04");
    DayYears years =
        DayYears.of(
            List.of(time("July 4, 2015", "2015-07-04"), time("July 4, 2014", "2014-07-04")));

    assertThat(years.lend(bare)).isSameAs(bare);
  }
}
