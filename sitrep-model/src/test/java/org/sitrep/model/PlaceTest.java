package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaceTest {
  @Test
  void aCountyMayHaveASeat() {
    Place harris =
        new Place(
            "Harris County",
            "Texas",
            "US",
            "United States",
            29.8,
            -95.4,
            PlacePrecision.COUNTY,
            "Harris County",
            "Houston");

    assertThat(harris.seat()).isEqualTo("Houston");
    assertThat(harris.admin2()).isEqualTo("Harris County");
    assertThat(harris.region()).isEqualTo("Texas");
  }

  @Test
  void onlyACountyHasASeat() {
    assertThatThrownBy(
            () ->
                new Place(
                    "Houston",
                    "Texas",
                    "US",
                    "United States",
                    29.8,
                    -95.4,
                    PlacePrecision.TOWN,
                    "Harris County",
                    "Houston"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only a county");
    assertThat(
            new Place("Texas", "Texas", "US", "United States", 31.0, -99.0, PlacePrecision.REGION)
                .seat())
        .isNull();
  }
}
