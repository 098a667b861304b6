package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testkit.Corpus;

class IngestCommandTest {
  @TempDir Path dir;

  @Test
  void ingestingTheSameReportsTwiceChangesNothing() throws IOException {
    Path store = dir.resolve("store");

    CommandRun first =
        CommandRun.of("ingest", "--store", store.toString(), Corpus.seeds().toString());
    String listing = CommandRun.of("documents", "--store", store.toString()).out();
    long size = Files.size(store.resolve("sitrep.db"));
    CommandRun second =
        CommandRun.of("ingest", "--store", store.toString(), Corpus.seeds().toString());

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("read 5, new 5, duplicate 0, refused 0");
    assertThat(second.out())
        .contains("read 5, new 0, duplicate 5, refused 0")
        .contains("extracted 0, events 0");
    assertThat(CommandRun.of("documents", "--store", store.toString()).out()).isEqualTo(listing);
    assertThat(listing).contains("000_1a8844c8cb8c56bb.txt").contains("2021-08-30");
    assertThat(Files.size(store.resolve("sitrep.db"))).isGreaterThan(0).isEqualTo(size);
  }

  @Test
  void withoutEventsStoresTheDocumentsOnly() {
    Path store = dir.resolve("store");

    CommandRun run =
        CommandRun.of(
            "ingest", "--no-events", "--store", store.toString(), Corpus.seeds().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("read 5, new 5").doesNotContain("extracted");
    assertThat(CommandRun.of("incidents", "--store", store.toString()).out())
        .contains("0 incidents");
  }

  @Test
  void storesTheGoodDocumentsOfABatchWithBadOnes() throws IOException {
    Path inputs = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        inputs.resolve("good.txt"), "A bomb killed four people in the city on Friday.");
    Files.writeString(inputs.resolve("empty.txt"), "");
    Files.writeString(
        inputs.resolve("lines.jsonl"),
        "{\"id\": \"x\", \"text\": \"Police arrested two men after the attack.\"}\n{broken\n");
    Path store = dir.resolve("store");

    CommandRun run = CommandRun.of("ingest", "--store", store.toString(), inputs.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).contains("read 2, new 2, duplicate 0, refused 2");
    assertThat(run.err()).contains("empty.txt").contains("lines.jsonl:2");
    assertThat(CommandRun.of("documents", "--store", store.toString()).out())
        .contains("good.txt")
        .contains("x ");
  }
}
