package org.sitrep.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.extract.figure.SentenceFigures.counts;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.quantity.QuantityParser;
import org.sitrep.model.EventFigures;
import org.sitrep.model.Slot;

/**
 * Victims told in the everyday words of local news that earlier rules missed: a word before an age,
 * "both died", a murder-suicide, the dead taken to the medical examiner, "he passed", a list closed
 * by "all dead". Each sentence is invented.
 */
class VictimWordsTest {
  private static final FigureFinder FINDER = new FigureFinder(new QuantityParser());

  @Test
  void aWordBeforeAnAgeKeepsThePerson() {
    assertThat(counts("An armed 15-year-old boy who was fatally shot by a deputy was identified."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("A little 3-year-old girl was shot and killed Sunday in her home."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("Police said an elderly 80-year-old woman was wounded in the shooting."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
  }

  @Test
  void bothDiedIsTwoDead() {
    assertThat(counts("Both died at the scene.")).containsExactly(tuple(Slot.FATALITIES, 2L));
    assertThat(counts("Both victims later died at the hospital."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
    assertThat(counts("Both were taken to the county medical examiner's office."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
  }

  @Test
  void kinAndCompanionsArePeople() {
    assertThat(counts("Her boyfriend was also shot.")).containsExactly(tuple(Slot.INJURIES, 1L));
    assertThat(counts("His cousin was wounded in the leg."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
  }

  @Test
  void aMurderSuicideToldAsShotThenHimselfIsEveryoneDead() {
    // All of them shot and all dead: two killed, and of the two shot none is left wounded.
    assertThat(
            counts(
                "Police say a man shot his 8-year-old son and then himself in a murder-suicide."))
        .containsExactlyInAnyOrder(tuple(Slot.FATALITIES, 2L), tuple(Slot.INJURIES, 2L));
    assertThat(
            counts(
                "A woman shot her husband and two daughters before turning the gun on herself in an"
                    + " apparent murder-suicide."))
        .containsExactlyInAnyOrder(tuple(Slot.FATALITIES, 4L), tuple(Slot.INJURIES, 4L));
    // No murder-suicide told: "shot" alone tells no death.
    assertThat(counts("Police asked whether the man shot his wife and then himself."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
  }

  @Test
  void theShooterWhoThenKilledHimselfIsCountedApart() {
    assertThat(
            FINDER.find("A woman died after being shot by her husband, who then killed himself."))
        .extracting(Figure::slot, figure -> figure.quantity().stated(), Figure::group)
        .containsExactly(
            tuple(Slot.FATALITIES, 1L, null), tuple(Slot.FATALITIES, 1L, EventFigures.ATTACKERS));
  }

  @Test
  void aPersonFoundDeceasedIsDead() {
    assertThat(counts("Officers found the man deceased in the apartment."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void aListClosedByAllDeadCountsEveryone() {
    assertThat(
            counts(
                "Officers discovered Jo Doe, 54, Jim Doe, 22, Ann Roe, 22, and toddler Amy Doe — all"
                    + " dead from apparent gunshot wounds."))
        .containsExactly(tuple(Slot.FATALITIES, 4L));
  }

  @Test
  void theDeadTakenToTheMedicalExaminerAreDead() {
    assertThat(
            counts(
                "All three individuals were transported to the State Medical Examiner's Office for"
                    + " autopsies."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
    assertThat(counts("The victim was taken to the medical examiner's office."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void passedAloneIsDied() {
    assertThat(counts("\"It was hours before we received the sad news that he passed,\" he said."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("She passed at the hospital early Sunday."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("He passed the ball to his brother.")).isEmpty();
  }

  @Test
  void aNamedChildWhoShotHerselfToDeathIsDead() {
    assertThat(
            counts(
                "Police say 5-year-old Amy Doe, who shot herself to death with a gun she found, lived"
                    + " with her grandparents."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void twoPeopleOfOneDeterminerOrFoundShotAreTwo() {
    assertThat(counts("Ava was fatally shot while her sister and mother were injured by gunfire."))
        .containsExactly(tuple(Slot.FATALITIES, 1L), tuple(Slot.INJURIES, 2L));
    assertThat(counts("A man and a woman were found shot in a home."))
        .containsExactly(tuple(Slot.INJURIES, 2L));
  }

  @Test
  void oneBodyIsOneDead() {
    assertThat(counts("His body was found in a field."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("The man's body was taken to the morgue."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void aDeathToldAfterALongClauseIsStillTheOneShot() {
    assertThat(
            counts(
                "A 4-year-old boy shot himself in the head with his father's pistol Sunday and"
                    + " died."))
        .contains(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("Jo Doe, 17, who was shot in the chest Saturday, died Sunday."))
        .contains(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void twoNamedWithTheirAgesAreTwo() {
    assertThat(counts("Jo Doe, 17, and Jim Roe, 18, were shot and killed Sunday."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
  }

  @Test
  void aNamedPersonWoundedAfterADeathIsAnother() {
    String sentence = "Jo Doe, 17, died and Jim Roe, 18, was wounded in the shooting.";
    assertThat(FINDER.find(sentence))
        .extracting(
            Figure::slot,
            figure -> figure.quantity().stated(),
            figure -> sentence.substring(figure.start(), figure.end()).startsWith("and "))
        .containsExactly(tuple(Slot.FATALITIES, 1L, false), tuple(Slot.INJURIES, 1L, true));
  }

  @Test
  void aPossessiveForTwoAndBeforeANumberKeepsTheCount() {
    assertThat(counts("The man's wife and son were also shot but survived."))
        .containsExactly(tuple(Slot.INJURIES, 2L));
    assertThat(counts("A gunman opened fire, killing a woman and wounding her two children."))
        .containsExactly(tuple(Slot.FATALITIES, 1L), tuple(Slot.INJURIES, 2L));
  }

  @Test
  void aSecondKillingInAListOfTheDeadIsCounted() {
    assertThat(
            counts(
                "Police say a man killed his ex-girlfriend and inflicted a fatal gunshot wound on"
                    + " their 3-year-old son before taking his own life."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
    assertThat(counts("The boy inflicted a fatal gunshot wound on his brother."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void oneTreatedAndReleasedForInjuriesIsWounded() {
    assertThat(counts("Jo was treated and released for non-life threatening injuries."))
        .contains(tuple(Slot.INJURIES, 1L));
  }

  @Test
  void agesListedAfterThePeopleAreNoCounts() {
    assertThat(counts("The men, 20 and 23, died at the scene."))
        .doesNotContain(tuple(Slot.FATALITIES, 23L), tuple(Slot.FATALITIES, 20L));
    assertThat(counts("Jo Doe, 24 was shot in the chest."))
        .doesNotContain(tuple(Slot.INJURIES, 24L));
  }

  @Test
  void fatallyShotBeforeANumberCountsTheDead() {
    assertThat(counts("Police say a man fatally shot two people in a shooting spree."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
  }

  @Test
  void theBodiesOfANumberAreDead() {
    assertThat(counts("The bodies of two men were found in a field."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
  }

  @Test
  void otherPeopleAreEveryoneElseNotAGroup() {
    assertThat(FINDER.find("One man was killed and three other people wounded."))
        .extracting(Figure::slot, figure -> figure.quantity().stated(), Figure::group)
        .contains(tuple(Slot.INJURIES, 3L, null));
  }

  @Test
  void theShooterWhoKilledANumberThenHimselfIsOneMore() {
    assertThat(
            counts(
                "A gunman killed two people and wounded two others Tuesday before taking his own"
                    + " life."))
        .containsExactlyInAnyOrder(tuple(Slot.FATALITIES, 3L), tuple(Slot.INJURIES, 2L));
  }

  @Test
  void anOrdinalAfterTheDeadIsOneMoreWounded() {
    assertThat(counts("A man fatally shot two people and wounded a third on Wednesday."))
        .containsExactlyInAnyOrder(tuple(Slot.FATALITIES, 2L), tuple(Slot.INJURIES, 1L));
  }

  @Test
  void thoseAlongWhoAreWoundedAreNotAmongTheDead() {
    assertThat(
            counts(
                "They found the bodies of two people at the home, along with two other people who"
                    + " had gunshot wounds."))
        .contains(tuple(Slot.FATALITIES, 2L))
        .doesNotContain(tuple(Slot.FATALITIES, 4L));
  }
}
