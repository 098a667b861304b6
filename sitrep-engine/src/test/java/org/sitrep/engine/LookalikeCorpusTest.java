package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Report;
import org.sitrep.resolve.Resolver;

/**
 * Linking over the held-out look-alike corpus ({@code lookalike/documents.jsonl}, its incidents in
 * {@code lookalike/gold.json}): invented local-news reports of US shootings, written before Sitrep
 * ran on them and coded as the Gun Violence Archive codes. Each report belongs to the incident of
 * its main account (as {@code scripts/gvc_incidents.py} picks it); the grouping is scored with
 * B-cubed precision, recall and F1, printed with the counts, and fails under floors a little under
 * the first measured score. The set is never tuned on (see {@code lookalike/README.md}): this test
 * guards against regression only, and checks the grouping alone; the scripts report the fields.
 */
class LookalikeCorpusTest {
  // First measured, 2026-11-25 (seventeenth session), on both writers' 143 reports of 54
  // shootings, all extracted, as scripts/gvc_incidents.py scores it: P 0.964 R 0.884 F1 0.923
  // (Sitrep at d020ade); P 0.960 R 0.896 F1 0.927 once the places above a report's first event
  // no longer outrank its own sentence's (c48dcb9).
  private static final double PRECISION_FLOOR = 0.95;
  private static final double RECALL_FLOOR = 0.88;
  private static final double F1_FLOOR = 0.92;

  @TempDir static Path store;

  @Test
  void groupsTheLookalikeReportsIntoTheirIncidents() throws IOException {
    byte[] lines = resource("/lookalike/documents.jsonl");
    ObjectMapper json = new ObjectMapper();
    Set<String> documents = new LinkedHashSet<>();
    for (String line : new String(lines, StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        documents.add(json.readTree(line).get("id").asText());
      }
    }
    Map<String, String> incidentOf = new LinkedHashMap<>();
    for (JsonNode incident : json.readTree(resource("/lookalike/gold.json")).get("incidents")) {
      for (JsonNode document : incident.get("documents")) {
        String previous = incidentOf.put(document.asText(), incident.get("incident").asText());
        assertThat(previous).as("incident of %s", document.asText()).isNull();
      }
    }
    assertThat(incidentOf.keySet()).as("documents of the gold").isEqualTo(documents);

    List<Report> reports = new ArrayList<>();
    try (Engine engine = Engine.open(EngineConfig.defaults(store))) {
      engine.extract(
          new ByteArrayInputStream(lines),
          true,
          extraction -> {
            if (!extraction.isRefused()) {
              reports.add(extraction.report());
            }
          });
    }
    Map<String, String> groupOf =
        ArticleGrouping.incidentOfEachArticle(reports, Resolver.standard().resolve(reports));
    double[] score = ArticleGrouping.bcubed(documents, incidentOf, groupOf);
    System.out.printf(
        Locale.ROOT,
        "look-alike corpus: %d reports (%d extracted), %d incidents, %d groups,"
            + " B3 P %.3f R %.3f F1 %.3f%n",
        documents.size(),
        reports.size(),
        incidentOf.values().stream().distinct().count(),
        documents.stream().map(d -> groupOf.getOrDefault(d, "alone:" + d)).distinct().count(),
        score[0],
        score[1],
        score[2]);
    assertThat(reports).as("reports extracted").hasSameSizeAs(documents);
    assertThat(score[0]).as("B3 precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
    assertThat(score[1]).as("B3 recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat(score[2]).as("B3 F1").isGreaterThanOrEqualTo(F1_FLOOR);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = LookalikeCorpusTest.class.getResourceAsStream(name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
  }
}
