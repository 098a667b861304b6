package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ActorReference;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.EventFigures;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;

/**
 * Scores the extraction of short analyst incident summaries ({@code golden/summaries}, conventions
 * in the README beside them) field by field, on the dev and the test split apart. A summary tells
 * of one incident: its main event is the first event that is not background. Prints the table,
 * writes it to {@code target/summary-score.txt}, and fails when a field falls below a floor set a
 * little under the score reached when the floors were last set.
 */
class SummaryScoreTest {
  private static final List<String> FIELDS =
      List.of(
          "killed",
          "injured",
          "attackType",
          "subtype",
          "perpetrator",
          "claimed",
          "country",
          "town");

  // Floors a little below the scores of 2026-11-23: dev 1.00 on every field but country and town
  // (59/60); test 0.95 or more but injured (35/40). Two or three more misses on a field of the dev
  // split still pass.
  private static final Map<String, Double> DEV_FLOOR =
      Map.of(
          "killed", 0.93,
          "injured", 0.95,
          "attackType", 0.95,
          "subtype", 0.93,
          "perpetrator", 0.93,
          "claimed", 0.95,
          "country", 0.95,
          "town", 0.93);

  private static final double TEST_FLOOR = 0.85;

  private static final Path TABLE = Path.of("target", "summary-score.txt");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonNode> KEY = new LinkedHashMap<>();
  private static final Map<String, Extraction> EXTRACTED = new LinkedHashMap<>();
  private static final Map<String, Map<String, int[]>> TALLY = new LinkedHashMap<>();

  @TempDir static Path store;

  @BeforeAll
  static void extractAndScoreTheSummaries() throws IOException, URISyntaxException {
    readKey();
    Path summaries =
        Path.of(SummaryScoreTest.class.getResource("/golden/summaries/summaries.jsonl").toURI());
    try (Engine engine = Engine.open(EngineConfig.defaults(store))) {
      engine.extract(
          List.of(summaries), true, extraction -> EXTRACTED.put(idOf(extraction), extraction));
    }
    StringBuilder misses = new StringBuilder();
    for (Map.Entry<String, JsonNode> entry : KEY.entrySet()) {
      score(entry.getKey(), entry.getValue(), misses);
    }
    String table = table() + "\nmisses (field: extracted, key)\n" + misses;
    System.out.println(table);
    Files.createDirectories(TABLE.getParent());
    Files.writeString(TABLE, table, StandardCharsets.UTF_8);
  }

  @Test
  void extractsEverySummaryOfTheKey() {
    assertThat(EXTRACTED.keySet()).containsExactlyInAnyOrderElementsOf(KEY.keySet());
    assertThat(EXTRACTED.values()).allSatisfy(e -> assertThat(e.refusal()).isNull());
  }

  @Test
  void fillsEachFieldOfTheDevSummariesAtLeastAsWellAsBefore() {
    DEV_FLOOR.forEach(
        (field, floor) ->
            assertThat(accuracy("dev", field)).as("dev " + field).isGreaterThanOrEqualTo(floor));
  }

  @Test
  void fillsEachFieldOfTheHeldOutSummariesFarAboveChance() {
    FIELDS.forEach(
        field ->
            assertThat(accuracy("test", field))
                .as("test " + field)
                .isGreaterThanOrEqualTo(TEST_FLOOR));
  }

