package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
  @Test
  void mapsEachRunToWhereItWasCopiedFrom() {
    // clean "ab|cd" copied from original offsets 5.. and 20..
    OffsetMap map = new OffsetMap.Builder().run(0, 5).run(2, 20).build();

    assertThat(map.toOriginal(0)).isEqualTo(5);
    assertThat(map.toOriginal(1)).isEqualTo(6);
    assertThat(map.toOriginal(2)).isEqualTo(20);
    assertThat(map.toOriginal(3)).isEqualTo(21);
  }

  @Test
  void composesTwoCleaningSteps() {
    OffsetMap pageToArticle = new OffsetMap.Builder().run(0, 100).run(10, 300).build();
    OffsetMap articleToClean = new OffsetMap.Builder().run(0, 2).run(5, 12).build();

    OffsetMap composed = articleToClean.andThen(pageToArticle);

    for (int clean = 0; clean < 12; clean++) {
      assertThat(composed.toOriginal(clean))
          .as("clean offset %d", clean)
          .isEqualTo(pageToArticle.toOriginal(articleToClean.toOriginal(clean)));
    }
  }

  @Test
  void roundTripsThroughPairs() {
    OffsetMap map = new OffsetMap.Builder().run(0, 3).run(7, 40).run(9, 41).build();

    assertThat(OffsetMap.fromPairs(map.toPairs())).isEqualTo(map);
  }

  @Test
  void refusesRunsOutOfOrder() {
    OffsetMap.Builder builder = new OffsetMap.Builder().run(5, 0);

    assertThatThrownBy(() -> builder.run(2, 9)).isInstanceOf(IllegalArgumentException.class);
  }
}
