package org.sitrep.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.testkit.Corpus;

/** The actors of {@code seeds.gold.json} found in the five seed reports, alias by alias. */
class SeedAliasesTest {
  private static final List<String> SEEDS = List.of("000", "001", "002", "003", "004");
  private static final ActorDictionary DICTIONARY = ActorDictionary.standard();
  private static Map<String, List<String>> gold;
  private static Map<String, String> seeds;

  /** A gold alias written as it appears at {@code [start, end)} of a seed. */
  private record Occurrence(String seed, String alias, String actor, int start, int end) {}

  @BeforeAll
  static void readGoldAndSeeds() throws IOException {
    JsonNode actors =
        new ObjectMapper()
            .readTree(Corpus.root().resolve("seeds.gold.json").toFile())
            .get("actors");
    gold = new LinkedHashMap<>();
    actors
        .properties()
        .forEach(
            field -> {
              List<String> aliases = new ArrayList<>();
              field.getValue().forEach(alias -> aliases.add(alias.asText()));
              gold.put(field.getKey(), aliases);
            });
    seeds = new LinkedHashMap<>();
    for (String seed : SEEDS) {
      Path file = Corpus.seed(seed);
      seeds.put(seed, Files.readString(file));
    }
  }

  @Test
  void everyGoldActorIsInTheDictionaryUnderItsName() {
    assertThat(gold.keySet())
        .allSatisfy(name -> assertThat(DICTIONARY.byName(name)).map(Actor::name).contains(name));
  }

  @Test
  void everyGoldAliasIsFoundWhereverItAppearsInTheSeeds() {
    List<Occurrence> occurrences = occurrences();
    assertThat(occurrences.size()).isGreaterThan(150);

    List<String> missed = new ArrayList<>();
    for (Occurrence occurrence : occurrences) {
      boolean found =
          DICTIONARY.find(seeds.get(occurrence.seed())).stream()
              .anyMatch(
                  mention ->
                      mention.start() == occurrence.start()
                          && mention.end() >= occurrence.end()
                          && mention.actor().name().equals(occurrence.actor()));
      if (!found) {
        missed.add(occurrence.toString());
      }
    }

    assertThat(missed).isEmpty();
  }

  @Test
  void everyGoldAliasThatAppearsInASeedIsFoundThereAtLeastOnce() {
    List<String> appearing =
        occurrences().stream().map(Occurrence::alias).distinct().sorted().toList();

    assertThat(appearing)
        .contains(
            "ISIS-K",
            "IS-K",
            "ISIS-Khorasan",
            "Islamic State Khorasan",
            "Islamic State of Khorasan",
            "Islamic State-Khorasan",
            "EI-K",
            "ISIS-Q",
            "Islamic State Corazon Province",
            "Wilayat Khorasan",
            "IS",
            "ISIS",
            "Islamic State group",
            "Taliban",
            "Islamic Emirate",
            "Afghan Taliban",
            "la red Haqqani",
            "Al Qaeda",
            "al-Qaeda",
            "US",
            "U.S.",
            "USA",
            "United States",
            "Washington",
            "US forces");
  }

  @Test
  void theParenthesisedGoldAliasIsFoundAsItsTwoNames() {
    String seed = seeds.get("001");
    int start = seed.indexOf("Islamic State Khorasan (ISIS-K)");

    List<ActorMention> inside =
        DICTIONARY.find(seed).stream()
            .filter(m -> m.start() >= start && m.end() <= start + 31)
            .toList();

    assertThat(inside)
        .extracting(ActorMention::text)
        .containsExactly("Islamic State Khorasan", "ISIS-K");
    assertThat(inside).allMatch(m -> m.actor().name().equals("Islamic State Khorasan Province"));
  }

  @Test
  void theSeedsNameNoActorOutsideTheGoldButTheStateForcesTheyMention() {
    List<String> found =
        seeds.values().stream()
            .flatMap(text -> DICTIONARY.find(text).stream())
            .map(m -> m.actor().name())
            .distinct()
            .sorted()
            .toList();

    assertThat(found)
        .containsExactlyInAnyOrder(
            "Islamic State Khorasan Province",
            "Islamic State",
            "Taliban",
            "Haqqani Network",
            "al-Qaeda",
            "United States",
            "Afghan National Defense and Security Forces",
            "NATO",
            "Pakistan Armed Forces");
  }

  @Test
  void aHaqqaniNetworkWithALowercaseNetworkIsStillTheNetwork() {
    assertThat(DICTIONARY.find(seeds.get("003")))
        .filteredOn(m -> m.actor().name().equals("Haqqani Network"))
        .extracting(ActorMention::text)
        .contains("Haqqani network");
  }

  /**
   * Every word-bounded, case-exact appearance of a gold alias, except those inside a longer gold
   * alias ("IS" in "IS-K") and the compound "Washington-based", which names a place.
   */
  private static List<Occurrence> occurrences() {
    List<Occurrence> all = new ArrayList<>();
    gold.forEach(
        (actor, aliases) -> {
          for (String alias : aliases) {
            if (alias.contains("(")) {
              continue;
            }
            Pattern pattern =
                Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(alias) + "(?![\\p{L}\\p{N}])");
            seeds.forEach(
                (seed, text) -> {
                  Matcher matcher = pattern.matcher(text);
                  while (matcher.find()) {
                    all.add(new Occurrence(seed, alias, actor, matcher.start(), matcher.end()));
                  }
                });
          }
        });
    return all.stream()
        .filter(o -> !seeds.get(o.seed()).startsWith("-based", o.end()))
        .filter(o -> all.stream().noneMatch(longer -> encloses(longer, o)))
        .toList();
  }

  private static boolean encloses(Occurrence longer, Occurrence inner) {
    return longer.seed().equals(inner.seed())
        && longer.start() <= inner.start()
        && longer.end() >= inner.end()
        && longer.end() - longer.start() > inner.end() - inner.start();
  }
}
