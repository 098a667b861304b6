package org.sitrep.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.quantity.QuantityParser;
import org.sitrep.model.Slot;

/** The phrasings of analyst incident summaries. */
class SummaryFiguresTest {
  private final FigureFinder finder = new FigureFinder(new QuantityParser());

  private List<Figure> of(String sentence, Slot slot) {
    return finder.find(sentence).stream().filter(f -> f.slot() == slot).toList();
  }

  @Test
  void readsACountAcrossAnAppositionOfWhoItIncludes() {
    List<Figure> dead =
        of(
            "Six people, including the assailant, were killed and 14 others were wounded.",
            Slot.FATALITIES);

    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).quantity().low()).isEqualTo(6L);
    assertThat(dead.get(0).group()).isNull();
  }

  @Test
  void keepsTheTotalAndItsPartWhenTheAppositionCountsToo() {
    List<Figure> dead =
        of("At least five people, including three soldiers, were killed.", Slot.FATALITIES);

    assertThat(dead).extracting(f -> f.quantity().stated()).containsExactly(5L, 3L);
    assertThat(dead.get(1).part()).isTrue();
  }

  @Test
  void countsTheAttackerJoinedToACountOfTheDead() {
    List<Figure> dead = of("The bomber and four soldiers were killed.", Slot.FATALITIES);

    assertThat(dead).extracting(Figure::group).containsExactly("attackers", "soldiers");
  }

  @Test
  void sharesTheCountWordAcrossAnAndWithAnArticle() {
    List<Figure> dead = of("Five soldiers and the two bombers were killed.", Slot.FATALITIES);

    assertThat(dead).extracting(f -> f.quantity().stated()).containsExactly(5L, 2L);
  }

  @Test
  void readsExplicitZerosOfEveryKind() {
    assertThat(of("There were no reported casualties in the incident.", Slot.CASUALTIES))
        .hasSize(1);
    assertThat(of("No casualties were reported.", Slot.CASUALTIES)).hasSize(1);
    assertThat(of("The victim was released unharmed two days later.", Slot.CASUALTIES)).hasSize(1);
    assertThat(of("No one was hurt in the attack.", Slot.CASUALTIES)).hasSize(1);
    assertThat(of("Nobody was injured in the shooting.", Slot.CASUALTIES)).hasSize(1);
    assertThat(of("No one was wounded.", Slot.CASUALTIES)).hasSize(1);
  }

  @Test
  void readsOneVictimNamedByRole() {
    assertThat(
            of(
                "Gunmen shot and killed a district council member outside his home.",
                Slot.FATALITIES))
        .hasSize(1);
    assertThat(of("Insurgents shot dead a village headman.", Slot.FATALITIES)).hasSize(1);
    assertThat(of("Their driver was shot and killed during the abduction.", Slot.FATALITIES))
        .hasSize(1);
    assertThat(of("Assailants beat a Hindu priest to death.", Slot.FATALITIES)).hasSize(1);
  }

  @Test
  void readsTheDeadShotOneByOneOrAsAGroup() {
    List<Figure> attacker =
        of("Two people were killed before police shot the attacker dead.", Slot.FATALITIES);
    assertThat(attacker).extracting(Figure::group).containsExactly(null, "attackers");
    assertThat(of("The assailants shot nine of them dead before fleeing.", Slot.FATALITIES))
        .extracting(f -> f.quantity().low())
        .containsExactly(9L);
  }

  @Test
  void readsBothAndOneOfThem() {
    List<Figure> hurt = of("Both students were injured.", Slot.INJURIES);
    assertThat(hurt).hasSize(1);
    assertThat(hurt.get(0).quantity().low()).isEqualTo(2L);
    assertThat(of("One of the victims died of her wounds.", Slot.FATALITIES)).hasSize(1);
  }

  @Test
  void readsTheDeadOfABeheadingAndAFatalShooting() {
    assertThat(of("The militants raided the town, beheading six civilians.", Slot.FATALITIES))
        .extracting(f -> f.quantity().low())
        .containsExactly(6L);
    assertThat(of("A family of five was found fatally shot.", Slot.FATALITIES)).hasSize(1);
  }
}
