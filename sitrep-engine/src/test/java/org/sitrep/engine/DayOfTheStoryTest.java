package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.engine.InventedReports.days;
import static org.sitrep.engine.InventedReports.first;
import static org.sitrep.engine.InventedReports.shootingDays;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.EventMention;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * The day of a report's shooting told beside it: in a sentence of the killing without a word for
 * the shooting, in a sentence of what came after it, or not at all (a statement's day, a holiday
 * that names a period). Each case is a short report written for it.
 */
class DayOfTheStoryTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  @Test
  void aSentenceOfTheKillingGivesItsDayWeeksBefore() throws IOException {
    Report report =
        reports.read(
            "killed-on-july-18",
            "date 2015-08-03\n"
                + "LAKELAND, Fla. - A judge denied bond Monday for a woman charged with killing her"
                + " father and her daughter.\n\n"
                + "Detectives said Jane Doe killed the girl and her father, John Roe, 50, on July"
                + " 18.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2015, 7, 18));
  }

  @Test
  void aDayOfDetailsNotGivenDatesNothing() throws IOException {
    Report report =
        reports.read(
            "no-more-details",
            "date 2016-07-28\n"
                + "SALT LAKE CITY - A man shot his 8-year-old son before shooting himself, police"
                + " said.\n\n"
                + "Police did not provide more details Wednesday about the weapon.\n");

    assertThat(shootingDays(report)).isEmpty();
  }

  @Test
  void aPossessiveDayNamesTheEventsDay() throws IOException {
    Report report =
        reports.read(
            "tuesdays-incident",
            "date 2016-07-28\n"
                + "SALT LAKE CITY - A man shot his 8-year-old son before shooting himself, police"
                + " said.\n\n"
                + "On Thursday, police identified those involved in Tuesday's tragic incident as"
                + " John Doe, 8, and his father, Jim Doe, 46.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 7, 26));
  }

  @Test
  void aLongPastIncidentIsNotTheUndatedShooting() throws IOException {
    Report report =
        reports.read(
            "long-past-incident",
            "date 2016-11-30\n"
                + "WASHINGTON - Police have identified a man connected to the shooting death of a"
                + " 16-year-old girl.\n\n"
                + "Court records show that in August 2014, John Doe opened fire on a cookout, and"
                + " six people were wounded in the incident.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);
    assertThat(shooting.background()).isFalse();
    assertThat(days(shooting)).isEmpty();
  }

  @Test
  void aHolidayThatNamesAPeriodIsNotTheDay() throws IOException {
    Report report =
        reports.read(
            "thanksgiving-holiday",
            "date 2016-11-30\n"
                + "WASHINGTON - Police have identified a man connected to the shooting death of a"
                + " 16-year-old girl.\n\n"
                + "Jane Doe was home from school and enjoying the Thanksgiving holiday when she was"
                + " killed last Friday morning on I Street.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 11, 25));
  }

  @Test
  void aGatheringToPrayDatesNothing() throws IOException {
    Report report =
        reports.read(
            "gathered-to-pray",
            "date 2015-12-24\n"
                + "POPLAR BLUFF, Mo. - Members of the community gathered Tuesday evening at the"
                + " high school to offer prayers for a student wounded by an accidental gunshot.\n");

    assertThat(shootingDays(report)).isEmpty();
  }

  @Test
  void theDayTheDeadWereFoundIsTheShootingsEvenInAFollowUp() throws IOException {
    Report report =
        reports.read(
            "found-dead-on-thursday",
            "date 2015-08-28\n"
                + "SPRINGVILLE, Ind. - The prosecutor's office has released information regarding"
                + " the woman and two children found dead in a farmhouse on Thursday.\n\n"
                + "Autopsy results show that both children died from gunshot wounds.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2015, 8, 27));
  }

  @Test
  void theDayAGunWasGotIsNotTheShots() throws IOException {
    Report report =
        reports.read(
            "gun-dropped-off",
            "date 2016-01-14\n"
                + "BRADENTON, FL - A teenager was playing with a gun someone dropped off at her home"
                + " yesterday when the firearm accidentally discharged on Thursday afternoon. She"
                + " suffered a minor hand injury.\n");

    assertThat(shootingDays(report))
        .doesNotContain(LocalDate.of(2016, 1, 13))
        .contains(LocalDate.of(2016, 1, 14));
  }
}
