package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testkit.Corpus;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void writesOneLinePerSeedWithDatesAndCleanText() throws IOException {
    CommandRun run = CommandRun.of("extract", "--text", "--no-events", Corpus.seeds().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lines()).hasSize(5);
    Map<String, JsonNode> byId = new HashMap<>();
    for (String line : run.lines()) {
      JsonNode node = JSON.readTree(line);
      byId.put(node.get("id").asText(), node);
      assertThat(node.get("events").isArray()).isTrue();
      assertThat(node.get("refused").isNull()).isTrue();
    }
    JsonNode first = byId.get("000_1a8844c8cb8c56bb.txt");
    assertThat(first.at("/published/value").asText()).isEqualTo("2021-08-30");
    assertThat(first.at("/published/evidence").asText()).isEqualTo("header");
    assertThat(first.get("text").asText()).doesNotStartWith("date").doesNotContain("date 2021");

    JsonNode scraped = byId.get("003_ac14fab8c2e61573.txt");
    assertThat(scraped.at("/published/value").asText("")).isNotEqualTo("2023-03-25");
    String text = scraped.get("text").asText();
    assertThat(text)
        .doesNotContain("See also")
        .doesNotContain("Recommended video")
        .doesNotContain("You may be interested")
        .doesNotContain("Identity: Live")
        .doesNotContain("(Getty Images)")
        .contains("At least 60 people were killed");

    String spun = byId.get("001_7864a2fa0659d4cb.txt").get("text").asText();
    assertThat(occurrences(spun, "ISIS Takes Credit for US Marines Killed in Kabul Explosion"))
        .isEqualTo(1);
  }

  @Test
  void keepsInputOrderAndReportsRefusalsWithExitCodeThree() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "A gunman killed three people in a market on Monday.");
    Files.write(dir.resolve("b.txt"), new byte[] {0, 1, 2, 3, 0, 0});
    Files.writeString(dir.resolve("c.txt"), "Two soldiers were wounded by a roadside bomb.");

    CommandRun run = CommandRun.of("extract", "--no-events", dir.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.lines()).hasSize(3);
    JsonNode refused = JSON.readTree(run.lines().get(1));
    assertThat(refused.at("/refused/reason").asText()).isEqualTo("not-text");
    assertThat(refused.get("id").asText()).endsWith("b.txt");
    assertThat(JSON.readTree(run.lines().get(2)).get("id").asText()).isEqualTo("c.txt");
    assertThat(run.err()).contains("b.txt").contains("not-text");
  }

  @Test
  void refusesTextThatIsNotEnglish() throws IOException {
    Files.writeString(
        dir.resolve("fr.txt"),
        "Au moins douze personnes ont été tuées jeudi dans l'explosion d'une voiture piégée près"
            + " de la gare routière, selon les autorités locales qui redoutent un bilan plus lourd.");

    CommandRun run = CommandRun.of("extract", dir.resolve("fr.txt").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).contains("unsupported-language");
  }

  @Test
  void answersBadUsageWithExitCodeTwo() {
    assertThat(CommandRun.of("extract").exitCode()).isEqualTo(2);
    assertThat(CommandRun.of("extract", dir.resolve("missing").toString()).exitCode()).isEqualTo(2);
    assertThat(CommandRun.of("no-such-command").exitCode()).isEqualTo(2);
    assertThat(CommandRun.of().exitCode()).isEqualTo(2);
  }

  @Test
  void saysInItsHelpWhatTheFirstVersionOfExtractionDoes() {
    CommandRun run = CommandRun.of("extract", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("first version").contains("--no-events");
  }

  @Test
  void writesTheEventsOfAReportWithTheirClaims() throws IOException {
    Files.writeString(
        dir.resolve("raid.txt"),
        "date 2024-03-14\n\nGunmen killed four villagers and wounded six others in a raid on"
            + " Mopti on Wednesday, local officials said.");

    CommandRun run = CommandRun.of("extract", dir.resolve("raid.txt").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode event = JSON.readTree(run.lines().get(0)).get("events").get(0);
    assertThat(event.get("type").asText()).isEqualTo("Violence against civilians");
    assertThat(event.at("/date/value").asText()).isEqualTo("2024-03-13");
    assertThat(event.at("/fatalities/best").asInt()).isEqualTo(4);
    assertThat(event.at("/injuries/best").asInt()).isEqualTo(6);
    assertThat(event.at("/place/country").asText()).isEqualTo("ML");
    assertThat(event.get("claims"))
        .anySatisfy(
            claim -> {
              assertThat(claim.get("slot").asText()).isEqualTo("fatalities");
              assertThat(claim.get("attribution").asText()).isEqualTo("official");
            });
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
