package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.event.Trigger;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.SubEventType;

/** Days of a report's sentences read with the time expressions a tagger would give them. */
class ReportDatesTest {
  @Test
  void aDayWithinTheMonthTheEventHasIsItsLikelyDayHoweverLongAgo() {
    HandAnnotated.Report report =
        new HandAnnotated.Report(
            new HandAnnotated.Told(
                "Lamar Doe, 30, died at the scene on Jan. 16.",
                List.of("Jan. 16"),
                List.of("2016-01-16")));
    EventDate lastMonth = new EventDate(LocalDate.of(2016, 1, 1), DatePrecision.MONTH, "2016-01");

    assertThat(report.dates().likelyDay(report.told.get(0), lastMonth))
        .hasValueSatisfying(
            day ->
                assertThat(((EventDate) day.value()).value()).isEqualTo(LocalDate.of(2016, 1, 16)));
    // Seventeen days before publication is past the reach of a day told without the event.
    assertThat(report.dates().likelyDay(report.told.get(0))).isEmpty();
    EventDate december = new EventDate(LocalDate.of(2015, 12, 1), DatePrecision.MONTH, "2015-12");
    assertThat(report.dates().likelyDay(report.told.get(0), december)).isEmpty();
  }

  @Test
  void theCallAboutTheShootingIsItsScene() {
    HandAnnotated.Report report =
        new HandAnnotated.Report(
            new HandAnnotated.Told("A 15-year-old boy was shot and killed.", List.of(), List.of()),
            new HandAnnotated.Told(
                "That call came in at 5:45 p.m. Friday.",
                List.of("5:45 p.m. Friday"),
                List.of("2016-01-29T17:45")));
    EventDraft draft =
        new EventDraft(
            16, 20, new Trigger(16, 20, SubEventType.ATTACK, Trigger.Mood.FACTUAL, false), null);

    report.dates().dateFromScene(draft, report.told.get(1));

    assertThat(draft.date()).extracting(EventDate::value).isEqualTo(LocalDate.of(2016, 1, 29));
  }
}
