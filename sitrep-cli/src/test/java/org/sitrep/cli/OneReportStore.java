package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A store that one report was ingested into through the command line, read back through it. */
record OneReportStore(String store) {

  /** Writes {@code report} to {@code fileName} in {@code dir} and ingests it into a new store. */
  static OneReportStore ingest(Path dir, String fileName, String report) throws IOException {
    Path file = Files.writeString(dir.resolve(fileName), report);
    String store = dir.resolve("store").toString();
    CommandRun ingest = CommandRun.of("ingest", "--store", store, file.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    return new OneReportStore(store);
  }

  /** The first row of {@code sitrep export --format FORMAT}, column name to value. */
  Map<String, String> exported(String format) {
    CommandRun export = CommandRun.of("export", "--format", format, "--store", store);
    assertThat(export.exitCode()).as(export.err()).isZero();
    return Csv.parse(export.out()).get(0);
  }

  /** The place of the first incident {@code sitrep incidents --format json} lists. */
  JsonNode firstIncidentsPlace() throws IOException {
    CommandRun incidents = CommandRun.of("incidents", "--format", "json", "--store", store);
    assertThat(incidents.exitCode()).as(incidents.err()).isZero();
    return new ObjectMapper().readTree(incidents.out()).get("incidents").get(0).get("place");
  }
}
