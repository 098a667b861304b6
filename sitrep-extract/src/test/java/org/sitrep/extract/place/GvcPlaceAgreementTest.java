package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.testkit.Corpus;

/**
 * On the Gun Violence Corpus, each incident's city (or county) read with its state as the report's
 * other place should land in that state, as a town. Measures the gazetteer, not extraction.
 */
class GvcPlaceAgreementTest {

  @Test
  void citiesReadWithTheirStateLandInThatStateAsTowns() throws IOException {
    Path gold = Corpus.rootOrSkip().resolve("gvc").resolve("gold.json");
    JsonNode incidents = new ObjectMapper().readTree(gold.toFile()).get("incidents");
    Gazetteer gazetteer = Gazetteer.load();
    int sameState = 0;
    int sameStateAsTown = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode incident : incidents) {
      String city = incident.get("city_or_county").asText();
      String state = incident.get("state").asText();
      Optional<Place> place = gazetteer.resolve(city, List.of(state));
      boolean inState =
          place.filter(p -> "US".equals(p.country()) && state.equals(p.admin1())).isPresent();
      if (inState) {
        sameState++;
        if (place.orElseThrow().precision() == PlacePrecision.TOWN) {
          sameStateAsTown++;
        }
      } else {
        misses.add(city + ", " + state + " -> " + place.map(Place::toString).orElse("nothing"));
      }
    }
    int total = incidents.size();
    System.out.printf(
        "gvc places: %d incidents, state agrees %d (%.1f%%), as a town %d (%.1f%%)%n  misses: %s%n",
        total,
        sameState,
        100.0 * sameState / total,
        sameStateAsTown,
        100.0 * sameStateAsTown / total,
        String.join("\n  ", misses));
    assertThat(sameState).isGreaterThanOrEqualTo(total * 9 / 10);
  }
}
