package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.engine.InventedReports.shootingDays;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.Report;

/**
 * The day a headline gives its shooting, read when the text names none: a weekday or a holiday tied
 * to the shooting's word, the latest such day on or before publication. Each case is a short report
 * written for it (published Wednesday 12 October 2016).
 */
class HeadlineDayTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  private static Report report(String title, String text) {
    return reports.readLine(
        "{\"id\": \"h\", \"published\": \"2016-10-12\", \"title\": \""
            + title
            + "\", \"text\": \""
            + text
            + "\"}");
  }

  private static final String UNDATED =
      "A man was wounded in a shooting around 11 p.m. on Elm Street, police said. He was taken to"
          + " a hospital with a wound to his leg.";

  @Test
  void aWeekdayOfTheHeadlinesShootingDatesAnUndatedText() {
    assertThat(shootingDays(report("Man wounded in Monday night shooting", UNDATED)))
        .startsWith(LocalDate.of(2016, 10, 10));
    assertThat(shootingDays(report("Man shot early Sunday on Elm Street", UNDATED)))
        .startsWith(LocalDate.of(2016, 10, 9));
  }

  @Test
  void aHolidayOfTheHeadlinesShootingDatesAnUndatedText() {
    assertThat(shootingDays(report("Man wounded in Labor Day shooting", UNDATED)))
        .startsWith(LocalDate.of(2016, 9, 5));
  }

  @Test
  void aDayOfWhatCameAfterOrOfNoParticularWeekIsNoDayOfTheShooting() {
    assertThat(shootingDays(report("Man charged Tuesday in weekend shooting", UNDATED)))
        .doesNotContain(LocalDate.of(2016, 10, 11));
    assertThat(shootingDays(report("Man shot on a Saturday night, then left alone", UNDATED)))
        .doesNotContain(LocalDate.of(2016, 10, 8));
    assertThat(shootingDays(report("Man wounded in Thanksgiving weekend shooting", UNDATED)))
        .doesNotContain(LocalDate.of(2015, 11, 26));
  }

  @Test
  void theTextsOwnDayStands() {
    String dated = "A man was wounded in a shooting late Saturday on Elm Street, police said.";
    assertThat(shootingDays(report("Man wounded in Monday night shooting", dated)))
        .startsWith(LocalDate.of(2016, 10, 8))
        .doesNotContain(LocalDate.of(2016, 10, 10));
  }
}
