package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.engine.InventedReports.days;
import static org.sitrep.engine.InventedReports.first;
import static org.sitrep.engine.InventedReports.shootingDays;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;

/**
 * The day of a shooting as follow-ups, court stories and breaking reports tell it: beside the day
 * of an arrest (which keeps it) or a verdict, by the event's possessive, by an hour of a named
 * night or holiday, within a year or a month told first. Each case is a short report written for
 * it.
 */
class DayOfTheFollowUpTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  @Test
  void theDayOfAnArrestIsTheArrestsNotTheShootings() throws IOException {
    Report report =
        reports.read(
            "arrested-friday",
            "date 2016-03-15\n"
                + "Police arrested two men Friday in the shooting death of a 15-year-old girl who"
                + " was killed while sitting on her porch earlier this month. The girl was shot on"
                + " the night of March 5 by someone in a passing car, police said.\n");

    assertThat(shootingDays(report))
        .startsWith(LocalDate.of(2016, 3, 5))
        .doesNotContain(LocalDate.of(2016, 3, 11));
    assertThat(days(first(report, SubEventType.ARRESTS)))
        .containsExactly(LocalDate.of(2016, 3, 11));
  }

  @Test
  void aDayBesideAnArrestAfterTheShootingIsTheArrests() throws IOException {
    Report report =
        reports.read(
            "shot-thursday-arrested-friday",
            "date 2016-05-21\n"
                + "The shooting death of a 16-year-old boy in Queens on Thursday is being"
                + " investigated as an accident, and the man believed to have fired the fatal shot"
                + " was arrested on Friday. Police say the boy was shot in his apartment.\n");

    assertThat(report.events())
        .filteredOn(event -> event.subtype() == SubEventType.ATTACK)
        .hasSize(1);
    assertThat(shootingDays(report)).containsExactly(LocalDate.of(2016, 5, 19));
    assertThat(days(first(report, SubEventType.ARRESTS)))
        .containsExactly(LocalDate.of(2016, 5, 20));
  }

  @Test
  void aDayOfThatYearIsOfTheYearToldBefore() throws IOException {
    Report report =
        reports.read(
            "july-19-of-that-year",
            "date 2016-02-10\n"
                + "The two cousins had quarreled since the spring of 2014. A man shot and killed his"
                + " cousin on July 19 of that year at a family reunion in a park, prosecutors"
                + " said.\n");

    assertThat(shootingDays(report)).containsExactly(LocalDate.of(2014, 7, 19));
  }

  @Test
  void theShootingAnArrestFollowedWeeksAgoIsTheReportsSubject() throws IOException {
    Report report =
        reports.read(
            "arrested-march-18",
            "date 2016-04-12\n"
                + "Police say a 20-year-old man was arrested Monday at the county jail in connection"
                + " with the shooting death of a 15-year-old boy at a home on the east side on March"
                + " 18. The boy was shot in the chest.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);
    assertThat(days(shooting)).containsExactly(LocalDate.of(2016, 3, 18));
    assertThat(shooting.background()).isFalse();
    assertThat(days(first(report, SubEventType.ARRESTS)))
        .containsExactly(LocalDate.of(2016, 4, 11));
  }

  @Test
  void theDayAfterTheShootingAnArrestFollowedIsTheShootings() throws IOException {
    Report report =
        reports.read(
            "arrested-after-he-shot",
            "date 2016-01-19\n"
                + "A 17-year-old was arrested and booked on two charges after he accidentally shot a"
                + " 15-year-old boy while showing off a pistol in the yard of his home Monday night,"
                + " the sheriff said.\n");

    assertThat(shootingDays(report)).containsExactly(LocalDate.of(2016, 1, 18));
  }

  @Test
  void theDayOfAVerdictIsNotTheShootings() throws IOException {
    Report report =
        reports.read(
            "jury-on-wednesday",
            "date 2017-06-15\n"
                + "A jury on Wednesday convicted a 29-year-old man of murder in the shooting death of"
                + " a convenience store owner. Prosecutors said the man shot the owner during a"
                + " robbery.\n");

    assertThat(shootingDays(report)).isEmpty();
  }

  @Test
  void aPossessiveDayIsTheEventsInASentenceOfARuling() throws IOException {
    Report report =
        reports.read(
            "ruled-sundays-shooting",
            "date 2016-10-12\n"
                + "The medical examiner has ruled Sunday's fatal shooting of a 28-year-old man a"
                + " homicide. The man was found shot in a car on Baker Street.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 10, 9));
  }

  @Test
  void aPossessiveDayOfAHomicideIsItsDay() throws IOException {
    Report report =
        reports.read(
            "tuesdays-homicide",
            "date 2016-11-10\n"
                + "Police have released the names of two men killed in Tuesday's double homicide on"
                + " Hawthorne Street. Both men were shot multiple times inside a home.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 11, 8));
  }

  @Test
  void lastNightIsTheDayBeforePublication() throws IOException {
    Report report =
        reports.read(
            "last-night",
            "date 2016-10-11\n"
                + "A man was killed last night in a drive-by shooting on the north side, police"
                + " said.\n");

    assertThat(shootingDays(report)).containsExactly(LocalDate.of(2016, 10, 10));
  }

  @Test
  void aHolidaysMorningIsTheHolidayNotThePublicationDay() throws IOException {
    Report report =
        reports.read(
            "new-years-morning",
            "date 2017-01-03\n"
                + "A man was shot on New Year's morning outside a party on Bay Street, police said."
                + " He was shot in the shoulder at about 1:30 a.m.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2017, 1, 1));
  }

  @Test
  void aSpeakersLastNightDatesNothing() throws IOException {
    Report report =
        reports.read(
            "quoted-last-night",
            "date 2016-10-30\n"
                + "Three people were wounded in a shooting outside a lounge. \"My cousin got shot"
                + " last night,\" said his relative on Monday.\n");

    assertThat(shootingDays(report)).doesNotContain(LocalDate.of(2016, 10, 29));
  }

  @Test
  void aWrittenDayJoinedToAnAgeIsTheShootings() throws IOException {
    Report report =
        reports.read(
            "age-on-april-9",
            "date 2016-04-19\n"
                + "The man sought in the fatal shooting outside a Main Street bar turned himself in"
                + " to police Friday. Investigators say he shot a 22-year-old on April 9 after a"
                + " fight inside the bar.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 4, 9));
  }

  @Test
  void aWeekAgoSaturdayIsTheSaturdayBeforeLast() throws IOException {
    Report report =
        reports.read(
            "a-week-ago-saturday",
            "date 2016-03-14\n"
                + "Two men were charged Friday in a shooting a week ago Saturday that killed a"
                + " 20-year-old man outside a convenience store.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 3, 5));
  }

  @Test
  void anHourOfAMonthWrittenShortNamesItsDay() throws IOException {
    Report report =
        reports.read(
            "hour-of-jan-4",
            "date 2017-01-12\n"
                + "A 34-year-old man was shot around 9 p.m. Jan. 4 outside a tavern on Elm Street,"
                + " and detectives are still looking for the gunman.\n");

    assertThat(shootingDays(report)).containsExactly(LocalDate.of(2017, 1, 4));
  }

  @Test
  void aDayOfTheYearToldFirstNarrowsTheYear() throws IOException {
    Report report =
        reports.read(
            "in-a-2014-shooting",
            "date 2016-02-18\n"
                + "A jury on Wednesday convicted a man of murder in a 2014 shooting outside a"
                + " nightclub. The bouncer, 27, was shot on August 9, 2014, as he stood at the"
                + " door.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2014, 8, 9));
  }

  @Test
  void aDayOfTheMonthToldFirstNarrowsTheMonth() throws IOException {
    Report report =
        reports.read(
            "earlier-this-month-may-6",
            "date 2016-05-20\n"
                + "Police are still searching for the gunman who shot a pizza delivery driver"
                + " earlier this month. The driver was wounded on May 6 while making a delivery on"
                + " Oak Street.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 5, 6));
  }

  @Test
  void aWeekdayOfAMonthWrittenAfterItIsThatMonth() throws IOException {
    Report report =
        reports.read(
            "friday-in-mid-july",
            "date 2016-08-25\n"
                + "On a rainy Friday afternoon in mid-July, the teens were playing with a handgun at"
                + " a townhouse when a single shot rang out. It struck a 16-year-old boy in the"
                + " chest, killing him. A 15-year-old is now charged with manslaughter.\n");

    EventDate date = shootingDate(report);
    assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(date.value()).isEqualTo(LocalDate.of(2016, 7, 1));
  }

  @Test
  void aWeekdayOfAMonthTakenInOneExpressionIsThatMonth() throws IOException {
    Report report =
        reports.read(
            "saturday-night-in-early-march",
            "date 2017-03-29\n"
                + "Her brother was shot to death outside a corner store on a Saturday night in early"
                + " March, and nobody has been charged. She keeps his photo by the door.\n");

    EventDate date = shootingDate(report);
    assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(date.value()).isEqualTo(LocalDate.of(2017, 3, 1));
  }

  @Test
  void aWeekdayOfAMonthOfAWrittenYearIsThatMonthOfThatYear() throws IOException {
    Report report =
        reports.read(
            "sunday-in-june-2014",
            "date 2016-02-10\n"
                + "Jurors on Tuesday convicted a man of murder for shooting two brothers outside a"
                + " bowling alley on a Sunday night in June 2014. Both brothers died.\n");

    EventDate date = shootingDate(report);
    assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(date.value()).isEqualTo(LocalDate.of(2014, 6, 1));
  }

  @Test
  void theDayATrialBeganIsNotTheShootings() throws IOException {
    Report report =
        reports.read(
            "testimony-began",
            "date 2017-05-17\n"
                + "Testimony began Tuesday in the trial of a man accused of shooting a bus driver"
                + " to death on Oct. 2, 2015, in front of his passengers.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2015, 10, 2));
  }

  @Test
  void theHourAStorySetsItsSceneAtDatesTheShooting() throws IOException {
    Report report =
        reports.read(
            "it-was-10-20-pm-on-may-5",
            "date 2016-06-08\n"
                + "A 10-year-old girl was hit in the foot by a stray bullet in her bedroom. It was"
                + " 10:20 p.m. on May 5, a Thursday night. She and her brother were watching TV."
                + " Tuesday was a rare day off for her mother, who works long hours.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 5, 5));
  }

  @Test
  void theDayAGrandJuryMetIsNotTheShootings() throws IOException {
    Report report =
        reports.read(
            "grand-jury-thursday",
            "date 2016-09-13\n"
                + "Reports released Monday by the sheriff's office detail how a 3-year-old boy"
                + " fatally shot himself with his father's handgun. On Thursday, members of a grand"
                + " jury decided not to indict the parents.\n");

    assertThat(shootingDays(report)).doesNotContain(LocalDate.of(2016, 9, 8));
  }

  @Test
  void aMonthWrittenWithoutItsYearIsTheLastOneBeforePublication() throws IOException {
    Report report =
        reports.read(
            "the-july-killing-read-in-march",
            "date 2016-03-28\n"
                + "A man was charged Monday after police said his gun was used in the July killing"
                + " of a 7-year-old girl on her porch.\n");

    EventDate date = shootingDate(report);
    assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(date.value()).isEqualTo(LocalDate.of(2015, 7, 1));
  }

  @Test
  void theMorningAStoryOpensOnIsTheShootings() throws IOException {
    Report report =
        reports.read(
            "on-the-morning-of-july-14",
            "date 2016-09-13\n"
                + "Reports released Monday detail how a 3-year-old boy fatally shot himself with his"
                + " father's handgun. On the morning of July 14, the boy's father was building a"
                + " deck behind the family's home while his mother was upstairs with the baby.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 7, 14));
  }

  /** The date of the report's first shooting, with its precision. */
  private static EventDate shootingDate(Report report) {
    return SeedEventsTest.values(first(report, SubEventType.ATTACK), Slot.DATE, EventDate.class)
        .get(0);
  }
}
