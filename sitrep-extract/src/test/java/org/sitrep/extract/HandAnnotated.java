package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.time.EventDater;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentQuality;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;

/**
 * Invented reports annotated by hand: sentences, one paragraph each, with the time expressions a
 * tagger would give them (no tokens, no entities).
 */
final class HandAnnotated {
  static final LocalDate PUBLISHED = LocalDate.of(2016, 2, 2);

  private HandAnnotated() {}

  /** One sentence of a report, with its time expressions as words of it and their values. */
  record Told(String text, List<String> days, List<String> values) {}

  /** The report of {@code sentences}, one paragraph each, and its days as told. */
  static final class Report {
    final AnnotatedDocument annotated;
    final List<ToldSentence> told = new ArrayList<>();

    Report(Told... sentences) {
      this(PUBLISHED, sentences);
    }

    Report(LocalDate published, Told... sentences) {
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
              PublicationDate.of(published, DateEvidence.INPUT, "test"),
              "en",
              text.toString(),
              text.toString(),
              OffsetMap.identity(),
              DocumentQuality.CLEAN);
      annotated = new AnnotatedDocument(document, parts, List.of(), times, "test");
      for (int i = 0; i < parts.size(); i++) {
        told.add(new ToldSentence(parts.get(i), sentences[i].text(), bySentence.get(i), published));
      }
    }

    ReportDates dates() {
      return new ReportDates(annotated, new EventDater());
    }
  }
}
