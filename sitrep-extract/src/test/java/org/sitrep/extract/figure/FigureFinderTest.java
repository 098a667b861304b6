package org.sitrep.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.quantity.QuantityParser;
import org.sitrep.model.EventFigures;
import org.sitrep.model.Hedge;
import org.sitrep.model.Slot;

class FigureFinderTest {
  private final FigureFinder finder = new FigureFinder(new QuantityParser());

  private static String evidence(String sentence, Figure figure) {
    return sentence.substring(figure.start(), figure.end());
  }

  @Test
  void readsKilledAndInjuredWithTheirHedges() {
    String sentence =
        "At least 60 people were killed and more than 140 were injured in two bomb blasts.";

    List<Figure> figures = finder.find(sentence);

    assertThat(figures).hasSize(2);
    assertThat(figures.get(0).slot()).isEqualTo(Slot.FATALITIES);
    assertThat(figures.get(0).quantity().hedge()).isEqualTo(Hedge.AT_LEAST);
    assertThat(figures.get(0).quantity().low()).isEqualTo(60L);
    assertThat(figures.get(0).group()).isNull();
    assertThat(evidence(sentence, figures.get(0))).isEqualTo("At least 60 people were killed");
    assertThat(figures.get(1).slot()).isEqualTo(Slot.INJURIES);
    assertThat(figures.get(1).quantity().low()).isEqualTo(141L);
  }

  @Test
  void readsCountWordsBeforeTheNumber() {
    String sentence =
        "They exploded a belt among them, killing around 60 people and injuring over 100 others.";

    List<Figure> figures = finder.find(sentence);

    assertThat(figures).extracting(Figure::slot).containsExactly(Slot.FATALITIES, Slot.INJURIES);
    assertThat(figures.get(0).quantity().hedge()).isEqualTo(Hedge.ABOUT);
    assertThat(figures.get(1).group()).isNull();
  }

  @Test
  void keepsTheGroupsOfATotalAndItsParts() {
    String sentence =
        "The bombing killed more than 100 people, including 13 US personnel, officials said.";

    List<Figure> figures = finder.find(sentence);

    assertThat(figures).hasSize(2);
    assertThat(figures.get(0).part()).isFalse();
    assertThat(figures.get(1).part()).isTrue();
    assertThat(figures.get(1).slot()).isEqualTo(Slot.FATALITIES);
    assertThat(figures.get(1).group()).isEqualTo("US personnel");
  }

  @Test
  void sharesTheCountWordAcrossNumbersJoinedByAnd() {
    String sentence =
        "About one hundred civilians and 13 American soldiers were killed in the bombing.";

    List<Figure> figures = finder.find(sentence);

    assertThat(figures).extracting(Figure::slot).containsOnly(Slot.FATALITIES);
    assertThat(figures).extracting(Figure::group).containsExactly("civilians", "American soldiers");
  }

  @Test
  void readsARisingTollAndJointCounts() {
    assertThat(finder.find("The death toll rose to 19 on Friday."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.FATALITIES));
    assertThat(finder.find("Amaq reported around 160 killed and injured among the Americans."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.CASUALTIES));
    assertThat(finder.find("Gunmen kidnapped 20 students from the school."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.ABDUCTED));
  }

