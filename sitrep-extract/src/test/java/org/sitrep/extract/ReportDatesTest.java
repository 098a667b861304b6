package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.event.Trigger;
import org.sitrep.extract.time.EventDater;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentQuality;
import org.sitrep.model.EventDate;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeExpression;

/** Days of a report's sentences read with the time expressions a tagger would give them. */
class ReportDatesTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2016, 2, 2);

  /** One sentence of a report, with its time expressions as words of it and their values. */
  private record Told(String text, List<String> days, List<String> values) {}

  /** The report of {@code sentences}, one paragraph each, and its days as told. */
  private static final class Report {
    final AnnotatedDocument annotated;
    final List<ToldSentence> told = new ArrayList<>();

    Report(Told... sentences) {
      StringBuilder text = new StringBuilder();
      List<Sentence> parts = new ArrayList<>();
      List<TimeExpression> times = new ArrayList<>();
      List<List<TimeExpression>> bySentence = new ArrayList<>();
      for (Told sentence : sentences) {
        int start = text.length();
        text.append(sentence.text());
        parts.add(new Sentence(parts.size(), start, text.length(), List.of(), List.of()));
        List<TimeExpression> own = new ArrayList<>();
        for (int i = 0; i < sentence.days().size(); i++) {
          String day = sentence.days().get(i);
          int at = start + sentence.text().indexOf(day);
          own.add(
              new TimeExpression(
                  day, at, at + day.length(), "DATE", sentence.values().get(i), parts.size() - 1));
        }
        times.addAll(own);
        bySentence.add(own);
        text.append("\n\n");
      }
      Document document =
          new Document(
              "report",
              "hash",
              "report",
              null,
              null,
              null,
              PublicationDate.of(PUBLISHED, DateEvidence.INPUT, "test"),
              "en",
              text.toString(),
              text.toString(),
              OffsetMap.identity(),
              DocumentQuality.CLEAN);
      annotated = new AnnotatedDocument(document, parts, List.of(), times, "test");
      for (int i = 0; i < parts.size(); i++) {
        told.add(new ToldSentence(parts.get(i), sentences[i].text(), bySentence.get(i), PUBLISHED));
      }
    }

    ReportDates dates() {
      return new ReportDates(annotated, new EventDater());
    }
  }

  @Test
  void aDayWithinTheMonthTheEventHasIsItsLikelyDayHoweverLongAgo() {
    Report report =
        new Report(
            new Told(
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
    Report report =
        new Report(
            new Told("A 15-year-old boy was shot and killed.", List.of(), List.of()),
            new Told(
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
