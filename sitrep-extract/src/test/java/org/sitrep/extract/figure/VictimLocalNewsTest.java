package org.sitrep.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.extract.figure.SentenceFigures.counts;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Slot;

/** Phrasings of US local news that count the victims of a shooting, or count no one. */
class VictimLocalNewsTest {
  @Test
  void peopleStruckByGunfireAreWounded() {
    assertThat(counts("Three people were struck by gunfire at a cookout Sunday, police said."))
        .containsExactly(tuple(Slot.INJURIES, 3L));
    assertThat(counts("Two men were hit by stray bullets outside the bar."))
        .containsExactly(tuple(Slot.INJURIES, 2L));
  }

  @Test
  void oneShotInAChargeOfKillingThemIsDead() {
    assertThat(
            counts(
                "A Rock Hill man pleaded guilty Tuesday to murder in the shooting of a store clerk"
                    + " during a robbery."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(
            counts(
                "Doe pleaded not guilty to manslaughter in the Dec. 26 shooting of his"
                    + " girlfriend."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("He is charged with attempted murder in the shooting of a man."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
  }

  @Test
  void theMurdersOfPeopleWhoWereShotAreDeaths() {
    assertThat(
            counts(
                "Doe was sentenced for the 2016 murders of two cousins who were shot as they sat"
                    + " in a parked car."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
    assertThat(counts("Two cousins who were shot Friday are recovering."))
        .containsExactly(tuple(Slot.INJURIES, 2L));
  }

  @Test
  void peopleNamedWithTheirAgesAreCountedOneByOne() {
    assertThat(counts("Jo Doe, 24, and Al Roe, 22, were shot Saturday night."))
        .containsExactly(tuple(Slot.INJURIES, 2L));
    assertThat(
            counts(
                "Lu Edwards, 71, Sharon Tate, 44, and Dee Edwards, 24, were fatally shot April 7."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
    assertThat(counts("Jo Doe, 24, was shot Saturday night."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
  }

  @Test
  void aCoupleFoundDeadAreTwoDead() {
    assertThat(
            counts(
                "Police on Monday identified the couple found dead in their home Saturday as Jo"
                    + " Doe and his wife."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
  }

  @Test
  void theDeathOfSomeoneShotIsOneDead() {
    assertThat(
            counts(
                "The death of a 14-year-old Columbus boy shot by his friend on Saturday was an"
                    + " accident, the coroner said."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void oneKilledWithAGunToldByTheGunIsDead() {
    assertThat(counts("Police said a 13-year-old used a pistol to accidentally kill a friend."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("He tried to kill a man last year.")).isEmpty();
  }

  @Test
  void anAgeAfterNowIsNoCount() {
    assertThat(counts("Prosecutors said Doe, now 32, shot the woman after an argument."))
        .doesNotContain(tuple(Slot.INJURIES, 32L));
  }

  @Test
  void peopleToldUnhurtAreNoCount() {
    assertThat(counts("Her two passengers were not injured.")).isEmpty();
    assertThat(counts("The other three people in the house weren't hurt.")).isEmpty();
  }

  @Test
  void aNumberOfPlacesOrThingsIsNoCount() {
    assertThat(
            counts(
                "A man who led officers on a chase through two counties was shot and killed by"
                    + " police Friday."))
        .doesNotContain(tuple(Slot.FATALITIES, 2L));
  }

  @Test
  void aShooterWhoTurnedTheGunOnHimselfAfterOneVictimIsTheSecondDeath() {
    assertThat(
            counts(
                "A gunman shot and killed a woman in a parking lot outside a shopping center"
                    + " Friday afternoon, then turned the gun on himself, police said."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
    assertThat(
            counts(
                "A man shot and killed his sister in her kitchen Monday night before the gunman"
                    + " turned the gun on himself."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
  }

  @Test
  void bothFoundDeadAreTwoDead() {
    assertThat(counts("Both were dead when deputies arrived."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
    assertThat(counts("Both men were found dead in the kitchen."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
  }

  @Test
  void aPronounWoundedAfterAKillingIsOneWounded() {
    assertThat(
            counts(
                "A man shot and killed his ex-girlfriend's new boyfriend and wounded her at her"
                    + " home Sunday night, police said."))
        .containsExactlyInAnyOrder(tuple(Slot.FATALITIES, 1L), tuple(Slot.INJURIES, 1L));
  }

  @Test
  void oneToldByABareAgeOrWhereTheyWereIsOneShot() {
    assertThat(counts("The suspect, 25, was shot in the stomach and is under guard."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
    assertThat(counts("A woman in a parked car outside the library was shot in the arm."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
    // A shooter's death told by his age alone is left to the murder-suicide that counts him.
    assertThat(counts("The gunman, 36, also died at the scene.")).isEmpty();
  }

  @Test
  void oneRecoveringIsOneHurt() {
    assertThat(
            counts(
                "A 19-year-old man is dead and a 20-year-old woman is recovering after they were"
                    + " shot in a car."))
        .containsExactly(tuple(Slot.FATALITIES, 1L), tuple(Slot.INJURIES, 1L));
  }

  @Test
  void aShooterWhoKilledHimselfIsOneDeathWhateverHisVictims() {
    assertThat(counts("A man shot his neighbor before killing himself in the garage."))
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 1L));
    // Shooting oneself tells no death.
    assertThat(counts("A man shot his neighbor before shooting himself in the garage."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
  }

  @Test
  void aHeadlineThatAShootingClaimsLifeIsOneDead() {
    assertThat(counts("Hunting accident claims life")).containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("DEER HUNTING ACCIDENT CLAIMS LIFE"))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void aCoupleFoundDeadIsTwoDead() {
    assertThat(counts("A couple was found dead Sunday at their farm."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
    assertThat(counts("An elderly couple were shot and killed in their home."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
    assertThat(counts("A couple of neighbors were found at the door.")).isEmpty();
  }
}
