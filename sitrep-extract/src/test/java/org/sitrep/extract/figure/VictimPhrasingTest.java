package org.sitrep.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.quantity.QuantityParser;
import org.sitrep.model.Slot;

/** Everyday phrasings of US local news about who was killed and who was hurt in a shooting. */
class VictimPhrasingTest {
  private final FigureFinder finder = new FigureFinder(new QuantityParser());

  private List<org.assertj.core.groups.Tuple> counts(String sentence) {
    return finder.find(sentence).stream()
        .map(figure -> tuple(figure.slot(), figure.quantity().stated()))
        .toList();
  }

  @Test
  void oneShotWhoThenDiedIsOneShotAndOneDead() {
    assertThat(counts("The man was shot multiple times and died at the scene Saturday night."))
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 1L));
    assertThat(counts("The man was shot multiple times and was pronounced dead at the scene."))
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 1L));
    assertThat(counts("A 15-year-old boy who was shot Saturday night has died."))
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 1L));
    assertThat(counts("A man who was shot Saturday night succumbed to his injuries Sunday."))
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 1L));
    // Another person's death is not the one shot's: the child's death is read on its own.
    String other = "A man was shot in the leg and a child who had died was found.";
    assertThat(finder.find(other))
        .filteredOn(figure -> figure.slot() == Slot.FATALITIES)
        .extracting(figure -> other.substring(figure.start(), figure.end()))
        .containsExactly("a child who had died");
  }

  @Test
  void twoPeopleToldOneByOneWereShot() {
    assertThat(counts("A man and a woman were shot Saturday night."))
        .containsExactly(tuple(Slot.INJURIES, 2L));
  }

  @Test
  void bothExpectedToSurviveAreTwoInjured() {
    assertThat(counts("Both victims are expected to survive, police said."))
        .containsExactly(tuple(Slot.INJURIES, 2L), tuple(Slot.FATALITIES, 0L));
  }

  @Test
  void theOtherOfTwoAfterADeathIsInjured() {
    assertThat(
            counts(
                "One victim died at the scene and the other was taken to the hospital, police"
                    + " said."))
        .containsExactly(tuple(Slot.FATALITIES, 1L), tuple(Slot.INJURIES, 1L));
  }

  @Test
  void anotherWoundedAfterACountOfTheDead() {
    assertThat(counts("A gunman killed two people and wounded another at a bar."))
        .containsExactly(tuple(Slot.FATALITIES, 2L), tuple(Slot.INJURIES, 1L));
    assertThat(counts("A gunman killed two people and wounded a third at a bar."))
        .containsExactly(tuple(Slot.FATALITIES, 2L), tuple(Slot.INJURIES, 1L));
    // "Another five" is no one more.
    assertThat(counts("A gunman killed two people and wounded another five at a bar."))
        .doesNotContain(tuple(Slot.INJURIES, 1L));
  }

  @Test
  void anIntruderIsAPerson() {
    assertThat(counts("The homeowner shot and killed an intruder Saturday night."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void oneKilledAndAnotherWoundedWithTheVerbLeftOut() {
    assertThat(counts("A 17-year-old was killed and his cousin wounded in a shooting."))
        .containsExactly(tuple(Slot.FATALITIES, 1L), tuple(Slot.INJURIES, 1L));
    assertThat(counts("A 17-year-old boy was killed and his cousin was wounded Saturday."))
        .containsExactly(tuple(Slot.FATALITIES, 1L), tuple(Slot.INJURIES, 1L));
  }

  @Test
  void howBadlyOneOfThoseShotWasHurtIsNoCount() {
    assertThat(counts("Two men were shot Saturday night, one critically."))
        .containsExactly(tuple(Slot.INJURIES, 2L));
  }

  @Test
  void theVictimWithAnAppositionIsOneShot() {
    assertThat(counts("The victim, a 22-year-old man, was shot in the leg Saturday night."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
  }

  @Test
  void aShootingThatClaimedTheLifeOfOnePerson() {
    assertThat(counts("A shooting Saturday night claimed the life of a 19-year-old man."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void aShooterWhoKilledOthersAndThenHimself() {
    assertThat(counts("Police say a man fatally shot his wife and then himself Saturday."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
    assertThat(counts("He killed his two children and himself."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
  }

  @Test
  void noOneElseHurtIsNoCasualtyBesidesThoseTold() {
    assertThat(counts("No one else was injured.")).containsExactly(tuple(Slot.CASUALTIES, 0L));
    assertThat(counts("Nobody else was hurt in the shooting."))
        .containsExactly(tuple(Slot.CASUALTIES, 0L));
    assertThat(counts("No other injuries were reported."))
        .containsExactly(tuple(Slot.CASUALTIES, 0L));
    assertThat(counts("Shots were fired at a home, but no one was hit."))
        .containsExactly(tuple(Slot.CASUALTIES, 0L));
  }

  @Test
  void woundsThatAreNotLifeThreateningTellNoDeath() {
    assertThat(counts("His injuries are not life-threatening."))
        .containsExactly(tuple(Slot.FATALITIES, 0L));
    assertThat(counts("A man was shot in the leg and is expected to survive."))
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 0L));
    assertThat(counts("None of the injuries are life-threatening."))
        .containsExactly(tuple(Slot.FATALITIES, 0L));
    // The wounded person is still counted.
    assertThat(counts("The woman suffered non-life-threatening injuries."))
        .containsExactlyInAnyOrder(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 0L));
  }

  @Test
  void aPersonExecutedOrBeheadedIsDeadNotWounded() {
    assertThat(counts("The gunman executed his 9-year-old nephew in the kitchen."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("Militants beheaded a local teacher on Friday."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("He calmly executed his stepson and then wounded the boy's aunt."))
        .containsExactly(tuple(Slot.FATALITIES, 1L), tuple(Slot.INJURIES, 1L));
  }

  @Test
  void peopleShotAtAndNotHitAreNotWounded() {
    assertThat(counts("Two teenagers were shot at while walking home from a store.")).isEmpty();
    assertThat(counts("A deputy was shot at but was not hit, the sheriff said.")).isEmpty();
    assertThat(counts("Three officers were shot at by the suspect.")).isEmpty();
    // Shot at a place or a time: a hit.
    assertThat(counts("Two teenagers were shot at a cookout Sunday."))
        .containsExactly(tuple(Slot.INJURIES, 2L));
    assertThat(counts("A woman was shot at 2 a.m. in her driveway."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
    assertThat(counts("A woman was shot at least twice."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
  }

  @Test
  void theWoundedToldInTwoUnlikeConditionsAreAddedUp() {
    assertThat(
            injured(
                "One person is in critical condition and three are being treated for"
                    + " non-life-threatening wounds."))
        .containsExactly(4L);
    assertThat(
            injured(
                "Two people are listed in serious condition and four are being treated for other"
                    + " injuries."))
        .containsExactly(6L);
    // The same condition, or none told first: the second count may be of the same people.
    assertThat(
            injured(
                "Two people are in critical condition and two are in critical condition at another"
                    + " hospital."))
        .containsExactly(2L, 2L);
    assertThat(injured("Five people were wounded, and two are in critical condition."))
        .containsExactly(5L, 2L);
  }

  @Test
  void peopleTakenToAHospitalByItsNameAreWounded() {
    assertThat(counts("Four people were rushed to Riverside Memorial Hospital."))
        .containsExactly(tuple(Slot.INJURIES, 4L));
    assertThat(counts("All three were taken to St. Mary Medical Center, police said."))
        .containsExactly(tuple(Slot.INJURIES, 3L));
    assertThat(counts("Police said all four were initially taken to Lakeview Regional Hospital."))
        .containsExactly(tuple(Slot.INJURIES, 4L));
    assertThat(counts("The three were taken to police headquarters for questioning.")).isEmpty();
  }

  private List<Long> injured(String sentence) {
    return finder.find(sentence).stream()
        .filter(figure -> figure.slot() == Slot.INJURIES)
        .map(figure -> figure.quantity().stated())
        .toList();
  }
}
