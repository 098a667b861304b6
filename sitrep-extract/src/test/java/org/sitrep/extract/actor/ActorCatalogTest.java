package org.sitrep.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;

/** The bundled {@code actors.json}, read as plain JSON, keeps the format's rules. */
class ActorCatalogTest {
  private static JsonNode actors;

  @BeforeAll
  static void readResource() throws IOException {
    try (InputStream json = ActorDictionary.class.getResourceAsStream("actors.json")) {
      actors = new ObjectMapper().readTree(json).get("actors");
    }
  }

  private static List<String> list(JsonNode actor, String field) {
    List<String> values = new ArrayList<>();
    actor.path(field).forEach(value -> values.add(value.asText()));
    return values;
  }

  @Test
  void everyActorHasANameAKnownKindAnIsoCountryAndAnAlias() {
    Set<String> kinds =
        Arrays.stream(ActorKind.values()).map(Enum::name).collect(Collectors.toSet());
    Set<String> countries = Set.of(Locale.getISOCountries());

    assertThat(actors).hasSizeBetween(60, 140);
    for (JsonNode actor : actors) {
      String name = actor.path("name").asText();
      assertThat(name).isNotBlank();
      assertThat(kinds).as(name).contains(actor.path("kind").asText());
      assertThat(list(actor, "aliases")).as(name).isNotEmpty().allMatch(alias -> !alias.isBlank());
      JsonNode country = actor.path("country");
      assertThat(country.isNull() || countries.contains(country.asText())).as(name).isTrue();
    }
  }

  @Test
  void noAliasBelongsToTwoActorsUnlessBothMarkItAsNeedingContext() {
    Map<String, List<String>> owners = new HashMap<>();
    Map<String, List<String>> marked = new HashMap<>();
    for (JsonNode actor : actors) {
      String name = actor.path("name").asText();
      List<String> aliases = new ArrayList<>(list(actor, "aliases"));
      aliases.add(name);
      for (String alias : aliases.stream().map(ActorCatalogReader::key).distinct().toList()) {
        owners.computeIfAbsent(alias, key -> new ArrayList<>()).add(name);
      }
      list(actor, "needsContext")
          .forEach(
              alias ->
                  marked
                      .computeIfAbsent(ActorCatalogReader.key(alias), key -> new ArrayList<>())
                      .add(name));
    }

    owners.forEach(
        (alias, names) -> {
          if (names.size() > 1) {
            assertThat(marked.getOrDefault(alias, List.of())).as(alias).containsAll(names);
          }
        });
  }

  @Test
  void aliasesOfThreeLettersOrFewerMatchOnlyInCapitalsOrAsWritten() {
    for (JsonNode actor : actors) {
      List<String> caseSensitive = list(actor, "caseSensitive");
      for (String alias : list(actor, "aliases")) {
        String letters = alias.replaceAll("[^\\p{L}]", "");
        if (letters.length() <= 3 && !alias.contains(" ")) {
          boolean capitals = letters.chars().filter(Character::isUpperCase).count() >= 2;
          boolean exact = caseSensitive.contains(alias);
          assertThat((capitals && letters.equals(letters.toUpperCase(Locale.ROOT))) || exact)
              .as(alias + " of " + actor.path("name").asText())
              .isTrue();
        }
      }
    }
  }

  @Test
  void markersParentsAndOutletsReferToWhatExists() {
    Set<String> names = new java.util.HashSet<>();
    actors.forEach(actor -> names.add(actor.path("name").asText()));
    for (JsonNode actor : actors) {
      String name = actor.path("name").asText();
      List<String> aliases = list(actor, "aliases");
      assertThat(aliases).as(name).containsAll(list(actor, "needsContext"));
      assertThat(aliases).as(name).containsAll(list(actor, "caseSensitive"));
      if (actor.hasNonNull("parent")) {
        assertThat(names).as(name).contains(actor.path("parent").asText());
      }
    }
  }

  @Test
  void everyAliasFindsItsOwnActorWhenWrittenAlone() {
    ActorDictionary dictionary = ActorDictionary.standard();
    for (JsonNode actor : actors) {
      String name = actor.path("name").asText();
      for (String alias : list(actor, "aliases")) {
        assertThat(dictionary.find(alias))
            .as(alias)
            .anySatisfy(
                mention -> {
                  assertThat(mention.actor().name()).isEqualTo(name);
                  assertThat(mention.text()).isEqualTo(alias);
                });
      }
    }
  }

  @Test
  void refusesAnAliasSharedWithoutMarkers() {
    String json =
        "{\"actors\": [{\"name\": \"A\", \"kind\": \"REBEL_GROUP\", \"aliases\": [\"XYZ\"]},"
            + " {\"name\": \"B\", \"kind\": \"REBEL_GROUP\", \"aliases\": [\"XYZ\"]}]}";

    assertThatThrownBy(() -> load(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XYZ")
        .hasMessageContaining("needsContext");
  }

  @Test
  void refusesUnknownKindsCountriesParentsAndMarkers() {
    assertThatThrownBy(() -> load(actor("\"kind\": \"BANDITS\", \"aliases\": [\"X\"]")))
        .hasMessageContaining("unknown kind BANDITS");
    assertThatThrownBy(
            () ->
                load(
                    actor(
                        "\"kind\": \"REBEL_GROUP\", \"country\": \"Mali\", \"aliases\": [\"X\"]")))
        .hasMessageContaining("ISO");
    assertThatThrownBy(
            () ->
                load(
                    actor(
                        "\"kind\": \"REBEL_GROUP\", \"parent\": \"Nobody\", \"aliases\": [\"X\"]")))
        .hasMessageContaining("unknown parent Nobody");
    assertThatThrownBy(
            () ->
                load(
                    actor(
                        "\"kind\": \"REBEL_GROUP\", \"aliases\": [\"X\"], \"needsContext\": [\"Y\"]")))
        .hasMessageContaining("needsContext names no alias: Y");
    assertThatThrownBy(() -> load(actor("\"kind\": \"REBEL_GROUP\", \"aliases\": []")))
        .hasMessageContaining("no aliases");
  }

  private static String actor(String fields) {
    return "{\"actors\": [{\"name\": \"Group\", " + fields + "}]}";
  }

  private static ActorDictionary load(String json) throws IOException {
    return ActorDictionary.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
