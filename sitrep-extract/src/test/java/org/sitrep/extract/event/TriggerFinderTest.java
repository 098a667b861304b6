package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.extract.event.Trigger.Mood;
import org.sitrep.model.SubEventType;

class TriggerFinderTest {
  private final TriggerFinder finder = new TriggerFinder();

  private Trigger only(String sentence) {
    List<Trigger> triggers = finder.find(sentence);
    assertThat(triggers).as(sentence).hasSize(1);
    return triggers.get(0);
  }

  private static String words(String sentence, Trigger trigger) {
    return sentence.substring(trigger.start(), trigger.end());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A suicide bomber struck the crowd at the gate. | SUICIDE_BOMB | suicide bomber",
        "After carrying out a suicide bombing outside the airport, the group fled. | SUICIDE_BOMB"
            + " | suicide bombing",
        "A US drone strike hit the car. | AIR_DRONE_STRIKE | drone strike",
        "Airstrikes pounded the town overnight. | AIR_DRONE_STRIKE | Airstrikes",
        "The group claimed a rocket attack on the airport. | SHELLING_ARTILLERY_MISSILE_ATTACK"
            + " | rocket attack",
        "Mortar shells landed in the market. | SHELLING_ARTILLERY_MISSILE_ATTACK | Mortar shells",
        "A roadside bomb hit the convoy. | REMOTE_EXPLOSIVE_LANDMINE_IED | roadside bomb",
        "Two blasts shook the city centre. | REMOTE_EXPLOSIVE_LANDMINE_IED | blasts",
        "A man threw a grenade into the bar. | GRENADE | grenade",
        "Gunmen kidnapped 20 students. | ABDUCTION_FORCED_DISAPPEARANCE | kidnapped",
        "Troops clashed with militants near the border. | ARMED_CLASH | clashed",
        "A 7-year-old boy was shot dead on Saturday night. | ATTACK | shot dead",
        "A man was shot in the leg on Main Street. | ATTACK | shot",
        "Neighbors heard gunfire around midnight. | ATTACK | gunfire",
        "Shots rang out outside the bar. | ATTACK | Shots rang out",
        "The boy died of a gunshot wound. | ATTACK | gunshot wound",
        "Police arrested two men in connection with the killing. | ARRESTS | arrested",
        "Thousands protested in the capital on Friday. | PEACEFUL_PROTEST | protested",
        "Rioters set fire to the police station. | VIOLENT_DEMONSTRATION | Rioters",
        "Soldiers defused a bomb planted under the bridge. | DISRUPTED_WEAPONS_USE | defused",
      })
  void recognisesTheSubEventTypeOfCommonTriggers(
      String sentence, SubEventType subtype, String words) {
    List<Trigger> triggers = finder.find(sentence);

    assertThat(triggers)
        .first()
        .satisfies(
            trigger -> {
              assertThat(trigger.subtype()).isEqualTo(subtype);
              assertThat(words(sentence, trigger)).isEqualTo(words);
              assertThat(trigger.mood()).isEqualTo(Mood.FACTUAL);
            });
  }

  @Test
  void readsShootingsToldWithoutAWordForShooting() {
    for (String sentence :
        List.of(
            "A 12-year-old girl died in a hunting accident on Saturday.",
            "The rifle accidentally discharged in the truck.",
            "But the muzzleloader fired, tearing into his chest.",
            "The boy was struck by a stray bullet.",
            "A 7-year-old boy was struck and wounded by a bullet Monday evening.",
            "The suspect pointed the handgun toward an officer, which resulted in shots being"
                + " fired by the officer.",
            "Ryan Welch, 4, was killed at his home by a gun in a closet.",
            "Brennan Weikel, 17, was killed while hunting feral hogs.",
            "A woman was killed by a stray bullet.",
            "A deputy fired his weapon, striking the suspect.",
            "A stray bullet hit a girl sitting on her porch.",
            "A drive-by left a teen wounded.",
            "A 4-year-old girl was wounded by a stray bullet while she slept.",
            "The man was hit in the leg by a bullet.",
            "He was charged with firing into a crowd outside the club.")) {
      assertThat(only(sentence).subtype()).as(sentence).isEqualTo(SubEventType.ATTACK);
    }
    assertThat(finder.find("He was fired from his job at the plant.")).isEmpty();
    assertThat(finder.find("Customers lined up at the drive-by window.")).isEmpty();
    assertThat(finder.find("The boy died in a drive-by shooting two weeks ago.")).hasSize(1);
  }

  @Test
  void readsDeathsByGunToldWithoutAWordForShooting() {
    for (String sentence :
        List.of(
            "The teen is charged after a pistol he was cleaning discharged into Carter's neck.",
            "A 5-year-old kills himself with a loaded handgun in Westvale.",
            "Two men were found dead in a house on Elm Street.",
            "The second suicide happened Friday involving a 14-year-old girl.",
            "The gunman later committed suicide in his car.",
            "Police said the girl took her own life on Monday.",
            "A teen is charged in the April 3 death of his cousin.",
            "Police said a 13-year-old used his stepfather's pistol to accidentally kill a friend.",
            "The boy accidentally killed his brother with a hunting rifle on Sunday.")) {
      assertThat(finder.find(sentence))
          .as(sentence)
          .anySatisfy(
              trigger -> {
                assertThat(trigger.subtype()).isEqualTo(SubEventType.ATTACK);
                assertThat(trigger.mood()).isEqualTo(Mood.FACTUAL);
              });
    }
    assertThat(finder.find("The storm killed two men with falling trees.")).isEmpty();
    assertThat(finder.find("He bought a pistol to kill time at the range.")).isEmpty();
    assertThat(finder.find("Sewage discharged into the river for a week.")).isEmpty();
    assertThat(finder.find("Call the suicide prevention hotline for help.")).isEmpty();
    assertThat(finder.find("Parents should learn the warning signs of suicide.")).isEmpty();
    assertThat(finder.find("The town mourned four recent suicides.")).isEmpty();
    assertThat(finder.find("His death was a shock to the town.")).isEmpty();
    assertThat(finder.find("Deputies said Dana Lynch was taken to a hospital.")).isEmpty();
    assertThat(only("A lynch mob beat the man.").subtype()).isEqualTo(SubEventType.MOB_VIOLENCE);
  }

  @Test
  void wordsAboutAnArrestOrAFightAreNoEvents() {
    assertThat(finder.find("According to arrest records, the mother left the car running."))
        .isEmpty();
    assertThat(finder.find("Police obtained an arrest warrant for the neighbor.")).isEmpty();
    assertThat(finder.find("The girl is fighting for her life at the hospital.")).isEmpty();
    assertThat(finder.find("The two boys were play fighting on the bed.")).isEmpty();
    assertThat(only("Heavy fighting broke out near the border.").subtype())
        .isEqualTo(SubEventType.ARMED_CLASH);
  }

  @Test
  void aShootingRangeIsNoShooting() {
    assertThat(finder.find("It was called the safest indoor shooting range ever designed."))
        .isEmpty();
  }

  @Test
  void prefersTheMostSpecificOfOverlappingTriggers() {
    String sentence = "The suicide car bomb attack killed nine.";

    assertThat(finder.find(sentence))
        .first()
        .satisfies(
            trigger -> {
              assertThat(trigger.subtype()).isEqualTo(SubEventType.SUICIDE_BOMB);
              assertThat(words(sentence, trigger)).isEqualTo("suicide car bomb");
            });
  }

  @Test
  void aBombThatAStrikeWasAimedAtIsNoEventOfItsOwn() {
    String sentence =
        "The US announced that an air attack on an IS-prepared car bomb was carried out.";

    assertThat(finder.find(sentence))
        .singleElement()
        .satisfies(
            trigger -> assertThat(trigger.subtype()).isEqualTo(SubEventType.AIR_DRONE_STRIKE));
  }

  @Test
  void marksThreatsAndPlansAsHypothetical() {
    String threat =
        "Concerns are growing that a local affiliate could target crowds outside the airport with"
            + " suicide bombings or fire missiles at US planes.";

    assertThat(finder.find(threat))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.mood()).isEqualTo(Mood.HYPOTHETICAL));
    assertThat(only("Aircraft fired flares on take-off to prevent missile attacks.").mood())
        .isEqualTo(Mood.HYPOTHETICAL);
  }

  @Test
  void anArrestARewardSeeksIsNoArrest() {
    assertThat(
            finder.find(
                "Crime Stoppers offers a reward for information leading to an arrest in the case."))
        .isEmpty();
    assertThat(finder.find("Call with any information that could lead to the suspect's arrest."))
        .isEmpty();
    assertThat(
            only("A reward is offered for information leading to an arrest in the shooting of"
                    + " a boy.")
                .mood())
        .isEqualTo(Mood.FACTUAL);
    assertThat(only("Police arrested the man on Friday.").mood()).isEqualTo(Mood.FACTUAL);
  }

  @Test
  void theMonthOfMayIsNoWordOfPossibility() {
    assertThat(only("A 16-year-old girl was shot on May 12 in Springfield.").mood())
        .isEqualTo(Mood.FACTUAL);
    assertThat(only("On May 8, a 9-year-old boy accidentally shot himself.").mood())
        .isEqualTo(Mood.FACTUAL);
    assertThat(only("The boy was shot in early May.").mood()).isEqualTo(Mood.FACTUAL);
    assertThat(only("Police said the suspect may have shot the man.").mood())
        .isEqualTo(Mood.HYPOTHETICAL);
    assertThat(only("The shooting may have been an accident.").mood()).isEqualTo(Mood.HYPOTHETICAL);
  }

  @Test
  void marksCountsOfManyEventsAsAggregate() {
    assertThat(only("ISIS had carried out 77 attacks in Afghanistan this year.").mood())
        .isEqualTo(Mood.AGGREGATE);
    assertThat(only("The group was responsible for nearly 100 attacks on civilians.").mood())
        .isEqualTo(Mood.AGGREGATE);
    assertThat(only("The group has claimed responsibility for several recent attacks.").mood())
        .isEqualTo(Mood.AGGREGATE);
  }

  @Test
  void marksTheNumberOrTheRiseOfEventsAsAggregate() {
    assertThat(
            only("The city has seen a dramatic rise in the number of shootings this summer.")
                .mood())
        .isEqualTo(Mood.AGGREGATE);
    assertThat(only("Police blamed gangs for a spike in shootings on the North Side.").mood())
        .isEqualTo(Mood.AGGREGATE);
    assertThat(only("Police are investigating the shootings on Main Street.").mood())
        .isEqualTo(Mood.FACTUAL);
  }

  @Test
  void keepsTwinBlastsAsOneEventsWords() {
    assertThat(only("At least 60 people were killed in two bomb blasts on Thursday.").mood())
        .isEqualTo(Mood.FACTUAL);
  }

  @Test
  void takesMunitionsOfOneAttackForOneEventsWords() {
    assertThat(only("Five missiles were fired at the airport on Monday.").mood())
        .isEqualTo(Mood.FACTUAL);
  }

  @Test
  void doesNotCountTheDayOfANamedAttack() {
    assertThat(only("The war began in response to the September 11 attacks.").mood())
        .isNotEqualTo(Mood.AGGREGATE);
    assertThat(only("The Taliban sheltered al-Qaeda during the 9/11 attacks.").mood())
        .isNotEqualTo(Mood.AGGREGATE);
    assertThat(only("It came days before the trial over the November 13, 2015 attacks.").mood())
        .isEqualTo(Mood.FACTUAL);
  }

  @Test
  void takesGenericTalkOfAttacksForNoEvent() {
    assertThat(only("They will not let the country be a base for attacks abroad.").mood())
        .isNotEqualTo(Mood.FACTUAL);
    assertThat(only("Officials said an attack on the airport would be a strategic blow.").mood())
        .isEqualTo(Mood.HYPOTHETICAL);
  }

  @Test
  void marksNegatedEvents() {
    assertThat(only("There was no attack on the base that night.").mood()).isEqualTo(Mood.NEGATED);
  }

  @Test
  void keepsGenericWordsApartFromSpecificOnes() {
    String sentence = "The attack came after the Taliban regained power.";

    assertThat(only(sentence).generic()).isTrue();
    assertThat(finder.find("A car bomb exploded."))
        .allSatisfy(t -> assertThat(t.generic()).isFalse());
  }

  @Test
  void doesNotTakeTheMonthOfMarchOrWordsInsideWordsForTriggers() {
    assertThat(finder.find("March 25, 2023")).isEmpty();
    assertThat(finder.find("The grapes were harvested; the bombardier beetle sprays.")).isEmpty();
  }

  @Test
  void aLifeThreateningWoundIsNoThreat() {
    assertThat(
            only("A boy is recovering with non-life-threatening injuries after he was shot.")
                .mood())
        .isEqualTo(Mood.FACTUAL);
  }

  @Test
  void aPastVerbJoinedAfterAnAttemptTellsWhatHappened() {
    assertThat(
            only("He was trying to take a selfie with a handgun and accidentally shot himself.")
                .mood())
        .isEqualTo(Mood.FACTUAL);
    assertThat(only("Gunmen were trying to storm the base and shoot the guards.").mood())
        .isEqualTo(Mood.HYPOTHETICAL);
  }

  @Test
  void shotgunWoundsAreAShooting() {
    assertThat(only("The family died from shotgun wounds, authorities said.").subtype())
        .isEqualTo(SubEventType.ATTACK);
  }
}
