package org.sitrep.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.quantity.QuantityParser;
import org.sitrep.model.Slot;

/** Everyday phrasings of US local news about who was killed and who was hurt in a shooting. */
class VictimPhrasingTest {
  private final FigureFinder finder = new FigureFinder(new QuantityParser());

  private List<org.assertj.core.groups.Tuple> counts(String sentence) {
    return finder.find(sentence).stream()
        .map(figure -> tuple(figure.slot(), figure.quantity().stated()))
        .toList();
  }

  @Test
  void oneShotWhoThenDiedIsOneDeadNotOneShot() {
    assertThat(counts("The man was shot multiple times and died at the scene Saturday night."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
    assertThat(counts("The man was shot multiple times and was pronounced dead at the scene."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void oneKilledAndAnotherWoundedWithTheVerbLeftOut() {
    assertThat(counts("A 17-year-old was killed and his cousin wounded in a shooting."))
        .containsExactly(tuple(Slot.FATALITIES, 1L), tuple(Slot.INJURIES, 1L));
    assertThat(counts("A 17-year-old boy was killed and his cousin was wounded Saturday."))
        .containsExactly(tuple(Slot.FATALITIES, 1L), tuple(Slot.INJURIES, 1L));
  }

  @Test
  void howBadlyOneOfThoseShotWasHurtIsNoCount() {
    assertThat(counts("Two men were shot Saturday night, one critically."))
        .containsExactly(tuple(Slot.INJURIES, 2L));
  }

  @Test
  void theVictimWithAnAppositionIsOneShot() {
    assertThat(counts("The victim, a 22-year-old man, was shot in the leg Saturday night."))
        .containsExactly(tuple(Slot.INJURIES, 1L));
  }

  @Test
  void aShootingThatClaimedTheLifeOfOnePerson() {
    assertThat(counts("A shooting Saturday night claimed the life of a 19-year-old man."))
        .containsExactly(tuple(Slot.FATALITIES, 1L));
  }

  @Test
  void aShooterWhoKilledOthersAndThenHimself() {
    assertThat(counts("Police say a man fatally shot his wife and then himself Saturday."))
        .containsExactly(tuple(Slot.FATALITIES, 2L));
    assertThat(counts("He killed his two children and himself."))
        .containsExactly(tuple(Slot.FATALITIES, 3L));
  }
}
