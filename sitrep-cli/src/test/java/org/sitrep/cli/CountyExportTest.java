package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shooting known only to its county, through the store and out: the incident's place has the
 * precision "county", and each dataset's export writes its code for a second-order division, the
 * county in the column for it and no town. The report is invented for the test.
 */
class CountyExportTest {
  private static final String REPORT =
      "date 2016-03-14 Man wounded in accidental shooting\n\n"
          + "GRAYSON COUNTY, Ky. (WXYZ) - Deputies responded to an accidental shooting in Grayson"
          + " County on Monday.\n\n"
          + "A man was shot in the leg while he cleaned a rifle in a barn on Hickory Road, the"
          + " sheriff said. He is expected to recover.\n";

  @TempDir static Path dir;
  private static OneReportStore store;

  @BeforeAll
  static void ingestTheReport() throws IOException {
    store = OneReportStore.ingest(dir, "grayson.txt", REPORT);
  }

  @Test
  void theIncidentIsPlacedInTheCounty() throws IOException {
    JsonNode place = store.firstIncidentsPlace();
    assertThat(place.get("name").asText()).isEqualTo("Grayson County");
    assertThat(place.get("admin1").asText()).isEqualTo("Kentucky");
    assertThat(place.get("precision").asText()).isEqualTo("county");
    assertThat(place.get("lat").isNumber()).isTrue();
    // Kept through the store: the county's seat, where a dataset of towns codes it.
    assertThat(place.get("seat").asText()).isEqualTo("Leitchfield");
  }

  @Test
  void acledWritesTheCountyAsAdmin2WithGeoPrecisionTwoAtItsSeat() {
    // ACLED codes an event known only to its district at the district's main town.
    assertThat(store.exported("acled"))
        .containsEntry("admin1", "Kentucky")
        .containsEntry("admin2", "Grayson County")
        .containsEntry("location", "Leitchfield")
        .containsEntry("geo_precision", "2");
  }

  @Test
  void ucdpWritesTheCountyAsAdm2WithWherePrecThree() {
    assertThat(store.exported("ucdp"))
        .containsEntry("adm_1", "Kentucky")
        .containsEntry("adm_2", "Grayson County")
        .containsEntry("where_prec", "3");
  }

  @Test
  void gtdWritesSpecificityThreeAndNoCity() {
    assertThat(store.exported("gtd"))
        .containsEntry("provstate", "Kentucky")
        .containsEntry("city", "")
        .containsEntry("specificity", "3");
  }
}
