package org.sitrep.resolve.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventDate;

class SceneTest {
  @Test
  void aStreetIsReadByItsOwnNameWithoutDirectionOrStreetWord() {
    assertThat(Scene.streets("Officers responded to the 1800 block of W. North Avenue."))
        .containsExactly("north");
    assertThat(Scene.streets("near North 35th and West Center streets"))
        .containsExactlyInAnyOrder("35th", "center");
    assertThat(Scene.streets("in the 3800 block of Southern Avenue at about 6:45 p.m."))
        .containsExactly("southern");
    assertThat(Scene.streets("in East St. Louis on Monday")).isEmpty();
  }

  @Test
  void aVictimsHomeStreetIsNoScene() {
    assertThat(Scene.streets("Tavon Greer, of Garden Street, died on Elm Street."))
        .containsExactly("elm");
    assertThat(Scene.streets("in the 1200 block of Garden Street")).containsExactly("garden");
  }

  @Test
  void oneStreetWrittenTwoWaysIsOne() {
    assertThat(Scene.sameStreet("killiam", "kiliam")).isTrue();
    assertThat(Scene.sameStreet("fifth", "5th")).isTrue();
    assertThat(Scene.sameStreet("bells ferry", "ferry")).isTrue();
    assertThat(Scene.sameStreet("35th", "36th")).isFalse();
    assertThat(Scene.sameStreet("market", "southern")).isFalse();
  }

  @Test
  void clockTimesAreMinutesAfterMidnight() {
    assertThat(Scene.minutes("around 3:50 p.m. and at 2 a.m. and 11 PM"))
        .containsExactly(15 * 60 + 50, 2 * 60, 23 * 60);
  }

  @Test
  void otherStreetsAloneAreNoSignOfTwoShootings() {
    EventDate saturday = EventDate.day(LocalDate.of(2021, 3, 6));
    Scene birch = new Scene(Set.of("birch"), List.of(15 * 60 + 50), Set.of());
    Scene cedar = new Scene(Set.of("cedar"), List.of(16 * 60 + 30), Set.of());
    Scene cedarAtNight = new Scene(Set.of("cedar"), List.of(21 * 60 + 20), Set.of());

    assertThat(Scene.apart(birch, saturday, cedar, saturday, false)).isFalse();
    assertThat(Scene.apart(birch, saturday, cedar, saturday, true)).isTrue();
    assertThat(Scene.apart(birch, saturday, cedarAtNight, saturday, false)).isTrue();
    // Late Saturday and early Sunday: one night.
    Scene cedarAfterMidnight = new Scene(Set.of("cedar"), List.of(30), Set.of());
    Scene birchLate = new Scene(Set.of("birch"), List.of(23 * 60), Set.of());
    assertThat(
            Scene.apart(
                birchLate,
                saturday,
                cedarAfterMidnight,
                EventDate.day(LocalDate.of(2021, 3, 7)),
                false))
        .isFalse();
  }
}
