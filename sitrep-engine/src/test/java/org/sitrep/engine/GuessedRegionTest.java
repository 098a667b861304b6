package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;

/**
 * A town named by a name that towns of several states bear is marked as the gazetteer's guess when
 * no word of its report tells its state, over the whole flow; a state the report gives anywhere (a
 * dateline, another town) is no guess.
 */
class GuessedRegionTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  private static Place place(String json) {
    Report report = reports.readLine(json);
    EventMention main = InventedReports.mainAccount(report);
    return SeedEventsTest.values(main, Slot.PLACE, Place.class).stream().findFirst().orElseThrow();
  }

  @Test
  void aTownOfManyStatesNamedAloneIsAGuess() {
    Place place =
        place(
            "{\"id\": \"g-1\", \"title\": \"Boy, 4, wounded in Madison apartment\", \"published\":"
                + " \"2019-05-07\", \"text\": \"A 4-year-old boy was shot and wounded Monday"
                + " inside an apartment in Madison, police said. The boy was taken to a hospital"
                + " in stable condition. Detectives are questioning the adults who were home.\"}");

    assertThat(place.name()).isEqualTo("Madison");
    assertThat(place.regionGuessed()).isTrue();
  }

  @Test
  void aTownWhoseStateTheDatelineGivesIsNoGuess() {
    Place place =
        place(
            "{\"id\": \"g-2\", \"title\": \"Boy, 4, wounded in Madison apartment\", \"published\":"
                + " \"2019-05-07\", \"text\": \"HUNTSVILLE, Ala. — A 4-year-old boy was shot and"
                + " wounded Monday inside an apartment in Madison, police said. The boy was taken"
                + " to a hospital in stable condition.\"}");

    assertThat(place.name()).isEqualTo("Madison");
    assertThat(place.admin1()).isEqualTo("Alabama");
    assertThat(place.regionGuessed()).isFalse();
  }

  @Test
  void aTownOfOneNameOnlyIsNoGuess() {
    Place place =
        place(
            "{\"id\": \"g-3\", \"title\": \"Man, 30, wounded in Tuscaloosa\", \"published\":"
                + " \"2019-05-07\", \"text\": \"A 30-year-old man was shot and wounded Monday"
                + " outside a store in Tuscaloosa, police said. He was taken to a hospital in"
                + " stable condition.\"}");

    assertThat(place.name()).isEqualTo("Tuscaloosa");
    assertThat(place.regionGuessed()).isFalse();
  }
}
