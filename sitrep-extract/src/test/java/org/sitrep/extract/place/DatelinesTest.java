package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelinesTest {
  private static Optional<String> dateline(String text) {
    return Datelines.find(text, 0, text.length()).map(span -> text.substring(span[0], span[1]));
  }

  @Test
  void readsATownInCapitalsWithItsState() {
    assertThat(dateline("KATY, Texas - A man was arrested.")).contains("KATY, Texas");
    assertThat(dateline("GRANITE FALLS, N.C. (WBTV) – A teenager is dead."))
        .contains("GRANITE FALLS, N.C.");
    assertThat(dateline("Updated: Apr 12, 2016  SALEM, Mass. — A man was held."))
        .contains("SALEM, Mass.");
  }

  @Test
  void readsATownInCapitalsBeforeTheOutlet() {
    assertThat(dateline("TUCSON (KGUN9-TV) - One person is dead.")).contains("TUCSON");
    assertThat(dateline("WOODLAWN — A three-year-old was shot.")).contains("WOODLAWN");
  }

  @Test
  void findsNoDatelineInOrdinaryWords() {
    assertThat(dateline("Police said the man, 26, was shot in Gary - a city in Indiana."))
        .isEmpty();
    assertThat(dateline("The FBI - which joined the inquiry - declined to comment.")).isEmpty();
  }
}