  private static void readKey() throws IOException {
    try (InputStream in =
            SummaryScoreTest.class.getResourceAsStream("/golden/summaries/key.jsonl");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          JsonNode node = JSON.readTree(line);
          KEY.put(node.path("id").asText(), node);
        }
      }
    }
  }

  private static String idOf(Extraction extraction) {
    return extraction.document() != null ? extraction.document().id() : extraction.input();
  }

  // ---------------------------------------------------------------- the score

  /** What the main event of a summary gives for each field, as the EVENT object writes it. */
  private static Map<String, Object> fields(Report report) {
    Map<String, Object> got = new LinkedHashMap<>();
    EventMention main =
        report.events().stream().filter(event -> !event.background()).findFirst().orElse(null);
    if (main == null) {
      return got;
    }
    Document document = report.document();
    got.put("killed", EventFigures.fatalities(main).best());
    got.put("injured", EventFigures.injuries(main, document).best());
    got.put("attackType", main.attackType().label());
    got.put("subtype", main.subtype().label());
    Set<String> perpetrators = new HashSet<>();
    boolean claimed = false;
    Place place = null;
    for (Claim claim : main.claims()) {
      if (claim.slot() == Slot.PERPETRATOR) {
        perpetrators.add(((ActorReference) claim.value()).name());
      }
      claimed |= claim.slot() == Slot.CLAIMED_BY;
      if (claim.slot() == Slot.PLACE && place == null) {
        place = (Place) claim.value();
      }
    }
    got.put("perpetrator", perpetrators);
    got.put("claimed", claimed);
    got.put("country", place == null ? null : place.country());
    boolean town =
        place != null
            && (place.precision() == PlacePrecision.TOWN
                || place.precision() == PlacePrecision.POINT);
    got.put("town", town ? place.name() : null);
    return got;
  }

  private static boolean right(String field, Object got, JsonNode key) {
    JsonNode want = key.path(field);
    return switch (field) {
      case "killed", "injured" -> Objects.equals(got, want.isNull() ? null : want.asLong());
      case "claimed" -> Objects.equals(got, want.asBoolean());
      case "perpetrator" -> {
        @SuppressWarnings("unchecked")
        Set<String> names = (Set<String>) got;
        Set<String> accepted = new HashSet<>();
        if (!want.isNull()) {
          accepted.add(want.asText());
        }
        key.path("perpetratorAlso").forEach(name -> accepted.add(name.asText()));
        yield want.isNull() ? names.isEmpty() : !names.isEmpty() && accepted.containsAll(names);
      }
      case "town" -> {
        if (want.isNull()) {
          yield got == null;
        }
        Set<String> accepted = new HashSet<>();
        accepted.add(fold(want.asText()));
        key.path("townAlso").forEach(name -> accepted.add(fold(name.asText())));
        yield got != null && accepted.contains(fold((String) got));
      }
      default -> Objects.equals(got, want.isNull() ? null : want.asText());
    };
  }

  private static void score(String id, JsonNode key, StringBuilder misses) {
    Extraction extraction = EXTRACTED.get(id);
    Map<String, Object> got =
        extraction == null || extraction.report() == null ? Map.of() : fields(extraction.report());
    Map<String, int[]> tally =
        TALLY.computeIfAbsent(key.path("split").asText(), split -> new LinkedHashMap<>());
    List<String> wrong = new ArrayList<>();
    for (String field : FIELDS) {
      boolean right = got.containsKey(field) && right(field, got.get(field), key);
      int[] counts = tally.computeIfAbsent(field, f -> new int[2]);
      counts[1]++;
      if (right) {
        counts[0]++;
      } else {
        wrong.add(field + ": " + got.get(field) + ", " + key.path(field));
      }
    }
    if (!wrong.isEmpty()) {
      misses.append(
          String.format(Locale.ROOT, "  %s (%s) %s%n", id, key.path("split").asText(), wrong));
    }
  }

  private static double accuracy(String split, String field) {
    int[] counts = TALLY.get(split).get(field);
    return (double) counts[0] / counts[1];
  }

  private static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }

  private static String table() {
    StringBuilder out = new StringBuilder();
    out.append("Summary score: the main event of each analyst summary against\n");
    out.append("sitrep-engine/src/test/resources/golden/summaries (hand-coded key)\n\n");
    out.append(String.format(Locale.ROOT, "%-12s", "field"));
    TALLY
        .keySet()
        .forEach(
            split ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        " %14s",
                        split + " (" + TALLY.get(split).get("killed")[1] + ")")));
    out.append('\n');
    for (String field : FIELDS) {
      out.append(String.format(Locale.ROOT, "%-12s", field));
      for (String split : TALLY.keySet()) {
        int[] counts = TALLY.get(split).get(field);
        out.append(
            String.format(
                Locale.ROOT,
                " %6d/%-3d %4.2f",
                counts[0],
                counts[1],
                (double) counts[0] / counts[1]));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
