package org.sitrep.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.extract.figure.SentenceFigures.counts;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Slot;

/**
 * One death told in everyday words that name no death: what the victim did not do, a life claimed.
 */
class VictimDiedTest {
  @Test
  void aVictimWhoDidNotMakeItDied() {
    assertThat(counts("Paramedics rushed him to a hospital, but Kaleb didn't make it."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("He did not survive.")).containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("The woman didn't make it.")).containsExactly(tuple(Slot.FATALITIES, 1L));
    // "Police" and "they" are no victim.
    assertThat(counts("Police said they did not survive the night.")).isEmpty();
  }

  @Test
  void aShootingThatClaimedALifeKilledOne() {
    assertThat(counts("An accidental shooting claimed a life Thursday."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void theVictimTakenToAHospitalWhereTheyDiedIsOneDead() {
    assertThat(
            counts(
                "Police say the victim was transported to Memorial Hospital where they later died"
                    + " from their injuries."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void aDeathInvestigationOfAPersonIsOneDead() {
    assertThat(
            counts(
                "Deputies no longer consider her a suspect in the death investigation of a"
                    + " 19-year-old woman."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    // An investigation of a person is no death of theirs.
    assertThat(counts("Police opened an investigation of a 19-year-old woman.")).isEmpty();
  }
}
