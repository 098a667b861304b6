package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.engine.InventedReports.shootingDays;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.Report;

/**
 * The day of a report's shooting when the report tells it without naming the day outright: by the
 * hour of a breaking report, a lead in the present, a span of months, a death's day, "the night
 * before". Each case is a short report written for it.
 */
class DayOfTheNewsTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  @Test
  void anHourWithoutADayIsThePublicationDay() throws IOException {
    Report report =
        reports.read(
            "hour-without-a-day",
            "date 2016-03-04\n"
                + "SPRINGFIELD, Ill. - A 19-year-old man was shot and killed at a home on Elm"
                + " Street. The shooting happened around 2:15 a.m., police said.\n");

    assertThat(shootingDays(report)).containsExactly(LocalDate.of(2016, 3, 4));
  }

  @Test
  void aDayTheReportNamesComesBeforeTheHour() throws IOException {
    Report report =
        reports.read(
            "day-before-the-hour",
            "date 2016-03-04\n"
                + "SPRINGFIELD, Ill. - A 19-year-old man was shot and killed at a home on Elm"
                + " Street around 11 p.m.\n\n"
                + "His mother said he had come home from work Wednesday just before the shots.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 3, 2));
  }

  @Test
  void theHourOfAnArrestDatesNothing() throws IOException {
    Report report =
        reports.read(
            "hour-of-an-arrest",
            "date 2016-03-04\n"
                + "SPRINGFIELD, Ill. - A man accused of shooting his neighbor was booked into the"
                + " county jail at 3 a.m.\n");

    assertThat(shootingDays(report)).isEmpty();
  }

  @Test
  void monthsAgoIsAMonthThatADayOfItNarrows() throws IOException {
    Report report =
        reports.read(
            "months-ago",
            "date 2015-09-10\n"
                + "MORRISON, Ill. - A teen was given probation Thursday for accidentally shooting"
                + " and killing his best friend 18 months ago.\n\n"
                + "He was charged with reckless conduct for accidentally shooting John Doe, 15, in"
                + " the chest on March 1, 2014, while handling a gun at his home.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2014, 3, 1));
  }

  @Test
  void aDeathsDayNarrowsTheWeekendOfTheShooting() throws IOException {
    Report report =
        reports.read(
            "death-in-the-weekend",
            "date 2014-08-05\n"
                + "MIAMI - A teen has been charged in the shooting death of another teen over the"
                + " weekend.\n\n"
                + "John Doe, 13, died from a gunshot wound Sunday night just blocks from his"
                + " home.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2014, 8, 3));
  }

  @Test
  void theNightBeforeIsTheDayBeforeTheSentencesDay() throws IOException {
    Report report =
        reports.read(
            "the-night-before",
            "date 2016-07-24\n"
                + "BASTROP, Texas - Residents of an apartment complex awoke Sunday morning to find"
                + " the remnants of a bloody shooting the night before still outside their"
                + " doors.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 7, 23));
  }

  @Test
  void aLeadInThePresentIsThePublicationDaysNews() throws IOException {
    Report report =
        reports.read(
            "dead-after-a-shooting",
            "date 2016-12-10\n"
                + "A man is dead after a shooting in Mountain View, Missouri. Police say John Doe"
                + " died from a gunshot wound to the chest at a home.\n");

    assertThat(shootingDays(report)).containsExactly(LocalDate.of(2016, 12, 10));
  }

  @Test
  void aLeadInThePresentGivesWayToTheDayTheReportNames() throws IOException {
    Report report =
        reports.read(
            "dead-after-a-shooting-on-friday",
            "date 2016-12-10\n"
                + "A man is dead after a shooting in Mountain View, Missouri. Police say John Doe"
                + " was shot Friday night at a home.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 12, 9));
  }
}
