package org.sitrep.extract.quantity;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Quantity;

/**
 * Finds the figures a news text states and reads each into a {@link Quantity} that keeps its hedge.
 * Immutable and thread-safe: one instance may serve every thread. Never throws on any non-null
 * text; text it cannot read yields no mention.
 *
 * <h2>What it reads</h2>
 *
 * <ul>
 *   <li>Digits: "13", "1,200", "2 million", "2.5 million" (a decimal only with a scale word, so the
 *       value is whole; "3.7" alone is not a count), "5 lakh", "3 crore".
 *   <li>Words: "twelve", "twenty-one", "one hundred and twelve", "three thousand five hundred".
 *   <li>Hedges before the number: "at least", "no fewer than", "a minimum of" (AT_LEAST); "more
 *       than", "over", "upwards of", "in excess of", "well over" (MORE_THAN); "up to", "as many
 *       as", "at most", "no more than" (AT_MOST); "fewer than", "less than", "under", "below"
 *       (FEWER_THAN); "nearly", "almost", "close to", "just under" (NEARLY); "about", "around",
 *       "some", "approximately", "roughly", "an estimated" (ABOUT); "exactly", "a total of"
 *       (EXACT). After it: "or more", "100-plus", "100+" (AT_LEAST); "or so", "20-odd" (ABOUT); "or
 *       fewer" (AT_MOST).
 *   <li>Ranges: "10 to 15", "10-15", "10–15", "between 10 and 15", "from 10 to 15", "two or three",
 *       "2 to 3 million". After a word of change ("rose from 10 to 15") the two numbers are a
 *       revision, found separately, not a range. "rose to 170" is 170.
 *   <li>Explicit zero: "no one", "nobody", "none" are 0 (and {@code pronounLike}), "zero" is 0.
 * </ul>
 *
 * <h2>Conventions for vague words (hedge VAGUE, no stated number)</h2>
 *
 * <p>ACLED's FAQ on fatalities ("Uses and limitations of ACLED data", 2023, updated 2024) codes
 * reports of "tens" as 10, "dozens" as 12 and "hundreds" as 100: its most conservative single
 * value. A {@code Quantity} keeps bounds instead, so we take the least the plural allows (two of
 * the unit) as {@code low} and leave {@code high} open, as the model's own {@link Quantity#vague}
 * documentation does for "dozens": "tens of" 20+, "dozens" 24+, "scores" 40+, "hundreds" 200+,
 * "thousands" 2,000+, "tens of thousands" 20,000+, "hundreds of thousands" 200,000+. An exporter
 * that wants ACLED's codes can map these lows back (24 → 12, 200 → 100). The small quantifiers are
 * our convention, wide enough to hold every ordinary reading: "a couple of" 2–3, "a few" 2–9, "a
 * handful" 2–9, "several" 3–9, "a number of" 2+; before a unit they multiply ("several hundred"
 * 300–900, "a few dozen" 24–108). A hedge on a vague word keeps the side it speaks for: "up to
 * several hundred" is at most 900, "at least dozens" is 24+.
 *
 * <p>Round idioms are estimates, not tallies: "a dozen", "two dozen", "half a dozen", "a hundred",
 * "a thousand" read as ABOUT. "one hundred", "a hundred and twelve" and digits read as EXACT.
 *
 * <h2>What it leaves out</h2>
 *
 * <p>Numbers that name rather than count are not mentions at all: years ("in 2015", "the 2015
 * attack"; bare four-digit 1800–2099 unless a lower-case word follows, so "2015 people" counts),
 * dates ("Aug. 26"), times ("7 a.m.", "10:30", "shortly after 6"), ages ("a 7-year-old", "aged 34",
 * "ages 8 and 14", "Smith, 34,"), percentages, money ("$500", "thousands of dollars"), calibres
 * (".40-caliber", "9 mm"), addresses ("2220 block of Broadway", "1915 Birch St."), phone and case
 * numbers ("555-1234", "called 911"), ordinals ("13th"; "first" is not a number word), designators
 * and labels ("AK-47", "C-17", "Covid-19", "9/11", "Route 66", "No. 10"), compounds ("one-finger",
 * "two-car"). For an age the digits are dropped, not the person: "a 7-year-old boy was shot" has no
 * mention, and counting that boy as one victim is the extractor's job, from the noun phrase. Other
 * numbers that count things other than people ("six times", "20 minutes") are mentions; the
 * extractor decides what they count.
 */
public final class QuantityParser {

  /** Words between a number that was left out and the next one that share its reading. */
  private static final Set<String> LIST_WORDS =
      Set.of(",", "and", "or", "to", "&", "through", "thru", "of");

  private final FigureReader figures = new FigureReader();
  private final NonCountDetector detector = new NonCountDetector();
  private final Anaphora anaphora = new Anaphora();

  /** A number left out and why, so the numbers listed after it can share the reason. */
  private record Skipped(int to, NonCount reason) {}

  /**
   * Every figure in {@code text}, in order of position, spans never overlapping.
   *
   * @param text a sentence, a paragraph or a whole article
   * @return the mentions, with offsets into {@code text}
   */
  public List<QuantityMention> find(String text) {
    requireNonNull(text, "text");
    TokenSequence tokens = TokenSequence.of(text);
    List<QuantityMention> found = new ArrayList<>();
    Optional<Skipped> skipped = Optional.empty();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Figure> figure = figures.read(tokens, i);
      if (figure.isEmpty()) {
        i++;
        continue;
      }
      Figure f = figure.get();
      Optional<NonCount> reason = reasonToSkip(tokens, f, skipped);
      if (reason.isPresent()) {
        skipped = Optional.of(new Skipped(f.to(), reason.get()));
      } else {
        found.add(mention(text, tokens, f));
      }
      i = f.to();
    }
    return List.copyOf(found);
  }

  /**
   * The first figure in a single phrase: "at least 60" is AT_LEAST 60, "the toll rose to 170" is
   * EXACT 170, "in 2015" is empty.
   */
  public Optional<Quantity> parse(String phrase) {
    return find(phrase).stream().findFirst().map(QuantityMention::quantity);
  }

  private Optional<NonCount> reasonToSkip(
      TokenSequence tokens, Figure figure, Optional<Skipped> skipped) {
    return detector
        .classify(tokens, figure)
        .or(() -> skipped.filter(s -> continuesList(tokens, s, figure)).map(Skipped::reason));
  }

  /** "ages 8 and 14", "Aug. 26 and 27": a number listed right after one that was left out. */
  private static boolean continuesList(TokenSequence tokens, Skipped skipped, Figure figure) {
    Numeral first = figure.first();
    for (int k = skipped.to(); k < first.from(); k++) {
      boolean of = tokens.lower(k).equals("of");
      boolean joins = tokens.lowerIn(k, LIST_WORDS) || tokens.isDash(k);
      if (!joins || (of && skipped.reason() != NonCount.IDENTIFIER)) {
        return false;
      }
    }
    // "In 2015, 2021 people were killed": a year-shaped number before a noun is a count.
    boolean yearBeforeNoun =
        skipped.reason() == NonCount.YEAR && NonCountDetector.countsNounAt(tokens, figure.to());
    return first.from() - skipped.to() <= 1
        && !yearBeforeNoun
        && skipped.reason().admits(first, tokens);
  }

  private QuantityMention mention(String text, TokenSequence tokens, Figure figure) {
    int start = tokens.get(figure.from()).start();
    int end = tokens.get(figure.to() - 1).end();
    return new QuantityMention(
        start,
        end,
        text.substring(start, end),
        figure.quantity(),
        anaphora.pronounLike(tokens, figure));
  }
}
