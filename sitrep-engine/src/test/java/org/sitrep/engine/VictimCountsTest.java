package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.EventFigures;
import org.sitrep.model.EventMention;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * Who was killed and who was hurt, read over a whole short report in the phrasings US local news
 * uses every day ("shot four people, killing two", "The suspect was shot and killed by officers. An
 * officer was wounded.").
 */
class VictimCountsTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  private static List<EventMention> attacks(Report report) {
    return report.events().stream()
        .filter(event -> event.subtype() == SubEventType.ATTACK)
        .toList();
  }

  @Test
  void aParticipleAfterTheShootingTellsItsTollNotAnotherEvent() throws IOException {
    Report report =
        reports.read(
            "killing-two",
            "date 2016-05-13\n"
                + "SPRINGFIELD, Ill. - A gunman shot four people, killing two, Saturday night.\n");

    List<EventMention> attacks = attacks(report);

    assertThat(attacks).hasSize(1);
    assertThat(EventFigures.fatalities(attacks.get(0)).best()).isEqualTo(2L);
    assertThat(EventFigures.injuries(attacks.get(0), report.document()).best()).isEqualTo(2L);
  }

  @Test
  void aDeathToldOnADayBeforeTheShootingIsAnotherEvents() throws IOException {
    Report report =
        reports.read(
            "earlier-death",
            "date 2015-03-21\n"
                + "Two men are recovering after being shot Friday night in central Toledo, police"
                + " said.\n\n"
                + "It was the second weekend in a row of gun violence in the city; a man was killed"
                + " on Halstead Street last Saturday.\n");

    EventMention shooting = attacks(report).get(0);

    assertThat(EventFigures.fatalities(shooting).best()).isNull();
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(2L);
  }

  @Test
  void aDeathToldOnADayAfterTheShootingIsItsOwn() throws IOException {
    Report report =
        reports.read(
            "later-death",
            "date 2015-03-23\n"
                + "A man was shot Friday night on Dorr Street in Toledo, police said.\n\n"
                + "He died of his wounds Sunday at the hospital.\n");

    EventMention shooting = attacks(report).get(0);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(1L);
  }

  @Test
  void aSuspectKilledIsNotTheOfficerWounded() throws IOException {
    Report report =
        reports.read(
            "suspect-officer",
            "date 2016-05-13\n"
                + "SPRINGFIELD, Ill. - The suspect was shot and killed by officers Saturday night."
                + " An officer was wounded.\n");

    EventMention shooting = attacks(report).get(0);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(1L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(1L);
  }

  @Test
  void peopleSufferingFromGunshotWoundsAreThoseShot() throws IOException {
    Report report =
        reports.read(
            "suffering-from",
            "date 2016-05-13\n"
                + "SPRINGFIELD, Ill. - Police found three people suffering from gunshot wounds"
                + " Saturday night; one was pronounced dead at the scene.\n");

    EventMention shooting = attacks(report).get(0);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(1L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(2L);
  }

  @Test
  void oneKilledAndAnotherOfTheSameWordWoundedAreTwoPeople() throws IOException {
    Report report =
        reports.read(
            "boy-and-boy",
            "date 2016-05-13\n"
                + "SPRINGFIELD, Ill. - A 17-year-old boy was killed and a 15-year-old boy wounded"
                + " in a shooting Saturday night.\n");

    EventMention shooting = attacks(report).get(0);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(1L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(1L);
  }

  @Test
  void oneShotWhoHasDiedLeavesNoOneInjured() throws IOException {
    Report report =
        reports.read(
            "shot-has-died",
            "date 2016-05-13\n"
                + "SPRINGFIELD, Ill. - A 15-year-old boy who was shot Saturday night has died.\n");

    EventMention shooting = attacks(report).get(0);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(1L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isZero();
  }

  @Test
  void oneOfTwoShotWhoDiedLeavesTheOtherInjured() throws IOException {
    Report report =
        reports.read(
            "pair-shot",
            "date 2016-05-13\n"
                + "SPRINGFIELD, Ill. - A man and a woman were shot Saturday night. The man died at"
                + " the scene.\n");

    EventMention shooting = attacks(report).get(0);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(1L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(1L);
  }

  @Test
  void aGunmanWhoKilledAndShotsFiredIntoACarAreShootings() throws IOException {
    Report gunman =
        reports.read(
            "gunman-killed",
            "date 2016-05-13\n"
                + "SPRINGFIELD, Ill. - A gunman killed two people at a bar Saturday night.\n");
    Report into =
        reports.read(
            "fired-into",
            "date 2016-05-13\n"
                + "SPRINGFIELD, Ill. - A 15-year-old boy was wounded Saturday night when someone"
                + " fired into his car.\n");

    assertThat(attacks(gunman)).hasSize(1);
    assertThat(EventFigures.fatalities(attacks(gunman).get(0)).best()).isEqualTo(2L);
    assertThat(attacks(into)).hasSize(1);
    assertThat(EventFigures.injuries(attacks(into).get(0), into.document()).best()).isEqualTo(1L);
  }

  @Test
  void noOneElseInjuredLeavesNoInjuredBesideTheDead() throws IOException {
    Report report =
        reports.read(
            "no-one-else",
            "date 2016-05-13\n"
                + "SPRINGFIELD, Ill. - A man was shot and killed Saturday night. No one else was"
                + " injured.\n");
    Report shotTwo =
        reports.read(
            "no-one-else-two-shot",
            "date 2016-05-13\n"
                + "SPRINGFIELD, Ill. - Two men were shot Saturday night. One of them died. No one"
                + " else was injured.\n");

    EventMention shooting = attacks(report).get(0);
    EventMention two = attacks(shotTwo).get(0);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(1L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isZero();
    assertThat(EventFigures.fatalities(two).best()).isEqualTo(1L);
    assertThat(EventFigures.injuries(two, shotTwo.document()).best()).isEqualTo(1L);
  }

  @Test
  void aWoundThatIsNotLifeThreateningLeavesNoDead() throws IOException {
    Report report =
        reports.read(
            "not-life-threatening",
            "date 2016-05-13\n"
                + "SPRINGFIELD, Ill. - A man was shot in the leg Saturday night. His injuries are"
                + " not life-threatening.\n");
    Report killed =
        reports.read(
            "killed-and-not-life-threatening",
            "date 2016-05-13\n"
                + "SPRINGFIELD, Ill. - Two men were shot Saturday night, one fatally. The other"
                + " man's injuries are not life-threatening.\n");

    EventMention shooting = attacks(report).get(0);

    assertThat(EventFigures.fatalities(shooting).best()).isZero();
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(1L);
    assertThat(EventFigures.fatalities(attacks(killed).get(0)).best()).isEqualTo(1L);
    assertThat(EventFigures.injuries(attacks(killed).get(0), killed.document()).best())
        .isEqualTo(1L);
  }
}
