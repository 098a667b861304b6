package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.EventMention;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * Short reports written for a test, each read through the whole flow (CoreNLP's entities and times)
 * by one engine whose store lives in the test's folder.
 */
final class InventedReports implements AutoCloseable {
  private final Path folder;
  private final Engine engine;

  InventedReports(Path folder) {
    this.folder = folder;
    this.engine = Engine.open(EngineConfig.defaults(folder.resolve("store")));
  }

  /** The report extracted from {@code text} (a "date" line, then the body), which is accepted. */
  Report read(String name, String text) throws IOException {
    Path file = folder.resolve(name + ".txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<Extraction> extractions = new ArrayList<>();
    engine.extract(List.of(file), true, extractions::add);
    assertThat(extractions).hasSize(1);
    assertThat(extractions.get(0).refusal()).isNull();
    return extractions.get(0).report();
  }

  /** The report's first event of {@code subtype}. */
  static EventMention first(Report report, SubEventType subtype) {
    return report.events().stream()
        .filter(event -> event.subtype() == subtype)
        .findFirst()
        .orElseThrow();
  }

  @Override
  public void close() {
    engine.close();
  }
}
