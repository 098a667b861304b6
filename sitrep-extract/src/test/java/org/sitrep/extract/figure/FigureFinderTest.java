package org.sitrep.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.quantity.QuantityParser;
import org.sitrep.model.Hedge;
import org.sitrep.model.Slot;

class FigureFinderTest {
  private final FigureFinder finder = new FigureFinder(new QuantityParser());

  private static String evidence(String sentence, Figure figure) {
    return sentence.substring(figure.start(), figure.end());
  }

  @Test
  void readsKilledAndInjuredWithTheirHedges() {
    String sentence =
        "At least 60 people were killed and more than 140 were injured in two bomb blasts.";

    List<Figure> figures = finder.find(sentence);

    assertThat(figures).hasSize(2);
    assertThat(figures.get(0).slot()).isEqualTo(Slot.FATALITIES);
    assertThat(figures.get(0).quantity().hedge()).isEqualTo(Hedge.AT_LEAST);
    assertThat(figures.get(0).quantity().low()).isEqualTo(60L);
    assertThat(figures.get(0).group()).isNull();
    assertThat(evidence(sentence, figures.get(0))).isEqualTo("At least 60 people were killed");
    assertThat(figures.get(1).slot()).isEqualTo(Slot.INJURIES);
    assertThat(figures.get(1).quantity().low()).isEqualTo(141L);
  }

  @Test
  void readsCountWordsBeforeTheNumber() {
    String sentence =
        "They exploded a belt among them, killing around 60 people and injuring over 100 others.";

    List<Figure> figures = finder.find(sentence);

    assertThat(figures).extracting(Figure::slot).containsExactly(Slot.FATALITIES, Slot.INJURIES);
    assertThat(figures.get(0).quantity().hedge()).isEqualTo(Hedge.ABOUT);
    assertThat(figures.get(1).group()).isNull();
  }

  @Test
  void keepsTheGroupsOfATotalAndItsParts() {
    String sentence =
        "The bombing killed more than 100 people, including 13 US personnel, officials said.";

    List<Figure> figures = finder.find(sentence);

    assertThat(figures).hasSize(2);
    assertThat(figures.get(0).part()).isFalse();
    assertThat(figures.get(1).part()).isTrue();
    assertThat(figures.get(1).slot()).isEqualTo(Slot.FATALITIES);
    assertThat(figures.get(1).group()).isEqualTo("US personnel");
  }

  @Test
  void sharesTheCountWordAcrossNumbersJoinedByAnd() {
    String sentence =
        "About one hundred civilians and 13 American soldiers were killed in the bombing.";

    List<Figure> figures = finder.find(sentence);

    assertThat(figures).extracting(Figure::slot).containsOnly(Slot.FATALITIES);
    assertThat(figures).extracting(Figure::group).containsExactly("civilians", "American soldiers");
  }

  @Test
  void readsARisingTollAndJointCounts() {
    assertThat(finder.find("The death toll rose to 19 on Friday."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.FATALITIES));
    assertThat(finder.find("Amaq reported around 160 killed and injured among the Americans."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.CASUALTIES));
    assertThat(finder.find("Gunmen kidnapped 20 students from the school."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.ABDUCTED));
  }

  @Test
  void readsAnExplicitZero() {
    assertThat(finder.find("There were no reports of deaths or damage to the airport."))
        .singleElement()
        .satisfies(
            figure -> {
              assertThat(figure.slot()).isEqualTo(Slot.FATALITIES);
              assertThat(figure.quantity().low()).isZero();
            });
  }

  @Test
  void countsOnePersonNamedAsAVictim() {
    assertThat(finder.find("A 7-year-old boy was shot and killed Saturday night."))
        .singleElement()
        .satisfies(
            figure -> {
              assertThat(figure.slot()).isEqualTo(Slot.FATALITIES);
              assertThat(figure.quantity().stated()).isEqualTo(1L);
            });
    assertThat(finder.find("Amari Brown, 7, died at the hospital."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.FATALITIES));
    assertThat(finder.find("A woman was also shot in the chest and is in stable condition."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.INJURIES));
  }

  @Test
  void countsOnePersonToldOfAsObjectOrByAPronoun() {
    assertThat(finder.find("A friend killed the 63-year-old father of four Friday evening."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.FATALITIES));
    assertThat(finder.find("He was pronounced dead at 4:36 p.m."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.slot()).isEqualTo(Slot.FATALITIES));
    assertThat(finder.find("The boy fatally shot himself at home."))
        .singleElement()
        .satisfies(figure -> assertThat(figure.quantity().stated()).isEqualTo(1L));
  }

  @Test
  void leavesNumbersThatCountNothingAlone() {
    assertThat(finder.find("The flights have carried more than 122,000 passengers out of Kabul."))
        .isEmpty();
    assertThat(finder.find("The blast struck shortly after 7 a.m. in 2021.")).isEmpty();
    assertThat(finder.find("The car was hit two kilometers from the airport.")).isEmpty();
  }
}
