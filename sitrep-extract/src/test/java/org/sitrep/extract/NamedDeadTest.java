package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.figure.Figure;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;

class NamedDeadTest {
  private static final LocalDate DAY = LocalDate.of(2015, 3, 10);

  private static NamedDead.Victim victim(String name, int start, int end) {
    return new NamedDead.Victim(name, new Span("doc", start, end), false);
  }

  private static Claim dead(Quantity quantity, int start, int end) {
    return new Claim(
        Slot.FATALITIES, quantity, null, new Span("doc", start, end), Attribution.REPORTER, DAY);
  }

  private static Figure oneDead(int start, int end) {
    return new Figure(Slot.FATALITIES, Quantity.exact(1), null, false, start, end);
  }

  private static EntityMention person(String text, int start) {
    return new EntityMention("PERSON", text, start, start + text.length(), null, 0);
  }

  @Test
  void twoNamedDeadToldApartAreTwoDeaths() {
    List<NamedDead.Victim> victims =
        List.of(victim("Jaxon Reed", 100, 137), victim("Morgan Reed", 10, 30));
    List<Claim> claims =
        List.of(dead(Quantity.exact(1), 10, 30), dead(Quantity.exact(1), 100, 137));

    assertThat(NamedDead.total(victims, claims, List.of("Jaxon Reed", "Morgan Reed"), DAY))
        .hasValueSatisfying(
            claim -> {
              assertThat(claim.value()).isEqualTo(Quantity.exact(2));
              assertThat(claim.evidence()).isEqualTo(new Span("doc", 10, 137));
            });
  }

  @Test
  void aCountOfTheReportThatCoversTheNamedAddsNothing() {
    List<NamedDead.Victim> victims =
        List.of(victim("Jaxon Reed", 100, 137), victim("Morgan Reed", 200, 230));
    List<Claim> claims = List.of(dead(Quantity.exact(2), 0, 20), dead(Quantity.exact(1), 100, 137));

    assertThat(NamedDead.total(victims, claims, List.of(), DAY)).isEmpty();
  }

  @Test
  void aNameInsideAnotherIsTheSamePerson() {
    assertThat(NamedDead.distinct(List.of("Reed", "Jaxon Reed"), List.of("Jaxon Reed")))
        .isEqualTo(1);
    assertThat(NamedDead.distinct(List.of("Jaxon Reed", "Morgan Reed"), List.of())).isEqualTo(2);
  }

  @Test
  void aGivenNameAndASurnameOfOneFullNameAreOnePerson() {
    List<String> report = List.of("Joshua Guzman", "Raul Guzman", "Joshua", "Guzman");

    assertThat(NamedDead.distinct(List.of("Joshua", "Guzman"), report)).isEqualTo(1);
  }

  @Test
  void aSurnameSharedByTwoNamesCountsNoOne() {
    List<String> report = List.of("Jaxon Reed", "Morgan Reed");

    assertThat(NamedDead.distinct(List.of("Jaxon Reed", "Reed"), report)).isEqualTo(1);
  }

  @Test
  void aNamedDeathByAnotherCauseIsNotCounted() {
    List<NamedDead.Victim> victims =
        List.of(
            victim("Jaxon Reed", 0, 30),
            new NamedDead.Victim("Dale Reed", new Span("doc", 50, 70), true),
            victim("Reed", 80, 95),
            victim("Dale Reed", 120, 140));
    List<Claim> claims = List.of(dead(Quantity.exact(1), 0, 30));

    assertThat(NamedDead.total(victims, claims, List.of("Jaxon Reed", "Dale Reed"), DAY)).isEmpty();
    assertThat(NamedDead.otherCause("Dale Reed, 60, died in a car crash hours later.")).isTrue();
  }

