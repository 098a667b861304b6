package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep resolve} on the bundled example corpus, read as a user's script reads it. */
class ResolveCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode incidents;
  private static CommandRun run;

  @TempDir static Path dir;

  @BeforeAll
  static void resolveTheExamples() throws IOException {
    Path here = Path.of("").toAbsolutePath();
    Path examples =
        here.resolveSibling("examples").toFile().isDirectory()
            ? here.resolveSibling("examples")
            : here.resolve("examples");
    Path copy = dir.resolve("examples");
    Files.createDirectories(copy);
    try (var files = Files.list(examples)) {
      for (Path file :
          files.filter(path -> !path.getFileName().toString().endsWith(".md")).toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    Files.write(copy.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0});
    run = CommandRun.of("resolve", copy.toString());
    incidents = JSON.readTree(run.out()).get("incidents");
  }

  private static JsonNode bombing() {
    for (JsonNode incident : incidents) {
      if (incident.get("documents").size() > 2) {
        return incident;
      }
    }
    throw new AssertionError("no incident told by several reports: " + incidents);
  }

  @Test
  void refusesTheBrokenInputWithExitCodeThreeAndResolvesTheRest() {
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_REFUSED);
    assertThat(run.err()).contains("broken.txt");
    assertThat(incidents.isArray()).isTrue();
  }

  @Test
  void theReportsOfTheMoptiBombingAreOneIncidentWithReconciledFigures() {
    JsonNode bombing = bombing();
    assertThat(bombing.get("id").asText()).matches("inc-[0-9a-f]{8}");
    assertThat(bombing.at("/type").asText()).isEqualTo("Explosions/Remote violence");
    assertThat(bombing.at("/date/value").asText()).isEqualTo("2024-03-14");
    assertThat(bombing.at("/place/name").asText()).isEqualTo("Mopti");
    assertThat(bombing.at("/place/country").asText()).isEqualTo("ML");
    assertThat(bombing.at("/fatalities/low").asLong()).isEqualTo(12);
    assertThat(bombing.at("/fatalities/best").asLong()).isEqualTo(19);
    assertThat(bombing.at("/sources/reports").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(bombing.at("/sources/independent").asInt())
        .isLessThan(bombing.at("/sources/reports").asInt());
    assertThat(bombing.get("conflicts").toString()).contains("fatalities");
    assertThat(bombing.get("decisions").size()).isEqualTo(bombing.get("mentions").size() - 1);
  }

  @Test
  void thePerpetratorsOwnCountIsAClaimOfThePerpetratorAndNotTheBest() {
    List<JsonNode> boasts = new ArrayList<>();
    bombing()
        .get("claims")
        .forEach(
            claim -> {
              if (claim.get("attribution").asText().equals("perpetrator")) {
                boasts.add(claim);
              }
            });
    assertThat(boasts).isNotEmpty();
    assertThat(bombing().at("/fatalities/best").asLong()).isLessThan(50);
  }

  @Test
  void everyClaimPointsIntoItsDocumentAndUnknownFiguresAreNullNeverZero() {
    for (JsonNode incident : incidents) {
      for (JsonNode claim : incident.get("claims")) {
        assertThat(claim.get("span").get(0).asInt()).isLessThan(claim.get("span").get(1).asInt());
        assertThat(incident.get("documents").toString()).contains(claim.get("document").asText());
        assertThat(claim.get("mention").asText()).startsWith(claim.get("document").asText() + "#");
      }
      boolean counted = false;
      for (JsonNode claim : incident.get("claims")) {
        counted |=
            claim.get("slot").asText().equals("fatalities")
                && !claim.get("attribution").asText().equals("perpetrator");
      }
      if (!counted) {
        assertThat(incident.at("/fatalities/best").isNull()).as(incident.toString()).isTrue();
        assertThat(incident.at("/fatalities/low").isNull()).isTrue();
      }
    }
  }
}
