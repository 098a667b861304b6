package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimeExpression;

class EventDaterTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 8, 30);

  private final TimexReader reader = new TimexReader();
  private final EventDater dater = new EventDater();

  @Test
  void readsDaysWeeksMonthsAndYears() {
    assertThat(reader.read("2021-08-26", null))
        .contains(new EventDate(LocalDate.of(2021, 8, 26), DatePrecision.DAY, "2021-08-26"));
    assertThat(reader.read("2021-W34", null).orElseThrow())
        .extracting(EventDate::value, EventDate::precision)
        .containsExactly(LocalDate.of(2021, 8, 23), DatePrecision.WEEK);
    assertThat(reader.read("2021-08", null).orElseThrow().precision())
        .isEqualTo(DatePrecision.MONTH);
    assertThat(reader.read("2015", null).orElseThrow().precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(reader.read("2021-08-26TEV", null).orElseThrow().value())
        .isEqualTo(LocalDate.of(2021, 8, 26));
  }

  @Test
  void givesAYearlessDayTheYearOfPublicationButNeverGuessesWithout() {
    assertThat(reader.read("XXXX-08-26", PUBLISHED).orElseThrow().value())
        .isEqualTo(LocalDate.of(2021, 8, 26));
    assertThat(reader.read("XXXX-11-13", PUBLISHED).orElseThrow().value())
        .isEqualTo(LocalDate.of(2020, 11, 13));
    assertThat(reader.read("XXXX-08-26", null)).isEmpty();
    assertThat(reader.read("XXXX-WXX-4", null)).isEmpty();
    assertThat(reader.read("PRESENT_REF", PUBLISHED)).isEmpty();
    assertThat(reader.read("2021-02-30", PUBLISHED)).isEmpty();
  }

  @Test
  void datesAnEventByTheDateNearestItsTrigger() {
    // "On Monday, IS claimed a rocket attack, days after the bombing of Thursday."
    List<TimeExpression> times =
        List.of(
            new TimeExpression("Monday", 3, 9, "DATE", "2021-08-30", 0),
            new TimeExpression("Thursday", 66, 74, "DATE", "2021-08-26", 0));

    assertThat(dater.date(times, 30, PUBLISHED).orElseThrow().value())
        .isEqualTo(LocalDate.of(2021, 8, 30));
    assertThat(dater.date(times, 58, PUBLISHED).orElseThrow().value())
        .isEqualTo(LocalDate.of(2021, 8, 26));
    assertThat(dater.date(List.of(), 5, PUBLISHED)).isEmpty();
  }

  @Test
  void takesEventsWeeksBeforePublicationForBackground() {
    EventDate yesterday = EventDate.day(LocalDate.of(2021, 8, 29));
    EventDate paris = EventDate.day(LocalDate.of(2015, 11, 13));
    EventDate lastDecember = reader.read("2020-12", PUBLISHED).orElseThrow();

    assertThat(dater.isBackground(yesterday, PUBLISHED)).isFalse();
    assertThat(dater.isBackground(paris, PUBLISHED)).isTrue();
    assertThat(dater.isBackground(lastDecember, PUBLISHED)).isTrue();
    assertThat(dater.isBackground(paris, null)).isFalse();
  }
}
