package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
  @Test
  void identicalTextsScoreOne() {
    ShingleScore score = ShingleScore.of("one two three four five", "one two three four five");

    assertThat(score).isEqualTo(new ShingleScore(1, 1, 1));
  }

  @Test
  void bothEmptyScoreOneAndOneEmptyScoresZero() {
    assertThat(ShingleScore.of("", " ... ").f1()).isEqualTo(1);
    assertThat(ShingleScore.of("", "some words here").f1()).isZero();
    assertThat(ShingleScore.of("some words here", "").f1()).isZero();
  }

  @Test
  void tokensAreUnicodeWordRunsSoPunctuationAndLayoutDoNotCount() {
    assertThat(ShingleScore.tokens("Köln—São Paulo, 12 dead!\n\n서울"))
        .containsExactly("Köln", "São", "Paulo", "12", "dead", "서울");
    assertThat(ShingleScore.of("a b c d e", "a, b;\n\nc d. e").f1()).isEqualTo(1);
  }

  @Test
  void shinglesAreSetsOfFourConsecutiveTokens() {
    assertThat(ShingleScore.shingles("a b c d e a b c d"))
        .containsExactlyInAnyOrder(
            List.of("a", "b", "c", "d"),
            List.of("b", "c", "d", "e"),
            List.of("c", "d", "e", "a"),
            List.of("d", "e", "a", "b"),
            List.of("e", "a", "b", "c"));
  }

  @Test
  void textShorterThanAShingleIsOneShortShingle() {
    assertThat(ShingleScore.shingles("two words")).containsExactly(List.of("two", "words"));
  }

  @Test
  void extraTextCostsPrecisionAndMissingTextCostsRecall() {
    String truth = "w1 w2 w3 w4 w5 w6 w7";
    ShingleScore withJunk = ShingleScore.of(truth, truth + " j1 j2 j3 j4");
    ShingleScore halfMissing = ShingleScore.of(truth, "w1 w2 w3 w4 w5");

    assertThat(withJunk.recall()).isEqualTo(1);
    assertThat(withJunk.precision()).isCloseTo(4.0 / 8, within(1e-9));
    assertThat(halfMissing.precision()).isEqualTo(1);
    assertThat(halfMissing.recall()).isCloseTo(2.0 / 4, within(1e-9));
    assertThat(halfMissing.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
  }

  @Property
  void scoresStayBetweenZeroAndOne(@ForAll String expected, @ForAll String actual) {
    ShingleScore score = ShingleScore.of(expected, actual);

    assertThat(score.precision()).isBetween(0.0, 1.0);
    assertThat(score.recall()).isBetween(0.0, 1.0);
    assertThat(score.f1()).isBetween(0.0, 1.0);
  }
}
