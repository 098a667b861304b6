package org.sitrep.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.extract.figure.SentenceFigures.counts;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Slot;

/**
 * Victims told by an age alone or a calling, the wounded told in two clauses of one sentence, and
 * one of two told beside the other. Each sentence is invented.
 */
class VictimClausesTest {
  @Test
  void anAgeAloneIsThePersonHit() {
    assertThat(counts("The 61-year-old was struck once in the shoulder by a man."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
    // Told alive as well: no one dead.
    assertThat(counts("The 19-year-old is in stable condition at County General."))
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 0L));
  }

  @Test
  void aCallingNamesTheVictim() {
    assertThat(counts("A pastor was shot outside his church Wednesday evening."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
    assertThat(counts("A bartender was wounded when the gunman opened fire."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
    // A possessive before the person: "a sheriff's deputy".
    assertThat(counts("A sheriff's deputy was wounded during the standoff."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
  }

  @Test
  void theWoundedOfTwoClausesAreOneCount() {
    assertThat(
            counts(
                "A 23-year-old man and a 19-year-old woman were wounded, and a 17-year-old boy was"
                    + " grazed in the head."))
        .containsExactly(tuple(Slot.INJURIES, 3L));
    // The second clause tells of one of those counted: no new people.
    assertThat(counts("Two men were wounded, and one of them is in critical condition."))
        .extracting(tuple -> tuple.toArray()[1])
        .doesNotContain(3L);
  }

  @Test
  void oneOfSeveralHitToldInHisConditionIsNoNewPerson() {
    // The boy in critical condition is one of the five shot.
    assertThat(
            counts(
                "Five more people were shot; a 17-year-old boy remained in critical condition"
                    + " Monday."))
        .contains(tuple(Slot.INJURIES, 5L))
        .doesNotContain(tuple(Slot.INJURIES, 6L));
    assertThat(counts("Three people were wounded, and a woman is recovering at a local hospital."))
        .contains(tuple(Slot.INJURIES, 3L))
        .doesNotContain(tuple(Slot.INJURIES, 4L));
  }

  @Test
  void aHitToldInTheSecondClauseIsANewPerson() {
    // A guard for the rule above: a hit told, not a condition alone.
    assertThat(counts("Two people were wounded, and a 20-year-old woman was grazed in the arm."))
        .contains(tuple(Slot.INJURIES, 3L));
  }

  @Test
  void aPersonShotToDeathAsTheObjectIsDead() {
    assertThat(counts("A man shot his estranged wife to death at her apartment Saturday."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    // And with her killer's own death after her: two dead.
    assertThat(
            counts(
                "A 46-year-old man shot his estranged wife to death at her apartment Saturday"
                    + " evening before killing himself."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
  }

  @Test
  void aWoundingAfterAKillingIsNoSecondDeath() {
    // Not a list of two killed: "wounded a customer" opens a clause of its own.
    assertThat(counts("The gunman killed a clerk and wounded a customer."))
        .containsExactlyInAnyOrder(tuple(Slot.FATALITIES, 1L), tuple(Slot.INJURIES, 1L));
    // A list of the dead still counts each.
    assertThat(counts("He killed his wife and her two daughters."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
  }

  @Test
  void institutionsCountedAreNoVictims() {
    assertThat(counts("A dozen churches prayed for the five people who were wounded."))
        .containsExactly(tuple(Slot.INJURIES, 5L));
  }

  @Test
  void oneBesideTheOthersIsNoCountOfOne() {
    assertThat(counts("One was shot in the arm; the other was grazed in the leg.")).isEmpty();
    assertThat(counts("One was shot in the leg, one in the arm and one in the foot.")).isEmpty();
  }

  @Test
  void onePersonWithAGunshotWoundIsHit() {
    assertThat(counts("Officers found a 25-year-old man with a gunshot wound to the chest."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
    assertThat(counts("A man with a gunshot wound walked into a hospital emergency room."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
    assertThat(counts("A man with a gun robbed the store.")).isEmpty();
    // Found wounded, then dead: one death.
    assertThat(counts("The man who was found with a gunshot wound died at the hospital."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void onePersonTreatedAndReleasedIsWounded() {
    assertThat(counts("The neighbor was treated at a hospital and released."))
        .contains(tuple(Slot.INJURIES, 1L));
  }
}
