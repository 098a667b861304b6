package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.engine.InventedReports.first;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;

/**
 * The day of a report's shooting told in sentences that have no word for it: a day within the week
 * or the month the shooting was first given. Each case is a short report written for it.
 */
class DayOfTheStoryTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  /** The days the event's date claims give, its own date first. */
  private static List<LocalDate> days(EventMention event) {
    return SeedEventsTest.values(event, Slot.DATE, EventDate.class).stream()
        .map(EventDate::value)
        .toList();
  }

  private static List<LocalDate> shootingDays(Report report) {
    return days(first(report, SubEventType.ATTACK));
  }

  @Test
  void aDayWithinTheMonthNarrowsIt() throws IOException {
    Report report =
        reports.read(
            "month-then-day",
            "date 2016-11-23\n"
                + "Authorities have ruled the shooting death earlier this month of a 40-year-old"
                + " man outside a motel an accident.\n\n"
                + "The coroner's office said John Doe was killed Nov. 10 when a pistol he carried"
                + " in his bag fell to the pavement.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 11, 10));
  }

  @Test
  void aDayWithinTheWeekNarrowsIt() throws IOException {
    Report report =
        reports.read(
            "week-then-day",
            "date 2015-09-26\n"
                + "Investigators believe a farm family whose house went up in flames last week died of"
                + " gunshot wounds.\n\n"
                + "The couple and their two sons were thought to have died in a fire on Sept. 17"
                + " at their house outside town.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2015, 9, 17));
  }

  @Test
  void aDayOfWhatCameAfterNarrowsNothing() throws IOException {
    Report report =
        reports.read(
            "week-then-vigil",
            "date 2015-09-26\n"
                + "Investigators believe a farm family whose house went up in flames last week died of"
                + " gunshot wounds.\n\n"
                + "Neighbors held a vigil on Sept. 18 outside the church.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2015, 9, 14));
  }

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
}
