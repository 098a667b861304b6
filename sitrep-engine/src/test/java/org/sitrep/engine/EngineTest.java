package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testkit.Corpus;

class EngineTest {
  @TempDir Path dir;

  private Engine engine(String store) {
    return Engine.open(EngineConfig.defaults(dir.resolve(store)));
  }

  @Test
  void ingestingInIncrementsGivesTheSameStoreAsAllAtOnce() throws IOException {
    List<Path> seeds;
    try (var files = Files.list(Corpus.seeds())) {
      seeds = files.sorted().toList();
    }
    try (Engine whole = engine("whole");
        Engine parts = engine("parts")) {
      whole.ingest(List.of(Corpus.seeds()), ProgressListener.none());
      parts.ingest(seeds.subList(0, 2), ProgressListener.none());
      parts.ingest(seeds.subList(2, 5), ProgressListener.none());
      parts.ingest(seeds.subList(1, 3), ProgressListener.none());

      assertThat(parts.store().documents()).isEqualTo(whole.store().documents());
      assertThat(whole.store().documentCount()).isEqualTo(5);
    }
  }

  @Test
  void countsNewDuplicateAndRefusedInputs() throws IOException {
    Path inputs = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        inputs.resolve("a.txt"), "Gunmen killed three people at a checkpoint on Monday.");
    Files.writeString(
        inputs.resolve("b.txt"), "Gunmen killed three people at a checkpoint on Monday.");
    Files.writeString(inputs.resolve("c.txt"), "");
    try (Engine engine = engine("store")) {
      IngestSummary summary = engine.ingest(List.of(inputs), ProgressListener.none());

      assertThat(summary.read()).isEqualTo(2);
      assertThat(summary.added()).isEqualTo(1);
      assertThat(summary.duplicates()).isEqualTo(1);
      assertThat(summary.refused())
          .singleElement()
          .satisfies(refusal -> assertThat(refusal.input()).endsWith("c.txt"));
      assertThat(engine.store().refusals()).hasSize(1);
    }
  }

  @Test
  void extractsJsonLinesFromAStreamInOrder() {
    String lines =
        "{\"id\": \"one\", \"text\": \"A mortar shell killed two children in the camp.\"}\n"
            + "not json\n"
            + "{\"id\": \"three\", \"text\": \"Soldiers arrested four suspects after the raid.\"}\n";
    List<Extraction> results = new ArrayList<>();
    try (Engine engine = engine("unused")) {
      engine.extract(
          new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), false, results::add);
    }

    assertThat(results).extracting(Extraction::input).containsExactly("one", "stdin:2", "three");
    assertThat(results.get(1).isRefused()).isTrue();
    assertThat(Files.exists(dir.resolve("unused"))).as("extract uses no store").isFalse();
  }
}
