package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFiguresTest {
  private static final Span SPAN = new Span("doc", 0, 1);

  private static Claim claim(Slot slot, Quantity quantity, String group) {
    return new Claim(slot, quantity, group, SPAN, Attribution.REPORTER, LocalDate.of(2024, 1, 1));
  }

  private static EventMention event(Claim... claims) {
    return new EventMention("doc#0", SubEventType.ATTACK, SPAN, false, List.of(claims));
  }

  @Test
  void readsNoCasualtiesAsZeroDeadAndZeroInjured() {
    EventMention event = event(claim(Slot.CASUALTIES, Quantity.exact(0), null));

    assertThat(EventFigures.fatalities(event).best()).isZero();
  }

  @Test
  void leavesAnEventWithoutFiguresUnknown() {
    assertThat(EventFigures.fatalities(event()).isKnown()).isFalse();
  }

  @Test
  void addsAttackersCountedApartFromTheTotal() {
    EventMention event =
        event(
            claim(Slot.FATALITIES, Quantity.exact(2), null),
            claim(Slot.FATALITIES, Quantity.exact(1), EventFigures.ATTACKERS));

    assertThat(EventFigures.fatalities(event).best()).isEqualTo(3L);
  }

  @Test
  void sumsTheGroupsWhenThereIsNoTotal() {
    EventMention event =
        event(
            claim(Slot.FATALITIES, Quantity.exact(14), "soldiers"),
            claim(Slot.FATALITIES, Quantity.atLeast(20), "assailants"));

    assertThat(EventFigures.fatalities(event).best()).isEqualTo(34L);
  }

  @Test
  void defaultsTheAttackTypeFromTheSubEventType() {
    assertThat(event().attackType()).isEqualTo(AttackType.ARMED_ASSAULT);
  }

  private static Document document(String text) {
    return new Document(
        "doc",
        "hash",
        "doc",
        null,
        null,
        null,
        PublicationDate.unknown("none"),
        "en",
        text,
        text,
        OffsetMap.identity(),
        DocumentQuality.CLEAN);
  }

  private static Claim said(String text, String words, Slot slot) {
    return said(text, words, slot, Quantity.exact(1), null);
  }

  private static Claim said(String text, String words, Slot slot, Quantity quantity, String group) {
    int start = text.indexOf(words);
    return new Claim(
        slot,
        quantity,
        group,
        new Span("doc", start, start + words.length()),
        Attribution.REPORTER,
        LocalDate.of(2016, 7, 13));
  }

  @Test
  void aChildCriticallyInjuredWhoWasLaterPronouncedDeadIsNotInjuredToo() {
    String text =
        "A Marion County toddler who was critically injured in a shooting has died. The child was"
            + " pronounced dead at noon.";
    EventMention event =
        event(
            said(text, "toddler who was critically injured", Slot.INJURIES),
            said(text, "The child was pronounced dead", Slot.FATALITIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isZero();
  }

  @Test
  void anotherPersonWoundedStaysWounded() {
    String text = "A man was shot dead. Another man was wounded.";
    EventMention event =
        event(
            said(text, "A man was shot dead", Slot.FATALITIES),
            said(text, "Another man was wounded", Slot.INJURIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(1L);
  }

  @Test
  void theOtherOfTwoHitWhoDiedIsNotInjuredToo() {
    String text = "The gun fired and hit the other boy. The boy died at the hospital.";
    EventMention event =
        event(
            said(text, "hit the other boy", Slot.INJURIES),
            said(text, "The boy died", Slot.FATALITIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isZero();
  }

  @Test
  void aPersonHitByABulletWhoDiedIsNotInjuredToo() {
    String text = "The gun went off, hitting his brother in the leg. The boy died at the hospital.";
    EventMention event =
        event(
            said(text, "hitting his brother", Slot.INJURIES),
            said(text, "The boy died", Slot.FATALITIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isZero();
  }

  @Test
  void someoneAlsoShotBesideTheDeadIsWounded() {
    String text = "A man gunned down her son. The woman was also shot.";
    EventMention event =
        event(
            said(text, "gunned down her son", Slot.FATALITIES),
            said(text, "The woman was also shot", Slot.INJURIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(1L);
  }

  @Test
  void othersShotBesideTheDeadAreWounded() {
    String text = "One man was killed and three others were shot. One of the wounded later died.";
    Claim shot = said(text, "three others were shot", Slot.INJURIES, Quantity.exact(3), null);
    EventMention others = event(said(text, "One man was killed", Slot.FATALITIES), shot);
    EventMention oneDied =
        event(
            said(text, "One man was killed", Slot.FATALITIES),
            shot,
            said(
                text,
                "One of the wounded later died",
                Slot.FATALITIES,
                Quantity.exact(1),
                EventFigures.WOUNDED_WHO_DIED));

    assertThat(EventFigures.injuries(others, document(text)).best()).isEqualTo(3L);
    assertThat(EventFigures.fatalities(oneDied).best()).isEqualTo(2L);
    assertThat(EventFigures.injuries(oneDied, document(text)).best()).isEqualTo(2L);
  }

  @Test
  void morePeopleShotThanTheDeadAreWounded() {
    String text = "Three people were killed at the party. Five more people were shot.";
    EventMention more =
        event(
            said(text, "Three people were killed", Slot.FATALITIES, Quantity.exact(3), null),
            said(text, "Five more people were shot", Slot.INJURIES, Quantity.exact(5), null));
    // "More than" is a bound: those shot, of whom the dead are some.
    String bound = "Three people were killed at the party. More than five people were shot.";
    EventMention moreThan =
        event(
            said(bound, "Three people were killed", Slot.FATALITIES, Quantity.exact(3), null),
            said(
                bound,
                "More than five people were shot",
                Slot.INJURIES,
                Quantity.atLeast(6),
                null));

    assertThat(EventFigures.injuries(more, document(text)).best()).isEqualTo(5L);
    assertThat(EventFigures.injuries(moreThan, document(bound)).best()).isEqualTo(3L);
  }

  @Test
  void aKillingOfSomeoneNewIsNoDeathOfTheWounded() {
    String text = "The gunman killed a clerk and wounded a customer.";
    EventMention event =
        event(
            said(text, "killed a clerk", Slot.FATALITIES),
            said(text, "wounded a customer", Slot.INJURIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(1L);
  }

  @Test
  void aDeathToldByAPronounIsOfTheOneWounded() {
    String text = "A 16-year-old boy was critically wounded on Friday. He died at the hospital.";
    EventMention event =
        event(
            said(text, "A 16-year-old boy was critically wounded", Slot.INJURIES),
            said(text, "He died", Slot.FATALITIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isZero();
  }

  @Test
  void aDeathOfSomeoneNamedOtherwiseLeavesTheWoundedWounded() {
    String text = "A 16-year-old boy was critically wounded. A woman was pronounced dead.";
    EventMention event =
        event(
            said(text, "A 16-year-old boy was critically wounded", Slot.INJURIES),
            said(text, "A woman was pronounced dead", Slot.FATALITIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(1L);
  }

  private static Claim told(String text, String words, Slot slot, long count, String group) {
    int start = text.indexOf(words);
    return new Claim(
        slot,
        Quantity.exact(count),
        group,
        new Span("doc", start, start + words.length()),
        Attribution.REPORTER,
        LocalDate.of(2016, 7, 13));
  }

  @Test
  void oneOfTheInjuredWhoLaterDiedMovesFromTheInjuredToTheDead() {
    String text =
        "Two people were killed and three others were injured. One of the injured later died.";
    EventMention event =
        event(
            told(text, "Two people were killed", Slot.FATALITIES, 2, null),
            told(text, "three others were injured", Slot.INJURIES, 3, null),
            told(
                text,
                "One of the injured later died",
                Slot.FATALITIES,
                1,
                EventFigures.WOUNDED_WHO_DIED));

    assertThat(EventFigures.fatalities(event).best()).isEqualTo(3L);
    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(2L);
  }

  @Test
  void theWoundedCountedAgainAfterOneOfThemDiedAreTheInjured() {
    String text =
        "Three people are dead and another was injured. Two others had gunshot wounds. One of"
            + " them has died, while a woman remains in the hospital.";
    EventMention event =
        event(
            told(text, "Three people are dead", Slot.FATALITIES, 3, null),
            told(text, "another was injured", Slot.INJURIES, 1, null),
            told(text, "Two others had gunshot wounds", Slot.INJURIES, 2, null),
            told(text, "One of them has died", Slot.FATALITIES, 1, EventFigures.WOUNDED_WHO_DIED),
            told(text, "a woman remains in the hospital", Slot.INJURIES, 1, null));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(1L);
    assertThat(EventFigures.woundedTakenFromTheInjured(event, document(text))).isEqualTo(1L);
  }

  @Test
  void peopleTakenToAHospitalAreThoseHitLessTheDead() {
    String text = "Four people were taken to Mercy Medical Center. A 20-year-old man died there.";
    EventMention event =
        event(
            told(text, "Four people were taken to Mercy Medical Center", Slot.INJURIES, 4, null),
            told(text, "A 20-year-old man died", Slot.FATALITIES, 1, null));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(3L);
  }

  @Test
  void theWoundedCountedAgainAfterTheDeathsKeepTheLargerCount() {
    String text =
        "Four people were wounded. One of the wounded died. A man remains in critical condition.";
    EventMention event =
        event(
            told(text, "Four people were wounded", Slot.INJURIES, 4, null),
            told(
                text, "One of the wounded died", Slot.FATALITIES, 1, EventFigures.WOUNDED_WHO_DIED),
            told(text, "A man remains in critical condition", Slot.INJURIES, 1, null));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(3L);
  }

  @Test
  void aTollToldAfterTheWoundedWhoDiedAlreadyCountsThem() {
    String text =
        "Two people were killed and three others were injured. One of the injured later died,"
            + " bringing the death toll to three.";
    EventMention event =
        event(
            told(text, "Two people were killed", Slot.FATALITIES, 2, null),
            told(text, "three others were injured", Slot.INJURIES, 3, null),
            told(
                text,
                "One of the injured later died",
                Slot.FATALITIES,
                1,
                EventFigures.WOUNDED_WHO_DIED),
            told(text, "the death toll to three", Slot.FATALITIES, 3, null));

    assertThat(EventFigures.fatalities(event).best()).isEqualTo(3L);
    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(2L);
  }

  @Test
  void aCountOfPeopleToldFirstIsNotCappedByTheOnesToldOneByOne() {
    String text =
        "Two men died after a shooting Saturday. He died at the scene. He died later at a"
            + " hospital.";
    EventMention event =
        event(
            told(text, "Two men died", Slot.FATALITIES, 2, "men"),
            told(text, "He died at the scene", Slot.FATALITIES, 1, null),
            told(text, "He died later", Slot.FATALITIES, 1, null));

    assertThat(EventFigures.fatalities(event).best()).isEqualTo(2L);
  }

  @Test
  void aCountOfPeopleToldAfterTheOneDeadMayBeOfMoreThanThisEvent() {
    String text =
        "A man died after a shooting Saturday. He was the first of two teenagers killed over the"
            + " weekend.";
    EventMention event =
        event(
            told(text, "A man died", Slot.FATALITIES, 1, null),
            told(text, "two teenagers killed", Slot.FATALITIES, 2, "teenagers"));

    assertThat(EventFigures.fatalities(event).best()).isEqualTo(1L);
  }

  @Test
  void aPersonShotWhoCannotBeTheDeadIsWounded() {
    String text = "A 25-year-old man was shot to death. A 30-year-old woman was shot in the arm.";
    EventMention event =
        event(
            said(text, "A 25-year-old man was shot to death", Slot.FATALITIES),
            said(text, "A 30-year-old woman was shot", Slot.INJURIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(1L);
  }

  @Test
  void aPersonShotWhoMayBeOneOfTheDeadIsNotWounded() {
    String text = "A woman shot her son. The woman and her child died at the hospital.";
    EventMention several =
        event(
            said(text, "shot her son", Slot.INJURIES),
            told(text, "The woman and her child died", Slot.FATALITIES, 2, null));
    String pronoun = "A woman was shot in the arm. She died at the hospital.";
    EventMention she =
        event(
            said(pronoun, "A woman was shot", Slot.INJURIES),
            said(pronoun, "She died", Slot.FATALITIES));

    assertThat(EventFigures.injuries(several, document(text)).best()).isZero();
    assertThat(EventFigures.injuries(she, document(pronoun)).best()).isZero();
  }

  @Test
  void theOneWoundedNamedAsOneOfSeveralDeadIsNotInjuredToo() {
    String text =
        "A man shot his 8-year-old son and then himself in a murder-suicide. Officers found the"
            + " child injured. Two people were killed and a woman was injured.";
    EventMention murderSuicide =
        event(
            told(text, "shot his 8-year-old son and then himself", Slot.FATALITIES, 2, null),
            said(text, "the child injured", Slot.INJURIES));
    EventMention another =
        event(
            told(text, "Two people were killed", Slot.FATALITIES, 2, null),
            said(text, "a woman was injured", Slot.INJURIES));

    assertThat(EventFigures.injuries(murderSuicide, document(text)).best()).isZero();
    assertThat(EventFigures.injuries(another, document(text)).best()).isEqualTo(1L);
  }

  @Test
  void aGrownUpShotBesideAChildWhoDiedIsWounded() {
    String text =
        "Officers found a 56-year-old who had been shot in the leg and a child who had died.";
    EventMention event =
        event(
            said(text, "a 56-year-old who had been shot", Slot.INJURIES),
            said(text, "a child who had died", Slot.FATALITIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(1L);
  }

  @Test
  void aSecondVictimShotIsWoundedBesideTheDead() {
    String text = "Doe and a second victim were shot. Doe died at the scene.";
    EventMention event =
        event(
            said(text, "a second victim were shot", Slot.INJURIES),
            said(text, "Doe died", Slot.FATALITIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(1L);
  }

  @Test
  void theWoundedOfAnotherSexThanTheOneDeadStaysWounded() {
    String text =
        "A man shot his ex-girlfriend and then killed himself. She is in serious condition.";
    EventMention event =
        event(
            said(text, "killed himself", Slot.FATALITIES),
            said(text, "She is in serious condition", Slot.INJURIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(1L);
  }

  @Test
  void aWoundingWithinACountOfTheDeadTellsNoDeathOfTheWounded() {
    String text =
        "He killed a woman and wounded her son before killing himself. The son is in stable"
            + " condition.";
    EventMention event =
        event(
            said(
                text,
                "killed a woman and wounded her son before killing himself",
                Slot.FATALITIES,
                Quantity.exact(2),
                null),
            said(text, "The son is in stable condition", Slot.INJURIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(1L);
  }

  @Test
  void peopleShotAndWoundedAreWoundedNotOnlyHit() {
    String text = "He shot and wounded his wife. A neighbor shot the husband. The husband died.";
    EventMention event =
        event(
            said(text, "shot and wounded his wife", Slot.INJURIES),
            said(text, "shot the husband", Slot.INJURIES),
            said(text, "The husband died", Slot.FATALITIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(1L);
  }

  @Test
  void theOneToldAliveIsOneOfThoseShot() {
    String text = "Four people were shot. A 30-year-old man is in critical condition.";
    EventMention event =
        event(
            said(text, "Four people were shot", Slot.INJURIES, Quantity.exact(4), null),
            said(text, "A 30-year-old man is in critical condition", Slot.INJURIES));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(4L);
  }

  @Test
  void oneGroupToldInThePluralAndTheSingularIsNotSummed() {
    String text = "Two men were shot. One man was shot in the leg.";
    EventMention event =
        event(
            said(text, "Two men were shot", Slot.INJURIES, Quantity.exact(2), "men"),
            said(text, "One man was shot", Slot.INJURIES, Quantity.exact(1), "man"));

    assertThat(EventFigures.injuries(event, document(text)).best()).isEqualTo(2L);
  }
}
