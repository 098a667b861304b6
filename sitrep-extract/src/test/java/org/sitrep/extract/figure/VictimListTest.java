package org.sitrep.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.extract.figure.SentenceFigures.counts;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Slot;

/** The dead told in lists and counts that earlier readings split or misread. */
class VictimListTest {
  @Test
  void victimsListedBetweenSemicolonsAreEachOne() {
    assertThat(
            counts(
                "The 40-year-old had killed his 7-year-old son, Jo Doe; his 30-year-old wife, Ann"
                    + " Roe; and Roe's mother, May Roe, 60."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
  }

  @Test
  void allOfANumberToldDeadAfterWhatTheyWereInAreDead() {
    assertThat(
            counts(
                "The coroner says all four people involved in a shooting early Saturday morning"
                    + " have now died."))
        .containsExactly(tuple(Slot.FATALITIES, 4L));
  }

  @Test
  void theDeathsOfANumberCountTheDeadNotThoseCharged() {
    assertThat(
            counts(
                "A hearing is set for two brothers charged in the January shooting deaths of four"
                    + " women."))
        .containsExactly(tuple(Slot.FATALITIES, 4L));
  }

  @Test
  void aPersonFoundDeadByNameIsOneDead() {
    assertThat(counts("Deputies found 21-year-old Jo Doe dead inside the home."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("Officers found Jo Doe, 21, dead of a gunshot wound."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    // A day before "dead" is no one's name.
    assertThat(counts("The boy was found Friday dead-tired after the search.")).isEmpty();
  }
}
