package org.sitrep.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quantity;

/** {@link QuantityParser#find} on whole sentences: offsets, order, and what is left out. */
class QuantityParserTest {

  private final QuantityParser parser = new QuantityParser();

  private List<String> texts(String sentence) {
    return parser.find(sentence).stream().map(QuantityMention::text).toList();
  }

  @Test
  void coversTheHedgeWordsWithTheNumber() {
    String sentence = "Officials said at least twelve U.S. service members were killed.";

    List<QuantityMention> found = parser.find(sentence);

    assertThat(found).hasSize(1);
    QuantityMention mention = found.get(0);
    assertThat(mention.text()).isEqualTo("at least twelve");
    assertThat(mention.start()).isEqualTo(sentence.indexOf("at least"));
    assertThat(mention.end()).isEqualTo(sentence.indexOf(" U.S."));
    assertThat(mention.quantity()).isEqualTo(Quantity.atLeast(12));
  }

  @Test
  void findsEveryFigureOfATollInOrder() {
    String sentence =
        "At least 60 people were killed and more than 140 injured, including 13 US personnel.";

    assertThat(parser.find(sentence))
        .extracting(QuantityMention::quantity)
        .containsExactly(Quantity.atLeast(60), Quantity.moreThan(140), Quantity.exact(13));
  }

  @Test
  void offsetsAlwaysResolveToTheCoveredText() {
    String sentence = "Amaq claimed around 160 killed and injured, and between 10 and 15 arrested.";

    for (QuantityMention mention : parser.find(sentence)) {
      assertThat(sentence.substring(mention.start(), mention.end())).isEqualTo(mention.text());
    }
    assertThat(texts(sentence)).containsExactly("around 160", "between 10 and 15");
  }

  @Test
  void keepsTheVictimsButNotTheAgesTimesOrAddresses() {
    String sentence =
        "A 7-year-old boy was shot and killed Saturday night in the 1100-block of North Harding"
            + " Avenue just before 11:45 p.m., and a 26-year-old woman and two men were wounded.";

    assertThat(texts(sentence)).containsExactly("two");
  }

  @Test
  void leavesOutYearsAndDatesButKeepsTheCountBetweenThem() {
    String sentence = "On Aug. 26, 2021, 13 US troops died; in 2015 another 130 were killed.";

    assertThat(texts(sentence)).containsExactly("13", "130");
  }

  @Test
  void leavesOutTimesWithTheirHedge() {
    assertThat(texts("The shooting happened around 5 p.m. and about 3 people were hurt."))
        .containsExactly("about 3");
  }

  @Test
  void leavesOutTheAgeInAnApposition() {
    String sentence = "Nino Ruiz, 27, and Jenessa Kic, 31, were arrested; three others fled.";

    assertThat(texts(sentence)).containsExactly("three");
  }

  @Test
  void leavesOutAListOfAges() {
    assertThat(texts("the boy with his two brothers, ages 8 and 14, and 5 cousins"))
        .containsExactly("two", "5");
    assertThat(texts("a girl and two women, believed to be 30 and 60, all shot dead"))
        .containsExactly("two");
  }

  @Test
  void leavesOutModelNamesAndCalibres() {
    String sentence =
        "Gunmen with AK-47s and a .40-caliber Glock 19 fired from a C-17 during Covid-19; 4 died.";

    assertThat(texts(sentence)).containsExactly("4");
  }

  @Test
  void leavesOutPhoneNumbersAndTheEmergencyNumber() {
    String sentence =
        "Anyone with information should call 911 or Crime Stoppers at 1-800-222-8477; 2 were shot.";

    assertThat(texts(sentence)).containsExactly("2");
  }

  @Test
  void readsNineHundredElevenOpeningARangeAsACount() {
    assertThat(parser.parse("911-912 people"))
        .contains(org.sitrep.model.Quantity.between(911, 912));
  }

  @Test
  void leavesOutMoneyAndPercentages() {
    assertThat(texts("A $25,000 reward, 40% of residents and 5 victims")).containsExactly("5");
  }

  @Test
  void readsAYearShapedNumberBeforeItsNounAsACount() {
    assertThat(parser.find("2021 people were killed"))
        .extracting(QuantityMention::quantity)
        .containsExactly(Quantity.exact(2021));
  }

  @Test
  void splitsARevisedTollIntoItsTwoFigures() {
    assertThat(parser.find("The death toll rose from 60 to 170 on Friday."))
        .extracting(QuantityMention::quantity)
        .containsExactly(Quantity.exact(60), Quantity.exact(170));
  }

  @Test
  void marksOneUsedAsAPronoun() {
    List<QuantityMention> found = parser.find("One of the victims died; one man was arrested.");

    assertThat(found).extracting(QuantityMention::pronounLike).containsExactly(true, false);
    assertThat(found).extracting(QuantityMention::quantity).containsOnly(Quantity.exact(1));
  }

  @Test
  void marksANumberThatRefersBackToAGroup() {
    List<QuantityMention> found = parser.find("Three men were shot. All three were taken away.");

    assertThat(found).extracting(QuantityMention::pronounLike).containsExactly(false, true);
  }

  @Test
  void readsNoOneAsAnExplicitZero() {
    List<QuantityMention> found = parser.find("No one was hurt in the rocket attack.");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).quantity()).isEqualTo(Quantity.exact(0));
    assertThat(found.get(0).pronounLike()).isTrue();
  }

  @Test
  void readsVagueWordsInASentence() {
    String sentence = "Dozens of people were wounded and scores more are missing.";

    assertThat(parser.find(sentence))
        .extracting(QuantityMention::quantity)
        .containsExactly(Quantity.vague(24L, null), Quantity.vague(40L, null));
  }

  @Test
  void doesNotReadScoresOfATestAsACount() {
    assertThat(parser.find("Test scores rose this year.")).isEmpty();
  }

  @Test
  void readsUnicodeDashesAndNonBreakingSpaces() {
    assertThat(parser.find("between\u00a010\u00a0and\u00a015 and 20\u201325"))
        .extracting(QuantityMention::quantity)
        .containsExactly(Quantity.between(10, 15), Quantity.between(20, 25));
  }

  @Test
  void readsSentencesRunTogetherWithoutSpaces() {
    assertThat(texts("He died at the scene.Two others were hurt.")).containsExactly("Two");
  }

  @Test
  void returnsNothingForEmptyText() {
    assertThat(parser.find("")).isEmpty();
    assertThat(parser.parse("   ")).isEmpty();
  }

  @Test
  void refusesNullText() {
    assertThatNullPointerException().isThrownBy(() -> parser.find(null)).withMessage("text");
  }

  @Test
  void mentionsRefuseASpanThatDoesNotFitTheirText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new QuantityMention(3, 5, "abc", Quantity.exact(1), false));
  }
}
