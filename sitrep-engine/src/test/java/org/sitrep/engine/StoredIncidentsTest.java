package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Incident;
import org.sitrep.model.Refusal;
import org.sitrep.model.Report;
import org.sitrep.store.IncidentFilter;
import org.sitrep.testkit.Corpus;

class StoredIncidentsTest {
  @TempDir Path dir;

  private static List<Path> seeds() throws IOException {
    try (var files = Files.list(Corpus.seeds())) {
      return files.sorted().toList();
    }
  }

  @Test
  void ingestingInTwoIncrementsGivesTheIncidentsOfResolvingAllAtOnce() throws IOException {
    List<Path> seeds = seeds();
    try (Engine stored = Engine.open(EngineConfig.defaults(dir.resolve("store")));
        Engine memory = Engine.open(EngineConfig.defaults(dir.resolve("unused")))) {
      IngestSummary first = stored.ingest(seeds.subList(0, 2), ProgressListener.none());
      List<Incident> afterFirst = stored.store().incidents(IncidentFilter.ALL);
      IngestSummary second = stored.ingest(seeds.subList(2, 5), ProgressListener.none());
      List<Refusal> refused = new ArrayList<>();
      Resolution atOnce = memory.resolve(seeds, refused::add);

      assertThat(refused).isEmpty();
      assertThat(first.extracted()).isEqualTo(2);
      assertThat(first.incidents()).isEqualTo(afterFirst.size()).isPositive();
      assertThat(second.extracted()).isEqualTo(3);
      assertThat(stored.store().incidentsCurrent()).isTrue();
      List<Incident> incidents = stored.store().incidents(IncidentFilter.ALL);
      assertThat(incidents).hasSize(second.incidents());
      assertThat(incidents.stream().map(Incident::id))
          .containsExactlyElementsOf(atOnce.incidents().stream().map(Incident::id).toList());
      assertThat(incidents).isEqualTo(atOnce.incidents());
    }
  }

  @Test
  void aStoredReportIsTheReportExtractionMade() throws IOException {
    List<Extraction> extractions = new ArrayList<>();
    try (Engine engine = Engine.open(EngineConfig.defaults(dir.resolve("store")))) {
      engine.extract(List.of(Corpus.seed("000")), true, extractions::add);
      engine.ingest(List.of(Corpus.seed("000")), ProgressListener.none());

      Report made = extractions.get(0).report();
      Report stored = engine.store().report(made.document().id()).orElseThrow();
      assertThat(made.events()).isNotEmpty();
      assertThat(stored.events()).isEqualTo(made.events());
      assertThat(stored.annotated()).isEqualTo(made.annotated());
    }
  }

  @Test
  void reingestingExtractsNothingAndKeepsTheIncidents() throws IOException {
    try (Engine engine = Engine.open(EngineConfig.defaults(dir.resolve("store")))) {
      engine.ingest(List.of(Corpus.seeds()), ProgressListener.none());
      List<Incident> before = engine.store().incidents(IncidentFilter.ALL);

      IngestSummary again = engine.ingest(List.of(Corpus.seeds()), ProgressListener.none());

      assertThat(again.extracted()).isZero();
      assertThat(again.duplicates()).isEqualTo(5);
      assertThat(engine.store().incidents(IncidentFilter.ALL)).isEqualTo(before);
      assertThat(again.incidents()).isEqualTo(before.size());
    }
  }

  @Test
  void documentsIngestedWithoutEventsGetTheirReportWhenReadAgainWithEvents() throws IOException {
    try (Engine engine = Engine.open(EngineConfig.defaults(dir.resolve("store")))) {
      IngestSummary plain = engine.ingest(List.of(Corpus.seeds()), false, ProgressListener.none());
      boolean reportBefore = engine.store().report("000_1a8844c8cb8c56bb.txt").isPresent();

      IngestSummary full = engine.ingest(List.of(Corpus.seeds()), ProgressListener.none());

      assertThat(plain.incidents()).isEqualTo(-1);
      assertThat(plain.extracted()).isZero();
      assertThat(reportBefore).isFalse();
      assertThat(full.added()).isZero();
      assertThat(full.extracted()).isEqualTo(5);
      assertThat(engine.store().report("000_1a8844c8cb8c56bb.txt")).isPresent();
      assertThat(full.incidents()).isPositive();
    }
  }
}
