package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Report;

/**
 * Linking over the two invented look-alike corpora in the Gun Violence Corpus's format, each a
 * {@code documents.jsonl} with its incidents in {@code gold.json}: invented local-news reports of
 * US shootings, written before Sitrep ran on them and coded as the Gun Violence Archive codes.
 * {@code lookalike/} is held out: it is never tuned on (see its README), and this test guards it
 * against regression only. {@code invented-dev/} and {@code invented-dev2/} are development sets
 * (two other writers), read and tuned on. Each report belongs to the incident of its main account
 * (as {@code scripts/gvc_incidents.py} picks it); the grouping is scored with B-cubed precision,
 * recall and F1, printed with the counts, and fails under floors a little under the score of the
 * code it guards. It checks the grouping alone; the scripts report the fields.
 */
class LookalikeCorpusTest {
  // The held-out set, first measured 2026-11-25 (seventeenth session), on both writers' 143 reports
  // of 54 shootings, all extracted, as scripts/gvc_incidents.py scores it: P 0.964 R 0.884 F1 0.923
  // (Sitrep at d020ade); P 0.960 R 0.896 F1 0.927 once the places above a report's first event
  // no longer outrank its own sentence's (c48dcb9); P 0.943 R 0.910 F1 0.926 once follow-ups
  // are joined by the person they name (60e0715), which GVC's train split chose: the held-out set
  // gains recall and loses precision, and its floors follow the code they guard. Eighteenth
  // session, with two scenes kept apart (chosen on the development sets): P 0.967 R 0.922 F1 0.944.
  private static final double PRECISION_FLOOR = 0.96;
  private static final double RECALL_FLOOR = 0.91;
  private static final double F1_FLOOR = 0.94;

  @TempDir static Path store;

  // The development set, first measured 2026-11-25 (seventeenth session) at 449a122: P 0.979
  // R 0.876 F1 0.925; at 60e0715, with its own misreadings mended and follow-ups joined by name,
  // P 0.979 R 0.938 F1 0.958; eighteenth session, two scenes kept apart and days told "two weeks
  // after", P 1.000 R 0.958 F1 0.979.
  private static final double DEV_PRECISION_FLOOR = 0.99;
  private static final double DEV_RECALL_FLOOR = 0.95;
  private static final double DEV_F1_FLOOR = 0.97;

  // The second development set (61 reports of 26 shootings, another writer, eighteenth session),
  // first measured at 9fe02d6: P 0.925 R 0.949 F1 0.937; at the end of the session P 0.975
  // R 0.954 F1 0.964.
  private static final double DEV2_PRECISION_FLOOR = 0.97;
  private static final double DEV2_RECALL_FLOOR = 0.95;
  private static final double DEV2_F1_FLOOR = 0.96;

  static Stream<Arguments> corpora() {
    return Stream.of(
        Arguments.of("lookalike", PRECISION_FLOOR, RECALL_FLOOR, F1_FLOOR),
        Arguments.of("invented-dev", DEV_PRECISION_FLOOR, DEV_RECALL_FLOOR, DEV_F1_FLOOR),
        Arguments.of("invented-dev2", DEV2_PRECISION_FLOOR, DEV2_RECALL_FLOOR, DEV2_F1_FLOOR));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpora")
  void groupsTheReportsIntoTheirIncidents(
      String corpus, double precisionFloor, double recallFloor, double f1Floor) throws IOException {
    byte[] lines = resource("/" + corpus + "/documents.jsonl");
    ObjectMapper json = new ObjectMapper();
    Set<String> documents = new LinkedHashSet<>();
    for (String line : new String(lines, StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        documents.add(json.readTree(line).get("id").asText());
      }
    }
    Map<String, String> incidentOf = new LinkedHashMap<>();
    for (JsonNode incident :
        json.readTree(resource("/" + corpus + "/gold.json")).get("incidents")) {
      for (JsonNode document : incident.get("documents")) {
        String previous = incidentOf.put(document.asText(), incident.get("incident").asText());
        assertThat(previous).as("incident of %s", document.asText()).isNull();
      }
    }
    assertThat(incidentOf.keySet()).as("documents of the gold").isEqualTo(documents);

    List<Report> reports = new ArrayList<>();
    Map<String, String> groupOf =
        ArticleGrouping.extractAndGroup(store.resolve(corpus), lines, reports);
    double[] score = ArticleGrouping.bcubed(documents, incidentOf, groupOf);
    System.out.printf(
        Locale.ROOT,
        "%s: %d reports (%d extracted), %d incidents, %d groups, B3 P %.3f R %.3f F1 %.3f%n",
        corpus,
        documents.size(),
        reports.size(),
        incidentOf.values().stream().distinct().count(),
        documents.stream().map(d -> groupOf.getOrDefault(d, "alone:" + d)).distinct().count(),
        score[0],
        score[1],
        score[2]);
    assertThat(reports).as("reports extracted").hasSameSizeAs(documents);
    assertThat(score[0]).as("B3 precision").isGreaterThanOrEqualTo(precisionFloor);
    assertThat(score[1]).as("B3 recall").isGreaterThanOrEqualTo(recallFloor);
    assertThat(score[2]).as("B3 F1").isGreaterThanOrEqualTo(f1Floor);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = LookalikeCorpusTest.class.getResourceAsStream(name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
  }
}