  @Test
  void aDeathOfAnotherTimeIsAnotherCause() {
    assertThat(NamedDead.otherCause("The previous month, Jo Doe, 15, was shot and killed."))
        .isTrue();
    assertThat(NamedDead.otherCause("Jo Doe, 15, died Tuesday of her injuries.")).isFalse();
  }

  @Test
  void theNamedSubjectOfADeathIsItsVictim() {
    String sentence = "Jaxon Reed, 6, was pronounced dead at the scene.";

    assertThat(NamedDead.nameOf(oneDead(0, 34), sentence, List.of(person("Jaxon Reed", 40)), 40))
        .hasValue("Jaxon Reed");
    assertThat(NamedDead.nameOf(oneDead(0, 34), sentence, List.of(person("he", 40)), 40)).isEmpty();
  }

  @Test
  void aNameSetBesideTheSubjectOfADeathIsItsVictim() {
    String sentence = "The neighbor, 64-year-old Ron Keller, died at the scene.";
    int name = sentence.indexOf("Ron Keller");

    assertThat(
            NamedDead.nameOf(
                oneDead(0, sentence.indexOf(" at")),
                sentence,
                List.of(person("Ron Keller", 40 + name)),
                40))
        .hasValue("Ron Keller");
  }

  @Test
  void theKinOfANamedPersonIsNotThatPerson() {
    String sentence = "The grandson of Illinois U.S. Rep. Jo Reed was fatally shot.";
    int name = sentence.indexOf("Jo Reed");

    assertThat(
            NamedDead.nameOf(
                oneDead(name, sentence.length() - 1),
                sentence,
                List.of(person("Jo Reed", name)),
                0))
        .isEmpty();
  }

  @Test
  void theKillerTheSentenceOpensWithIsTheOneWhoKilledHimself() {
    String sentence =
        "Husband and father Jo Doe, 41, shot his wife before he turned the gun on himself.";
    List<EntityMention> persons = List.of(person("Jo Doe", 19));

    assertThat(NamedDead.ownDeathOf(sentence, persons, 0)).hasValue("Jo Doe");
  }

  @Test
  void aDeathOnlyTriedOrToldBySomeoneElseNamesNoDeadKiller() {
    String tried = "Jo Doe, 41, shot his wife and then tried killing himself.";
    String told = "Jo Doe told police that her husband had killed himself.";

    assertThat(NamedDead.ownDeathOf(tried, List.of(person("Jo Doe", 0)), 0)).isEmpty();
    assertThat(NamedDead.ownDeathOf(told, List.of(person("Jo Doe", 0)), 0)).isEmpty();
  }

  @Test
  void aCountNamesItsDeadOnlyWhenItNamesThemAll() {
    String sentence =
        "Police said Al Roe, 9, and Bo Roe, 7, were shot dead along with their mother.";
    List<EntityMention> persons = List.of(person("Al Roe", 12), person("Bo Roe", 27));
    Figure two = new Figure(Slot.FATALITIES, Quantity.exact(2), null, false, 12, 52);
    Figure three = new Figure(Slot.FATALITIES, Quantity.exact(3), null, false, 12, 76);

    assertThat(NamedDead.namesOf(two, sentence, persons, 0)).containsExactly("Al Roe", "Bo Roe");
    assertThat(NamedDead.namesOf(three, sentence, persons, 0)).isEmpty();
  }

  @Test
  void peopleFoundDeadAreNamedUnlessSomeoneWasFoundAlive() {
    String dead = "Officers found Neil Carver, 39, and Jenna Carver, 10, dead upstairs.";
    String alive = "Officers found Rita Carver alive and Jenna Carver dead upstairs.";

    assertThat(
            NamedDead.foundDead(
                dead, List.of(person("Neil Carver", 15), person("Jenna Carver", 36)), 0))
        .containsExactly("Neil Carver", "Jenna Carver");
    assertThat(
            NamedDead.foundDead(
                alive, List.of(person("Rita Carver", 15), person("Jenna Carver", 37)), 0))
        .isEmpty();
  }
}
