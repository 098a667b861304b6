package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidaysTest {
  @Test
  void readsFixedAndMovingHolidaysOfAYear() {
    assertThat(Holidays.in("Christmas Eve", 2015)).contains(LocalDate.of(2015, 12, 24));
    assertThat(Holidays.in("Christmas", 2015)).contains(LocalDate.of(2015, 12, 25));
    assertThat(Holidays.in("New Year's Eve", 2016)).contains(LocalDate.of(2016, 12, 31));
    assertThat(Holidays.in("New Year’s Day", 2016)).contains(LocalDate.of(2016, 1, 1));
    assertThat(Holidays.in("Fourth of July", 2016)).contains(LocalDate.of(2016, 7, 4));
    assertThat(Holidays.in("Thanksgiving", 2015)).contains(LocalDate.of(2015, 11, 26));
    assertThat(Holidays.in("Mother's Day", 2016)).contains(LocalDate.of(2016, 5, 8));
    assertThat(Holidays.in("Father's Day", 2015)).contains(LocalDate.of(2015, 6, 21));
    assertThat(Holidays.in("Memorial Day", 2016)).contains(LocalDate.of(2016, 5, 30));
    assertThat(Holidays.in("Labor Day", 2016)).contains(LocalDate.of(2016, 9, 5));
    assertThat(Holidays.in("Easter", 2016)).contains(LocalDate.of(2016, 3, 27));
    assertThat(Holidays.in("Easter Sunday", 2015)).contains(LocalDate.of(2015, 4, 5));
    assertThat(Holidays.in("Tuesday", 2015)).isEmpty();
  }

  @Test
  void aHolidayIsItsLatestDayOnOrBeforeTheDayGiven() {
    assertThat(Holidays.latest("Christmas Eve", LocalDate.of(2016, 1, 4)))
        .contains(LocalDate.of(2015, 12, 24));
    assertThat(Holidays.latest("Halloween", LocalDate.of(2016, 10, 31)))
        .contains(LocalDate.of(2016, 10, 31));
    assertThat(Holidays.latest("Father's Day", LocalDate.of(2016, 6, 20)))
        .contains(LocalDate.of(2016, 6, 19));
  }
}
