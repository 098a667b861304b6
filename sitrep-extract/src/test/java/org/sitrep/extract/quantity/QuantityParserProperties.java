package org.sitrep.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.sitrep.model.Hedge;
import org.sitrep.model.Quantity;

/** Properties of {@link QuantityParser} over generated numbers, hedges and arbitrary text. */
class QuantityParserProperties {

  private static final Map<String, Hedge> HEDGES =
      Map.ofEntries(
          Map.entry("at least", Hedge.AT_LEAST),
          Map.entry("no fewer than", Hedge.AT_LEAST),
          Map.entry("a minimum of", Hedge.AT_LEAST),
          Map.entry("more than", Hedge.MORE_THAN),
          Map.entry("over", Hedge.MORE_THAN),
          Map.entry("upwards of", Hedge.MORE_THAN),
          Map.entry("in excess of", Hedge.MORE_THAN),
          Map.entry("nearly", Hedge.NEARLY),
          Map.entry("almost", Hedge.NEARLY),
          Map.entry("close to", Hedge.NEARLY),
          Map.entry("just under", Hedge.NEARLY),
          Map.entry("about", Hedge.ABOUT),
          Map.entry("around", Hedge.ABOUT),
          Map.entry("some", Hedge.ABOUT),
          Map.entry("approximately", Hedge.ABOUT),
          Map.entry("roughly", Hedge.ABOUT),
          Map.entry("an estimated", Hedge.ABOUT),
          Map.entry("up to", Hedge.AT_MOST),
          Map.entry("as many as", Hedge.AT_MOST),
          Map.entry("at most", Hedge.AT_MOST),
          Map.entry("fewer than", Hedge.FEWER_THAN),
          Map.entry("less than", Hedge.FEWER_THAN),
          Map.entry("under", Hedge.FEWER_THAN));

  private final QuantityParser parser = new QuantityParser();

  @Property
  void readsAnyPlainCountOfPeopleExactly(@ForAll @IntRange(min = 0, max = 100_000) int n) {
    List<QuantityMention> found = parser.find(n + " people were killed");

    assertThat(found).extracting(QuantityMention::quantity).containsExactly(Quantity.exact(n));
  }

  @Property
  void readsAnyCountWithThousandsSeparatorsExactly(
      @ForAll @IntRange(min = 0, max = 100_000) int n) {
    String digits = String.format(Locale.ROOT, "%,d", n);

    List<QuantityMention> found = parser.find(digits + " people were killed");

    assertThat(found).extracting(QuantityMention::quantity).containsExactly(Quantity.exact(n));
    assertThat(found.get(0).text()).isEqualTo(digits);
  }

  @Property
  void keepsTheHedgeOfAnyHedgedCount(
      @ForAll("hedges") String hedge, @ForAll @IntRange(min = 0, max = 100_000) int n) {
    String sentence = "Officials said " + hedge + " " + n + " people were killed.";

    List<QuantityMention> found = parser.find(sentence);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).quantity().hedge()).isEqualTo(HEDGES.get(hedge));
    assertThat(found.get(0).quantity().stated()).isEqualTo(n);
    assertThat(found.get(0).text()).isEqualTo(hedge + " " + n);
  }

  /**
   * The upper end is at most twice the lower, as in reported ranges; "5-100" glued reads as a code,
   * not a range.
   */
  @Property
  void readsAnyRangeWithAnyDash(
      @ForAll @IntRange(min = 1, max = 5_000) int low,
      @ForAll @IntRange(min = 1, max = 5_000) int width,
      @ForAll("dashes") String dash) {
    int high = low + Math.min(width, low);

    assertThat(parser.parse(low + dash + high + " people")).contains(Quantity.between(low, high));
  }

  @Property
  void spansStayInBoundsAndCoverTheirDigits(
      @ForAll @StringLength(max = 40) String before,
      @ForAll("hedges") String hedge,
      @ForAll @IntRange(min = 0, max = 100_000) int n) {
    String text = before + " " + hedge + " " + n + " wounded";

    for (QuantityMention mention : parser.find(text)) {
      assertThat(mention.start()).isBetween(0, mention.end() - 1);
      assertThat(mention.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
    }
    int digits = text.lastIndexOf(String.valueOf(n));
    assertThat(parser.find(text))
        .anySatisfy(
            m -> {
              assertThat(m.start()).isLessThanOrEqualTo(digits);
              assertThat(m.end()).isGreaterThanOrEqualTo(digits + String.valueOf(n).length());
            });
  }

  @Property
  void neverThrowsOnArbitraryText(@ForAll String text) {
    List<QuantityMention> found = parser.find(text);

    parser.parse(text);
    int previousEnd = 0;
    for (QuantityMention mention : found) {
      assertThat(mention.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
      previousEnd = mention.end();
    }
  }

  @Property
  void neverThrowsOnNumberLikeText(@ForAll("numberish") String text) {
    for (QuantityMention mention : parser.find(text)) {
      assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
    }
  }

  @Provide
  Arbitrary<String> hedges() {
    return Arbitraries.of(HEDGES.keySet());
  }

  @Provide
  Arbitrary<String> dashes() {
    return Arbitraries.of("-", "\u2013", "\u2014", " - ", " \u2013 ", " to ");
  }

  /** Text made of the pieces the parser reacts to, so the rules meet each other's edges. */
  @Provide
  Arbitrary<String> numberish() {
    return Arbitraries.of(
            "1",
            "12",
            "2015",
            "1,200",
            "2.5",
            ".40",
            "-",
            "–",
            "to",
            "and",
            "or",
            "between",
            "from",
            "at",
            "least",
            "more",
            "than",
            "a",
            "dozen",
            "dozens",
            "hundred",
            "thousand",
            "million",
            "one",
            "twenty",
            "-one",
            "of",
            "the",
            "year",
            "old",
            "-year-old",
            "p.m.",
            "$",
            "%",
            "block",
            "St",
            ".",
            ",",
            "(",
            ")",
            "no",
            "9/11",
            "10:30",
            "AK",
            "plus",
            "several",
            "few",
            "couple",
            "scores",
            "tens",
            "half",
            "age",
            "aged",
            "911",
            "rose")
        .list()
        .ofMaxSize(12)
        .map(words -> String.join(" ", words));
  }
}
