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
 * hour of a breaking report. Each case is a short report written for it.
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
}