  @Test
  void readsThoseOfTheWoundedWhoDiedAsDeadNotWounded() {
    assertThat(
            finder.find(
                "The death toll rose to 19 on Friday, hospital staff said, after seven of the"
                    + " wounded died overnight."))
        .extracting(Figure::slot, figure -> figure.quantity().stated())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Slot.FATALITIES, 19L),
            org.assertj.core.groups.Tuple.tuple(Slot.FATALITIES, 7L));
  }

  @Test
  void readsAnExplicitZero() {
    assertThat(finder.find("There were no reports of deaths or damage to the airport."))
        .singleElement()
        .satisfies(
            figure -> {
              assertThat(figure.slot()).isEqualTo(Slot.FATALITIES);
              assertThat(figure.quantity().low()).isZero();
            });
  }

  @Test
  void countsOnePersonNamedAsAVictim() {
    assertThat(finder.find("A 7-year-old boy was shot and killed Saturday night."))
        .singleElement()
        .satisfies(
            figure -> {
              assertThat(figure.slot()).isEqualTo(Slot.FATALITIES);
              assertThat(figure.quantity().stated()).isEqualTo(1L);
            });
    assertThat(
            finder.find(
                "A death investigation is underway after a 16-year old was shot and killed."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.FATALITIES));
    assertThat(finder.find("Amari Brown, 7, died at the hospital."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.FATALITIES));
    // In stable condition she is alive: no one dead beside her (VictimAliveTest).
    assertThat(finder.find("A woman was also shot in the chest and is in stable condition."))
        .extracting(Figure::slot, figure -> figure.quantity().stated())
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 0L));
  }

  @Test
  void countsOnePersonToldOfAsObjectOrByAPronoun() {
    assertThat(finder.find("A friend killed the 63-year-old father of four Friday evening."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.FATALITIES));
    assertThat(finder.find("He was pronounced dead at 4:36 p.m."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.FATALITIES));
    assertThat(finder.find("The boy fatally shot himself at home."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.quantity().stated()).isEqualTo(1L));
  }

  @Test
  void leavesNumbersThatCountNothingAlone() {
    assertThat(finder.find("The flights have carried more than 122,000 passengers out of Kabul."))
        .isEmpty();
    assertThat(finder.find("The blast struck shortly after 7 a.m. in 2021.")).isEmpty();
    assertThat(finder.find("The car was hit two kilometers from the airport.")).isEmpty();
  }

  private List<Slot> slots(String sentence) {
    return finder.find(sentence).stream().map(Figure::slot).toList();
  }

  private long only(String sentence, Slot slot) {
    List<Figure> found = finder.find(sentence);
    assertThat(found).as(sentence).singleElement().extracting(Figure::slot).isEqualTo(slot);
    return found.get(0).quantity().stated();
  }

  @Test
  void countsOnePersonTheReportReturnsTo() {
    assertThat(only("The man was pronounced dead at the scene.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(only("The child later died at the hospital.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(only("Police said the teen has died.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(only("The 13-year-old died a short time later.", Slot.FATALITIES)).isEqualTo(1);
  }

  @Test
  void countsOnePersonWhoseDeathComesAfterOtherWords() {
    assertThat(
            only(
                "The victim, a 15-year-old boy, was hit in the head and pronounced dead at a"
                    + " hospital.",
                Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(
            only(
                "The teenager that accidentally shot himself in front of friends early Thursday"
                    + " has died, his family said.",
                Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(only("His daughter is now brain dead.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(
            only(
                "Winston Brown, 16, suffered an accidental gunshot wound to the face and later died"
                    + " at a hospital, police said.",
                Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(only("The girl has since died.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(only("The man later passed away at UK Medical Center.", Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(only("He passed away on Sunday.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(only("More details about Lavardo's death emerged.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(only("Officers mourned the boy's death.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(
            only(
                "He was taken to a hospital in Baton Rouge, where he has since been declared"
                    + " clinically dead.",
                Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(only("He was pronounced clinically dead.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(only("Police found Eva's parents dead in a bedroom.", Slot.FATALITIES)).isEqualTo(2);
    assertThat(
            only(
                "Kelcii Flintroy, Willie Norman and Christopher Chaney all died of gunshot wounds.",
                Slot.FATALITIES))
        .isEqualTo(3);
    assertThat(finder.find("The man was arrested and charged with murder.")).isEmpty();
    assertThat(finder.find("The family held a vigil on Sunday's anniversary.")).isEmpty();
  }

  @Test
  void countsANumberStandingForThePeopleToldOfBefore() {
    assertThat(
            only(
                "The autopsies showed that all four died from a single gunshot to the head.",
                Slot.FATALITIES))
        .isEqualTo(4);
    assertThat(only("Police said the two were wounded.", Slot.INJURIES)).isEqualTo(2);
    assertThat(finder.find("All four of the suspects fled.")).isEmpty();
  }

  @Test
  void aCountOverSeparateEventsIsNoEventsCount() {
    assertThat(finder.find("Two teenagers died early Thursday in separate incidents in Benbrook."))
        .isEmpty();
    assertThat(
            finder.find(
                "Two people are dead, and two others are wounded following several separate"
                    + " shootings overnight."))
        .isEmpty();
    assertThat(
            finder.find(
                "Charges were filed in two separate shooting cases of two children who shot"
                    + " themselves."))
        .isEmpty();
  }

  @Test
  void countsOnePersonInHospitalAsInjured() {
    // One wounded, alive when told: no one dead beside them (VictimAliveTest).
    assertOneAlive("An 18-year-old woman is in critical condition after she was hit at home.");
    assertThat(finder.find("The child is currently in stable but serious condition."))
        .extracting(Figure::slot, figure -> figure.quantity().stated())
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 0L));
    assertThat(only("A 7-year-old boy was struck and wounded by a bullet.", Slot.INJURIES))
        .isEqualTo(1);
    assertThat(only("Another child was hospitalized.", Slot.INJURIES)).isEqualTo(1);
    assertThat(finder.find("Velazquez suffered a minor hand injury."))
        .extracting(Figure::slot, figure -> figure.quantity().stated())
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 0L));
    assertThat(
            only("Bentley Michael Lenhart suffered a handgun wound to his abdomen.", Slot.INJURIES))
        .isEqualTo(1);
    assertOneAlive("By nightfall her father was listed in critical condition.");
    assertOneAlive("Staff confirmed she was in critical condition Monday morning.");
  }

  private void assertOneAlive(String sentence) {
    assertThat(finder.find(sentence))
        .as(sentence)
        .extracting(Figure::slot, figure -> figure.quantity().stated())
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 0L));
  }

  @Test
  void countsOnePersonInHospitalOrRecoveringAfterBeingShotAsInjured() {
    assertThat(
            only(
                "An 18-year-old female is in the hospital after being shot in the chest.",
                Slot.INJURIES))
        .isEqualTo(1);
    assertThat(only("The boy is recovering after being accidentally shot.", Slot.INJURIES))
        .isEqualTo(1);
    assertThat(only("He remains in a Tampa hospital after being shot twice.", Slot.INJURIES))
        .isEqualTo(1);
  }

  @Test
  void countsOnePersonHitByABulletOrGrazed() {
    assertThat(only("A 12-year-old girl was struck in the leg by a stray bullet.", Slot.INJURIES))
        .isEqualTo(1);
    assertThat(only("Deputies said the boy was hit in the shoulder.", Slot.INJURIES)).isEqualTo(1);
    assertThat(only("The bullet struck his 7-year-old sister in the arm.", Slot.INJURIES))
        .isEqualTo(1);
    assertThat(only("The gun went off, hitting his brother in the leg.", Slot.INJURIES))
        .isEqualTo(1);
    assertThat(only("A woman was grazed by a bullet.", Slot.INJURIES)).isEqualTo(1);
    assertThat(finder.find("A car struck the boy after the game.")).isEmpty();
    assertThat(finder.find("The man was hit with a bat.")).isEmpty();
  }

  @Test
  void countsOnePersonWoundedOrKilledAfterAComma() {
    assertThat(only("He fired at the car, wounding the driver.", Slot.INJURIES)).isEqualTo(1);
    assertThat(finder.find("He shot the clerk, critically wounding him."))
        .isNotEmpty()
        .allSatisfy(figure -> assertThat(figure.quantity().stated()).isEqualTo(1));
    // His wife is counted shot and dead: one dead, none injured once the shot less the dead.
    assertThat(finder.find("The man shot his wife, killing her."))
        .filteredOn(figure -> figure.slot() == Slot.FATALITIES)
        .singleElement()
        .satisfies(figure -> assertThat(figure.quantity().stated()).isEqualTo(1));
    assertThat(
            only(
                "One gun discharged, fatally injuring the person loading the muzzleloader.",
                Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(
            finder.find(
                "One gun discharged, fatally injuring the person loading the muzzleloader."))
        .noneMatch(figure -> figure.slot() == Slot.INJURIES);
  }

  @Test
  void aDayIsNoPersonOfAList() {
    assertThat(only("The shooting happened Saturday, but the victim died Monday.", Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(only("Police said the boy, who was shot Friday, died Sunday.", Slot.FATALITIES))
        .isEqualTo(1);
  }

  @Test
  void aHunterAndOneGunnedDownAreVictims() {
    assertThat(only("A hunter was accidentally killed.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(only("A man was gunned down outside a bar.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(only("A man was shot and died Sunday.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(only("Police shot a man who was armed with a knife.", Slot.INJURIES)).isEqualTo(1);
    assertThat(only("The boy accidentally shot his friend at home.", Slot.INJURIES)).isEqualTo(1);
  }

  @Test
  void countsOneMoreWoundedAfterACountOfTheDead() {
    assertThat(finder.find("Three people were killed and a fourth was wounded."))
        .extracting(Figure::slot, figure -> figure.quantity().stated())
        .containsExactly(tuple(Slot.FATALITIES, 3L), tuple(Slot.INJURIES, 1L));
  }

  @Test
  void countsTwoAShootingLeftDeadOrWounded() {
    assertThat(only("The shooting left a man and a woman dead.", Slot.FATALITIES)).isEqualTo(2);
    assertThat(only("The gunfire left his mother and his 5-year-old son wounded.", Slot.INJURIES))
        .isEqualTo(2);
  }

  @Test
  void countsAKillingOrShootingNamedByHowManyItStruck() {
    assertThat(only("Police are investigating a double homicide.", Slot.FATALITIES)).isEqualTo(2);
    assertThat(only("Police responded to a triple shooting on Elm Street.", Slot.INJURIES))
        .isEqualTo(3);
    assertThat(finder.find("Detectives have solved three double homicides this year.")).isEmpty();
    assertThat(
            finder.find(
                "The death follows a violent streak that includes a double homicide at the mall."))
        .isEmpty();
  }

  @Test
  void aWordBeforeACommaThatOpensTheSentenceIsNoVictim() {
    assertThat(finder.find("Inside, the victims were found dead."))
        .noneMatch(figure -> Long.valueOf(3).equals(figure.quantity().stated()));
    assertThat(only("Later, the man and the boy were found dead.", Slot.FATALITIES)).isEqualTo(2);
    assertThat(only("Smith, Jones and Brown were killed.", Slot.FATALITIES)).isEqualTo(3);
  }

  @Test
  void leavesOnePersonTakenToHospitalAfterBeingShotUncounted() {
    assertThat(finder.find("A man was taken to the hospital after being shot in the leg."))
        .noneMatch(figure -> figure.slot() == Slot.INJURIES);
  }

  @Test
  void countsOnePersonToldAsWoundedByAnAdjective() {
    assertThat(only("Police found a wounded 12-year-old girl calling 911.", Slot.INJURIES))
        .isEqualTo(1);
  }

  @Test
  void countsTheDeadToldBesideACount() {
    assertThat(
            only(
                "Two young boys are dead along with their father in an apparent murder-suicide.",
                Slot.FATALITIES))
        .isEqualTo(3);
    assertThat(
            only(
                "Michael, Connor, Jaeci and Kailey Westerhuis were shot dead along with their"
                    + " mother Nicole, 41, before flames engulfed the home.",
                Slot.FATALITIES))
        .isEqualTo(5);
  }

  @Test
  void readsADeceasedVictimAndOneMoreHurtWithoutANoun() {
    assertThat(only("One 6 year old victim was deceased at the scene.", Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(only("The suspect was pronounced deceased at the scene.", Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(finder.find("Three people were killed and another critically injured on Monday."))
        .extracting(Figure::slot, figure -> figure.quantity().stated())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Slot.FATALITIES, 3L),
            org.assertj.core.groups.Tuple.tuple(Slot.INJURIES, 1L));
  }

  @Test
  void aCountOverThePastFewDaysIsNoCountOfOne() {
    assertThat(
            finder.find(
                "Four teenagers have been shot in the Springfield area in the past three days,"
                    + " two fatally."))
        .isEmpty();
    assertThat(only("Two people were shot in the park on Sunday.", Slot.INJURIES)).isEqualTo(2);
  }

  @Test
  void aViolentWeekendsCountIsNoCountOfOneShooting() {
    assertThat(
            finder.find(
                "A violent weekend in Toledo sent six people to area hospitals with gunshot"
                    + " wounds."))
        .isEmpty();
    assertThat(
            finder.find(
                "The girl was one of several hurt in a bloody Labor Day weekend that left five"
                    + " people dead and 12 others hurt in 15 shootings across the city."))
        .extracting(figure -> figure.quantity().low())
        .doesNotContain(5L, 12L, 3L);
    assertThat(only("Three people were killed in the shooting at the mall.", Slot.FATALITIES))
        .isEqualTo(3);
  }

  @Test
  void countsTwoPeopleWhoDiedInHospital() {
    assertThat(
            only(
                "The man and the girl were rushed to an area hospital where they later died.",
                Slot.FATALITIES))
        .isEqualTo(2);
    assertThat(finder.find("The man and the girl were rushed to an area hospital.")).isEmpty();
  }

  @Test
  void readsFatallyShotAsADeathNotAnInjury() {
    assertThat(only("A 5-year-old boy was fatally shot in his home.", Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(only("A woman was found shot to death on Sunday.", Slot.FATALITIES)).isEqualTo(1);
  }

  @Test
  void countsANamedPersonWhoDied() {
    assertThat(only("Walter Smith died from the wound to his neck.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(
            only("Jo Lee, of the 100 block of Oak Street, was pronounced dead.", Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(only("The bullet struck Anderson, who died at the scene.", Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(only("Police say Joe Doe shot and killed 14-year-old Jane Roe.", Slot.FATALITIES))
        .isEqualTo(1);
  }

  @Test
  void leavesTheOneWhoShotUncounted() {
    // The neighbor is the one shot, and counted as shot; the man who shot is not.
    assertThat(finder.find("A man shot his neighbor after an argument."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.start()).isEqualTo(6));
    assertThat(finder.find("Police say Joe Doe shot and killed Saturday's victim.")).hasSize(1);
    assertThat(slots("The officer who shot and killed a 13-year-old was named."))
        .containsExactly(Slot.FATALITIES);
  }

  @Test
  void countsADeathToldOfOnePersonInOtherWords() {
    assertThat(only("A shooting left a 7-year-old girl dead.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(only("Police investigate the shooting death of a 68-year-old man.", Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(only("Officers are looking into the fatal shooting of a toddler.", Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(only("Doctors pronounced the boy dead.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(only("He was taken to a hospital, where he died.", Slot.FATALITIES)).isEqualTo(1);
    assertThat(only("She succumbed to her injuries on Monday.", Slot.FATALITIES)).isEqualTo(1);
  }

  @Test
  void readsPeopleShotAsHitAndTheFatallyShotAsDead() {
    String sentence = "Two people were shot, one fatally, police said.";

    assertThat(finder.find(sentence))
        .extracting(Figure::slot, figure -> figure.quantity().stated())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Slot.INJURIES, 2L),
            org.assertj.core.groups.Tuple.tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void countsTwoPeopleToldOfOneByOne() {
    assertThat(only("A man and a woman were shot and killed on Friday.", Slot.FATALITIES))
        .isEqualTo(2);
    assertThat(only("A girl and her mother were wounded.", Slot.INJURIES)).isEqualTo(2);
  }

  @Test
  void readsTheWoundsOnePersonSuffered() {
    assertThat(finder.find("A 16-year-old girl suffered minor injuries."))
        .extracting(Figure::slot, figure -> figure.quantity().stated())
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 0L));
    // Beside the one injured, wounds that are not life-threatening tell no one died.
    assertThat(finder.find("The boy is recovering from non-life-threatening wounds."))
        .extracting(Figure::slot, figure -> figure.quantity().stated())
        .containsExactly(tuple(Slot.INJURIES, 1L), tuple(Slot.FATALITIES, 0L));
    assertThat(only("The man suffered fatal gunshot wounds.", Slot.FATALITIES)).isEqualTo(1);
  }

  @Test
  void readsPeopleSentToHospitalAsInjured() {
    assertThat(only("The shooting sent 4 people to the hospital.", Slot.INJURIES)).isEqualTo(4);
    assertThat(only("Three men were hospitalized.", Slot.INJURIES)).isEqualTo(3);
  }

  @Test
  void countsNoOneInDaysOrShots() {
    assertThat(slots("She died two days after being shot.")).containsExactly(Slot.FATALITIES);
    assertThat(finder.find("Police heard three shots fired near the bar.")).isEmpty();
    assertThat(finder.find("The man was shot several times in the chest."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.quantity().stated()).isEqualTo(1L));
    assertThat(finder.find("The shooting two weeks ago shocked the town.")).isEmpty();
    assertThat(finder.find("He faces three charges after he accidentally shot his friend."))
        .extracting(figure -> figure.quantity().stated())
        .doesNotContain(3L);
  }

  @Test
  void countsEveryoneWhenClauseWordsStandBeforeTheCountWord() {
    assertThat(finder.find("Four people are recovering from gunshot wounds."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.group()).isNull());
    assertThat(finder.find("Officers found 3 victims with gunshot wounds."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.group()).isNull());
    assertThat(finder.find("Two police officers were wounded."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.group()).isEqualTo("police officers"));
  }

  @Test
  void readsEachClauseOfAListWithItsOwnCountWord() {
    String sentence =
        "One woman is dead, one person is listed in critical condition and two are being treated"
            + " for minor injuries.";

    assertThat(finder.find(sentence))
        .extracting(Figure::slot, figure -> figure.quantity().stated())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Slot.FATALITIES, 1L),
            // One in critical condition and two with minor injuries: three wounded, one count.
            org.assertj.core.groups.Tuple.tuple(Slot.INJURIES, 3L),
            // "in critical condition": alive, no one dead beside the one told (VictimAliveTest).
            org.assertj.core.groups.Tuple.tuple(Slot.FATALITIES, 0L));
  }

  @Test
  void countsOnePersonAsEveryoneNotAsAGroup() {
    assertThat(finder.find("One person was killed."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.group()).isNull());
  }

  @Test
  void countsVictimsKilledOneByOneAndTheShooterWhoThenTurnedTheGunOnHimself() {
    assertThat(
            only(
                "A woman shot and killed her 30-year-old daughter and two young grandchildren"
                    + " before turning the gun on herself.",
                Slot.FATALITIES))
        .isEqualTo(4);
    assertThat(
            only(
                "Police say Nilda Sheffield killed Elizabeth Flores and 7-year-old Xavier Neff and"
                    + " 2-year-old Sofia Chiddo.",
                Slot.FATALITIES))
        .isEqualTo(3);
    assertThat(
            only(
                "The woman, the man and the ten-month old child were pronounced dead at the scene.",
                Slot.FATALITIES))
        .isEqualTo(3);
    assertThat(
            only(
                "He killed her daughter, Meredith Jessie, and her father, Mark Weekly.",
                Slot.FATALITIES))
        .isEqualTo(2);
    // A name after its noun, with the age before it, is the same person.
    assertThat(
            finder.find(
                "Police say he shot and killed his friend, 63-year-old Daniel Caron, in the"
                    + " driveway of his parents' home."))
        .noneMatch(figure -> figure.quantity().stated() != null && figure.quantity().stated() > 1);
    assertThat(
            only(
                "He shot and killed his sons, ages 3 and 4, then turned the gun on himself.",
                Slot.FATALITIES))
        .isEqualTo(3);
    assertThat(only("Rachel Green and her young son were found shot to death.", Slot.FATALITIES))
        .isEqualTo(2);
    // A dash before the list is no one; the capitalised count still counts.
    assertThat(
            only(
                "WINNER, S.D. - Three boys and their father were shot dead at home Friday.",
                Slot.FATALITIES))
        .isEqualTo(4);
    // A day after the list, and other words for the shooter's suicide.
    assertThat(only("A man shot and killed his wife and two sons Saturday.", Slot.FATALITIES))
        .isEqualTo(3);
    assertThat(
            only(
                "A man shot and killed his wife and two sons Saturday before taking his own life.",
                Slot.FATALITIES))
        .isEqualTo(4);
    assertThat(
            only(
                "She killed her husband and her mother and then committed suicide.",
                Slot.FATALITIES))
        .isEqualTo(3);
  }

  @Test
  void countsTheKillerWhoKilledThenHimselfWithHisVictims() {
    // The group of his victims stays; the whole toll is a new count.
    assertThat(
            finder.find("He killed three relatives and then himself.").stream()
                .filter(figure -> figure.slot() == Slot.FATALITIES)
                .map(figure -> figure.quantity().stated()))
        .containsExactly(3L, 4L);
  }

  @Test
  void aDeathByItsOrdinalIsTheToll() {
    assertThat(
            only(
                "A third person has died from injuries suffered in the shooting.", Slot.FATALITIES))
        .isEqualTo(3);
    assertThat(only("The second victim died Tuesday.", Slot.FATALITIES)).isEqualTo(2);
  }

  @Test
  void aCountOverSeveralShootingsIsNoneOfTheirs() {
    assertThat(
            finder.find(
                "Police are investigating two shootings Monday that resulted in the deaths of two"
                    + " men."))
        .noneMatch(figure -> figure.slot() == Slot.FATALITIES);
  }

  @Test
  void readsTheFateToldBeforeWhoItBefell() {
    assertThat(only("Also wounded were four patrons, police said.", Slot.INJURIES)).isEqualTo(4);
    assertThat(only("Killed were two brothers and a cousin.", Slot.FATALITIES)).isEqualTo(3);
    assertThat(only("Injured were a 45-year-old man and a 43-year-old woman.", Slot.INJURIES))
        .isEqualTo(2);
    // Only the fate that opens a sentence: here "injured" says who, not how many.
    assertThat(finder.find("He said the injured were customers of the bar.")).isEmpty();
  }

  @Test
  void readsADeathToldAsAStateOrByTheKillingsAdjective() {
    assertThat(only("The 13-year-old girl is brain dead, police said.", Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(only("Deputies are investigating a deadly shooting on Elm Street.", Slot.FATALITIES))
        .isEqualTo(1);
    assertThat(finder.find("Deputies are investigating a deadly shooting on Elm Street."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.quantity().hedge()).isEqualTo(Hedge.AT_LEAST));
    assertThat(finder.find("Deadly shootings are up this year.")).isEmpty();
  }

  @Test
  void aCountOverAPeriodIsNoCountOfTheEvent() {
    assertThat(
            finder.find(
                "Police say there have been 131 people wounded or killed by gunshots in the city so"
                    + " far this year."))
        .isEmpty();
    assertThat(finder.find("There have been a reported 104 people shot in Toledo this year."))
        .isEmpty();
    assertThat(
            only(
                "Two people were killed Saturday, the city's 50th homicide this year.",
                Slot.FATALITIES))
        .isEqualTo(2);
  }

  @Test
  void readsTheInjuredWhoLaterDiedAsTheWoundedWhoDied() {
    for (String sentence :
        List.of(
            "One of the injured later died.",
            "One of the wounded died at the hospital.",
            "Police said one of those wounded later died.")) {
      assertThat(finder.find(sentence))
          .as(sentence)
          .singleElement()
          .satisfies(
              figure -> {
                assertThat(figure.slot()).isEqualTo(Slot.FATALITIES);
                assertThat(figure.quantity().stated()).isEqualTo(1L);
                assertThat(figure.group()).isEqualTo(EventFigures.WOUNDED_WHO_DIED);
              });
    }
    assertThat(finder.find("Two of the injured have since died."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.quantity().stated()).isEqualTo(2L))
        .satisfies(figure -> assertThat(figure.group()).isEqualTo(EventFigures.WOUNDED_WHO_DIED));
  }

  @Test
  void oneOfTheVictimsWhoDiedOfTheirWoundsIsOneOfTheWoundedWhoDied() {
    for (String sentence :
        List.of(
            "One of the gunshot victims has died from her injuries.",
            "One of the victims later died of his wounds.",
            "One of the shooting victims succumbed to his injuries on Tuesday.")) {
      assertThat(finder.find(sentence))
          .as(sentence)
          .singleElement()
          .satisfies(
              figure -> {
                assertThat(figure.slot()).isEqualTo(Slot.FATALITIES);
                assertThat(figure.quantity().stated()).isEqualTo(1L);
                assertThat(figure.group()).isEqualTo(EventFigures.WOUNDED_WHO_DIED);
              });
    }
    // Dead at the scene: one of the victims, not of the wounded.
    assertThat(finder.find("One of the victims died at the scene."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.group()).isEqualTo("victims"));
  }

  @Test
  void oneOfTheVictimsOrOfTheDeadIsNoDeathOfTheWounded() {
    assertThat(finder.find("One of the victims was 12.")).isEmpty();
    assertThat(finder.find("One of the dead was the gunman.")).isEmpty();
  }
}
