package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.engine.InventedReports.first;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventFigures;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;

/**
 * One shooting told in words a reader takes for one event, which extraction had split in two: the
 * day went to one account and the dead to another, so a report read alone had a shooting without
 * its day. Each case is a short report written for it.
 */
class OneShootingTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  private static List<EventMention> shootings(Report report) {
    return report.events().stream().filter(e -> e.subtype() == SubEventType.ATTACK).toList();
  }

  private static List<LocalDate> days(EventMention event) {
    return SeedEventsTest.values(event, Slot.DATE, EventDate.class).stream()
        .map(EventDate::value)
        .toList();
  }

  @Test
  void theDeadOfAShootingAreNotTheDeadOfTheArrestBesideIt() throws IOException {
    Report report =
        reports.read(
            "dead-beside-arrest",
            "date 2016-06-29\n"
                + "ROCKFORD, Ill. - A 15-year-old boy was fatally wounded and a neighbor was"
                + " arrested in a shooting late Tuesday night on the city's west side.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);
    EventMention arrest = first(report, SubEventType.ARRESTS);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(1L);
    assertThat(days(shooting)).containsExactly(LocalDate.of(2016, 6, 28));
    assertThat(EventFigures.fatalities(arrest).best()).isNull();
  }

  @Test
  void arrestRecordsAreNoArrest() throws IOException {
    Report report =
        reports.read(
            "arrest-records",
            "date 2016-11-16\n"
                + "LAFAYETTE, La. - A father was charged after his 2-year-old son was shot in the"
                + " arm by an older brother.\n\n"
                + "According to arrest records, the shooting happened outside a grocery store"
                + " around 6:40 p.m. Tuesday.\n");

    assertThat(report.events()).noneMatch(e -> e.subtype() == SubEventType.ARRESTS);
    assertThat(days(first(report, SubEventType.ATTACK))).contains(LocalDate.of(2016, 11, 15));
  }

  @Test
  void aDayBesideTheSecondWordForTheShootingDatesTheOneShooting() throws IOException {
    Report report =
        reports.read(
            "second-word",
            "date 2016-03-01\n"
                + "Police are searching for whoever is responsible for the shooting of an"
                + " 8-year-old girl who was struck by a stray bullet in her Camden home Monday.\n");

    List<EventMention> shootings = shootings(report);

    assertThat(shootings).hasSize(1);
    assertThat(days(shootings.get(0))).containsExactly(LocalDate.of(2016, 2, 29));
  }

  @Test
  void aShootingOfAnotherYearStaysAnotherShooting() throws IOException {
    Report report =
        reports.read(
            "other-year",
            "date 2016-03-01\n"
                + "Police are searching for the gunman in the shooting of a Camden man near the"
                + " park where a girl was struck by a stray bullet on June 4, 2012.\n");

    assertThat(shootings(report)).hasSize(2);
  }

  @Test
  void fightingForHerLifeAndPlayFightingAreNoClashes() throws IOException {
    Report report =
        reports.read(
            "no-clash",
            "date 2016-08-22\n"
                + "A 5-year-old boy is fighting for his life after his uncle shot him Sunday in"
                + " Macon, Georgia. His cousins had been play fighting in the yard.\n");

    assertThat(report.events()).noneMatch(e -> e.subtype() == SubEventType.ARMED_CLASH);
    assertThat(days(first(report, SubEventType.ATTACK))).containsExactly(LocalDate.of(2016, 8, 21));
  }

  @Test
  void aStationsCreditLineIsNotTheScene() throws IOException {
    Report report =
        reports.read(
            "station-credit",
            "date 2016-08-22\n"
                + "By Pat Smith\n\nWKRN - Nashville\n\n"
                + "A woman was shot and killed Sunday during a domestic dispute in Alabama, police"
                + " said.\n\nOfficers found her body in an apartment in Florence.\n");

    assertThat(SeedEventsTest.values(first(report, SubEventType.ATTACK), Slot.PLACE, Place.class))
        .extracting(Place::name)
        .containsExactly("Florence");
  }

  @Test
  void theDayOfACourtAppearanceDatesNoShooting() throws IOException {
    Report report =
        reports.read(
            "court-appearance",
            "date 2016-05-11\n"
                + "DAYTON, Ohio - A father who was arrested in the death of a 3-year-old girl who"
                + " shot herself with his pistol made his first court appearance Thursday.\n");

    assertThat(report.events()).allMatch(e -> days(e).isEmpty());
  }

  @Test
  void aDayOfTheMonthAReportFirstGaveDatesTheSameShooting() throws IOException {
    Report report =
        reports.read(
            "month-then-day",
            "date 2016-05-11\n"
                + "DAYTON, Ohio - Police say a 3-year-old girl found a pistol in her father's car"
                + " and fatally shot herself last month.\n\n"
                + "The shooting happened on April 20 just after 8 p.m. on Salem Avenue.\n");

    List<EventMention> shootings = shootings(report);

    assertThat(shootings).hasSize(1);
    assertThat(days(shootings.get(0)).get(0)).isEqualTo(LocalDate.of(2016, 4, 20));
  }

  @Test
  void aWeekendIsItsSaturdayAndSundayNotTheWeekAfter() throws IOException {
    Report report =
        reports.read(
            "weekend",
            "date 2016-01-19\n"
                + "SPRINGFIELD, Ill. - A 3-year-old boy shot himself in the hand early Tuesday"
                + " morning at his home.\n\n"
                + "A 15-year-old was shot and killed by his brother at their home last"
                + " weekend.\n");

    List<EventMention> shootings = shootings(report);

    assertThat(shootings).hasSize(2);
    assertThat(SeedEventsTest.values(shootings.get(1), Slot.DATE, EventDate.class))
        .extracting(EventDate::value, EventDate::lastDay)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2016, 1, 16), LocalDate.of(2016, 1, 17)));
  }

  @Test
  void aShootingOfABareYearLongAgoIsNotTheUndatedShootingOfTheNews() throws IOException {
    Report report =
        reports.read(
            "bare-year",
            "date 2016-10-31\n"
                + "Police on Monday identified the man wanted in the shooting of three men outside"
                + " a bar in Trenton, New Jersey.\n\n"
                + "He has several prior arrests, including one in 2007 for a shooting in"
                + " Camden.\n");

    List<EventMention> shootings = shootings(report);

    assertThat(shootings).hasSize(2);
    assertThat(shootings.get(0).background()).isFalse();
    assertThat(days(shootings.get(0))).isEmpty();
    assertThat(shootings.get(1).background()).isTrue();
  }

  @Test
  void theDayAStateHeldAsOfIsNoDayOfTheShooting() throws IOException {
    Report report =
        reports.read(
            "as-of",
            "date 2016-07-06\n"
                + "A man was accidentally shot and killed at a gun range in Sarasota, Florida.\n\n"
                + "As of Wednesday afternoon, a fund for his family had raised $30,000.\n");

    assertThat(days(first(report, SubEventType.ATTACK))).isEmpty();
  }
}
