package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Fragment;
import org.sitrep.testkit.Corpus;

/** {@code sitrep search} over the seeds' documents, ingested without events (no NLP). */
class SearchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static String store;
  private static CommandRun ingest;

  @BeforeAll
  static void ingestTheSeedsDocuments() {
    store = dir.resolve("store").toString();
    ingest = CommandRun.of("ingest", "--no-events", "--store", store, Corpus.seeds().toString());
  }

  private static CommandRun search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--store", store));
    all.addAll(List.of(args));
    return CommandRun.of(all.toArray(String[]::new));
  }

  @Test
  void printsTheHitsWithTheirFragmentsAndTheMatchedWordsInBrackets() {
    CommandRun run = search("kabul", "airport");

    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.err()).doesNotContain("search index");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lines().get(0)).matches("\\d+ hits for kabul airport; 1 to \\d+:");
    assertThat(run.out())
        .containsPattern("(?m)^document +000_1a8844c8cb8c56bb\\.txt +2021-08-30 +IS claims")
        .containsPattern("(?m)^    (title|text): .*\\[Kabul\\].*\\[[Aa]irport\\]");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void writesJsonWithTheOffsetsOfTheMatchesInEachFragment() throws IOException {
    CommandRun run = search("--json", "--kind", "documents", "--limit", "3", "kills");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode answer = JSON.readTree(run.out());
    assertThat(answer.get("kind").asText()).isEqualTo("documents");
    assertThat(answer.get("hits")).hasSizeBetween(1, 3);
    for (JsonNode hit : answer.get("hits")) {
      assertThat(hit.get("kind").asText()).isEqualTo("document");
      for (JsonNode fragment : hit.get("fragments")) {
        String text = fragment.get("text").asText();
        for (JsonNode match : fragment.get("matches")) {
          assertThat(text.substring(match.get(0).asInt(), match.get(1).asInt()))
              .matches("(?i)kill\\w*");
        }
      }
    }
  }

  @Test
  void pagesWithLimitAndOffset() {
    CommandRun first = search("--limit", "1", "kabul");
    CommandRun second = search("--limit", "1", "--offset", "1", "kabul");

    assertThat(first.lines().get(0)).endsWith("1 to 1:");
    assertThat(second.lines().get(0)).endsWith("2 to 2:");
    assertThat(first.lines().get(1)).isNotEqualTo(second.lines().get(1));
  }

  @Test
  void noHitIsNoFailure() {
    CommandRun run = search("zzzznothing");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("0 hits for zzzznothing\n");
  }

  @Test
  void aQueryThatCannotBeParsedOrBadOptionsAreBadUsage() {
    List<List<String>> cases =
        List.of(
            List.of("\"unclosed", "not a valid query"),
            List.of("*bomb", "not a valid query"),
            List.of("x".repeat(501), "at most 500"),
            List.of("--limit=0", "limit"),
            List.of("--offset=-1", "offset"),
            List.of("--kind=people", "--kind"));
    for (List<String> badCase : cases) {
      CommandRun run =
          badCase.get(0).startsWith("--")
              ? search(badCase.get(0), "kabul")
              : search(badCase.get(0));

      assertThat(run.exitCode()).as(badCase.get(0)).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).as(badCase.get(0)).contains(badCase.get(1));
    }
  }

  @Test
  void aDeletedIndexIsBuiltAgainAndSaysSoOnStderr() throws IOException {
    Path index = dir.resolve("store").resolve("search");
    try (Stream<Path> paths = Files.walk(index)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }

    CommandRun run = search("kabul");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("sitrep: search index:").contains("missing");
    assertThat(run.out()).contains("hits for kabul");
  }

  @Test
  void bracketsEachMatchOnOneLine() {
    Fragment fragment =
        new Fragment(
            "text",
            "Two were shot\nnear the bar.",
            List.of(new Fragment.Match(9, 13), new Fragment.Match(23, 26)));

    assertThat(SearchCommand.marked(fragment)).isEqualTo("Two were [shot] near the [bar].");
  }
}
