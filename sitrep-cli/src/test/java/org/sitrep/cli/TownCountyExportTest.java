package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shooting in a US town, through the store and out: the place keeps the town's county, which
 * ACLED's and UCDP's exports write as the second-order division beside the town. The report is
 * invented for the test.
 */
class TownCountyExportTest {
  private static final String REPORT =
      "date 2016-03-14 Man wounded in shooting in Danville\n\n"
          + "DANVILLE, Ky. (WXYZ) - A man was shot in the leg outside a store on Main Street in"
          + " Danville on Monday, police said. He is expected to recover.\n";

  @TempDir static Path dir;
  private static OneReportStore store;

  @BeforeAll
  static void ingestTheReport() throws IOException {
    store = OneReportStore.ingest(dir, "danville.txt", REPORT);
  }

  @Test
  void theTownKeepsItsCountyThroughTheStore() throws IOException {
    JsonNode place = store.firstIncidentsPlace();
    assertThat(place.get("name").asText()).isEqualTo("Danville");
    assertThat(place.get("precision").asText()).isEqualTo("town");
    assertThat(place.get("admin2").asText()).isEqualTo("Boyle County");
    assertThat(place.has("seat")).isFalse();
  }

  @Test
  void acledAndUcdpWriteTheTownsCounty() {
    assertThat(store.exported("acled"))
        .containsEntry("location", "Danville")
        .containsEntry("admin2", "Boyle County")
        .containsEntry("geo_precision", "1");
    assertThat(store.exported("ucdp")).containsEntry("adm_2", "Boyle County");
  }
}
