package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Report;
import org.sitrep.resolve.Resolver;
import org.sitrep.testkit.Corpus;

/**
 * Resolution of the Gun Violence Corpus (510 articles, 241 incidents of the Gun Violence Archive):
 * B-cubed precision, recall and F1 of the grouping of articles into incidents, per split, as {@code
 * scripts/gvc_incidents.py} computes it from {@code sitrep resolve}'s output. An article belongs to
 * the incident holding its main account (its first current account with a count of the dead, the
 * injured or the casualties, else its first current one, else its first: an arrest's count of the
 * arrested does not make the arrest the article's main account, as in the script). Writes the table
 * to {@code target/gvc-resolution-score.txt} and fails below floors a little under today's scores.
 */
class GvcResolutionScoreTest {
  // Scores of 2026-11-24, sixth session (the month of May is no modal, post offices' towns, a
  // figure goes to the event nearest its words): F1 train 0.975, dev 0.991, test 0.955. The test
  // floor is 0.94 since the fourteenth session (an hour of a month written short, a day narrowing a
  // year or a month, brought back because train/dev decide: test 0.944); test never selects a rule.
  private static final Map<String, Double> FLOOR = Map.of("train", 0.97, "dev", 0.98, "test", 0.94);
  private static final Path TABLE = Path.of("target", "gvc-resolution-score.txt");

  private static final Map<String, String> INCIDENT_OF = new HashMap<>();
  private static final Map<String, String> SPLIT_OF = new HashMap<>();
  private static final Map<String, String> CLUSTER_OF = new HashMap<>();

  @TempDir static Path store;

  @BeforeAll
  static void resolveTheCorpus() throws IOException {
    JsonNode gold = new ObjectMapper().readTree(Corpus.gvc().resolve("gold.json").toFile());
    for (JsonNode incident : gold.get("incidents")) {
      for (JsonNode document : incident.get("documents")) {
        INCIDENT_OF.put(document.asText(), incident.get("incident").asText());
        SPLIT_OF.put(document.asText(), incident.get("split").asText());
      }
    }
    List<Report> reports = new ArrayList<>();
    try (Engine engine = Engine.open(EngineConfig.defaults(store))) {
      engine.extract(
          List.of(Corpus.gvc().resolve("documents.jsonl")),
          true,
          extraction -> {
            if (!extraction.isRefused()) {
              reports.add(extraction.report());
            }
          });
    }
    CLUSTER_OF.putAll(
        ArticleGrouping.incidentOfEachArticle(reports, Resolver.standard().resolve(reports)));
  }

  private static double[] bcubed(String split) {
    List<String> articles =
        INCIDENT_OF.keySet().stream()
            .filter(article -> split == null || SPLIT_OF.get(article).equals(split))
            .sorted()
            .toList();
    return ArticleGrouping.bcubed(articles, INCIDENT_OF, CLUSTER_OF);
  }

  @Test
  void articlesAreGroupedIntoTheArchivesIncidents() throws IOException {
    Map<String, double[]> scores = new LinkedHashMap<>();
    for (String split : new String[] {"train", "dev", "test", null}) {
      scores.put(split == null ? "all" : split, bcubed(split));
    }
    StringBuilder table = new StringBuilder("split  B3-P   B3-R   B3-F1\n");
    scores.forEach(
        (split, score) ->
            table.append(
                String.format(
                    Locale.ROOT, "%-6s %.3f  %.3f  %.3f%n", split, score[0], score[1], score[2])));
    Files.createDirectories(TABLE.getParent());
    Files.writeString(TABLE, table);
    System.out.print("GVC resolution (B-cubed):\n" + table);
    FLOOR.forEach(
        (split, floor) -> assertThat(scores.get(split)[2]).as(split).isGreaterThanOrEqualTo(floor));
  }
}
