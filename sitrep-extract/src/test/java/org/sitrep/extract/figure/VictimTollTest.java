package org.sitrep.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.extract.figure.SentenceFigures.counts;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Slot;

/**
 * The toll a sentence gives its shooting when the dead are told as a family, a list or a wound that
 * killed: each count is that of everyone the words name, not of one item of them.
 */
class VictimTollTest {
  @Test
  void aPersonAndACountOfOthersFoundDeadAreAllCounted() {
    assertThat(counts("A man and his two children were found dead in their home Saturday."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
    assertThat(counts("Police found the man and two children dead in the home on Saturday."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
    assertThat(counts("The shooting left a woman and her two sons dead."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
  }

  @Test
  void aCoupleIsTwo() {
    assertThat(counts("A couple and their two young children were found dead Saturday."))
        .containsExactly(tuple(Slot.FATALITIES, 4L));
    assertThat(counts("A young couple and their 8-week-old baby were killed in a shooting."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
  }

  @Test
  void namesFoundDeceasedAreCounted() {
    assertThat(counts("Deputies said Joe Doe and Jane Doe were deceased."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
    assertThat(counts("The prosecutor spoke about the man and two children found dead Thursday."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
  }

  @Test
  void wordsBeforeACommaAreNoOneOfTheDead() {
    assertThat(counts("Earlier Friday, two people were killed in a shooting at a mall."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
  }

  @Test
  void aFatalWoundCountsTheDead() {
    assertThat(counts("In 2011, 10 were fatally wounded in such shootings."))
        .containsExactly(tuple(Slot.FATALITIES, 10L));
  }

  @Test
  void oneOfTheTwoWhoDiedCountsTwo() {
    assertThat(counts("Police said John Doe, 30, was one of the two who died in the shooting."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
  }

  @Test
  void shotHerselfToDeathIsADeath() {
    assertThat(counts("A 5-year-old girl shot herself to death with a gun she found."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("A 5-year-old boy shot himself in the hand with a gun he found."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
  }

  @Test
  void aNameFatallyWoundedIsADeath() {
    assertThat(counts("Officers found Doe had been fatally wounded by a shotgun round."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void oneDeadToldInEverydayWords() {
    assertThat(counts("A man whose 2-year-old stepdaughter was shot to death was indicted."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("The gun discharged, killing Jo Doe."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("He is accused of fatally shooting 24-year-old Jane Doe at a trail."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("He was charged in a shooting that left his 24-year-old friend dead."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("Jo Doe, the teenage grandson of a pastor, was shot to death at home."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("A boy was charged in the March 1 death of his best friend."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("While cleaning his rifle, he accidentally shot himself and died."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void theOnlyOneHurtIsNoOneElse() {
    assertThat(counts("Doe was the only person injured."))
        .containsExactly(tuple(Slot.CASUALTIES, 0L));
    assertThat(counts("He was the only one hurt.")).containsExactly(tuple(Slot.CASUALTIES, 0L));
  }

  @Test
  void oneWoundedToldByTheHospitalOrByTheirWounds() {
    assertThat(counts("A girl was killed and her mother remains in the hospital."))
        .containsExactly(tuple(Slot.FATALITIES, 1L), tuple(Slot.INJURIES, 1L));
    assertThat(counts("Another child was taken to a local hospital with minor injuries."))
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 0L));
    assertThat(counts("Jada's father, 32-year-old Jo Doe, was also shot multiple times."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
    assertThat(counts("A man was charged in a shooting that left a 3-year-old boy paralyzed."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
    // A name's son arrested is no victim.
    assertThat(counts("Police said Smith's son was arrested.")).isEmpty();
  }

  @Test
  void theShooterWhoKilledNamedVictimsThenHimselfIsCounted() {
    assertThat(
            counts(
                "He fatally shot Jane Doe, 31, and her mother, Mary Roe, before committing"
                    + " suicide."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
  }

  @Test
  void deadToldAsDeceasedMurderedOrDead() {
    assertThat(counts("Officers entered the room and found four deceased individuals."))
        .containsExactly(tuple(Slot.FATALITIES, 4L));
    assertThat(counts("Two brothers are accused of murdering four women."))
        .containsExactly(tuple(Slot.FATALITIES, 4L));
    assertThat(counts("He called 911, saying his mom and younger brother were dead."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
  }

  @Test
  void whatWouldHaveHappenedCountsNoOne() {
    assertThat(counts("He told police he would have shot his father, too, had he been home."))
        .isEmpty();
  }

  @Test
  void oneTakenToHospitalAndInAConditionIsWounded() {
    assertThat(counts("The boy was airlifted to the hospital and is in stable condition."))
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 0L));
  }

  @Test
  void theShootingOfAPersonIsOneShot() {
    assertThat(counts("Police seek a suspect in the shooting of a 7-year-old boy."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
    assertThat(counts("Police seek a suspect in the deadly shooting of a toddler."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("He is charged in the double shooting of his mother and brother."))
        .containsExactly(tuple(Slot.INJURIES, 2L));
  }

  @Test
  void theBodiesOfPeopleToldOneByOneAreTheDead() {
    assertThat(
            counts(
                "The bodies of 54-year-old Jo Doe, 42-year-old Jane Roe and 6-year-old Jim Doe"
                    + " were discovered."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
    assertThat(
            counts(
                "They found the bodies of Jo Doe, his wife, Jane Doe, and their two children,"
                    + " 6-year-old Amy and 2-year-old Ben."))
        .containsExactly(tuple(Slot.FATALITIES, 4L));
    assertThat(counts("Police found the bodies of the two girls and Nina Doe."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
    // A plural without a number, then its people: the count is not told.
    assertThat(counts("Police found the bodies of the children, a girl and a boy, about 4."))
        .isEmpty();
  }
}
