package org.sitrep.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.extract.figure.SentenceFigures.counts;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Slot;

/**
 * Victims a sentence tells alive, and how many of them: wounds that will not kill, a condition only
 * the living are in, and all of the wounded told by a number alone.
 */
class VictimAliveTest {
  @Test
  void woundsToldAsNotLifeThreateningWithoutHyphensKillNoOne() {
    assertThat(counts("He was taken to the hospital with non life-threatening injuries."))
        .contains(tuple(Slot.FATALITIES, 0L));
    assertThat(counts("The man suffered non-life threatening wounds."))
        .contains(tuple(Slot.FATALITIES, 0L));
    assertThat(counts("Police described his injuries as not life threatening."))
        .contains(tuple(Slot.FATALITIES, 0L));
  }

  @Test
  void noneOfTheWoundsAppearingLifeThreateningKillsNoOne() {
    assertThat(counts("None of the injuries appear to be life-threatening, police said."))
        .containsExactly(tuple(Slot.FATALITIES, 0L));
    assertThat(counts("The girl did not suffer life-threatening wounds."))
        .containsExactly(tuple(Slot.FATALITIES, 0L));
    assertThat(counts("The six are in the hospital and expected to be okay."))
        .contains(tuple(Slot.FATALITIES, 0L));
  }

  @Test
  void minorInjuriesKillNoOne() {
    assertThat(counts("A teenager suffered minor injuries when she was struck by pellets."))
        .contains(tuple(Slot.FATALITIES, 0L));
    assertThat(counts("The woman suffered a minor hand injury."))
        .contains(tuple(Slot.FATALITIES, 0L));
  }

  @Test
  void aConditionOnlyTheLivingAreInKillsNoOne() {
    assertThat(counts("The boy was listed in good condition on Monday."))
        .contains(tuple(Slot.FATALITIES, 0L));
    assertThat(counts("Police say the child is in stable but serious condition."))
        .contains(tuple(Slot.FATALITIES, 0L));
    assertThat(counts("He is now recovering at home after being released from the hospital."))
        .contains(tuple(Slot.FATALITIES, 0L));
    // Critical condition tells no one died yet; a death told later is the higher count.
    assertThat(counts("The woman was in critical condition Sunday."))
        .contains(tuple(Slot.FATALITIES, 0L));
  }

  @Test
  void allOfThemInAConditionOrTakenToHospitalAreAllWounded() {
    assertThat(counts("All four were said to be in stable condition."))
        .contains(tuple(Slot.INJURIES, 4L));
    assertThat(counts("All five were taken to the hospital."))
        .containsExactly(tuple(Slot.INJURIES, 5L));
  }
}
