package org.sitrep.extract.quantity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Hedge;
import org.sitrep.model.Quantity;

/**
 * Reads the figure that starts at a token: an optional hedge, a number, then either a second number
 * making a range ("10 to 15", "10–15", "between 10 and 15", "two or three") or a suffix hedge ("or
 * more"). It does not judge whether the number counts anything; {@link NonCountDetector} does.
 * Stateless and thread-safe.
 */
final class FigureReader {

  /** Before "from", these make "from 10 to 15" a revision of a toll, not a range. */
  private static final Set<String> CHANGE_WORDS =
      Set.of(
          "rose",
          "risen",
          "rise",
          "rises",
          "rising",
          "climbed",
          "climb",
          "climbs",
          "climbing",
          "jumped",
          "jumps",
          "increased",
          "increase",
          "increases",
          "grew",
          "grown",
          "growing",
          "raised",
          "revised",
          "fell",
          "fallen",
          "falls",
          "dropped",
          "drops",
          "decreased",
          "declined",
          "doubled",
          "tripled",
          "soared",
          "surged",
          "swelled",
          "updated",
          "changed",
          "went",
          "up",
          "down",
          "upward",
          "downward",
          "upwards",
          "downwards");

  private final NumeralReader numerals = new NumeralReader();
  private final HedgeLexicon hedges = new HedgeLexicon();

  /** The figure starting at token {@code i}, if a number starts there or right after a hedge. */
  Optional<Figure> read(TokenSequence tokens, int i) {
    Optional<HedgeLexicon.Match> prefix = hedges.prefixAt(tokens, i);
    int at = prefix.map(HedgeLexicon.Match::to).orElse(i);
    Optional<Numeral> first = numerals.read(tokens, at);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> opener = prefix.flatMap(p -> HedgeLexicon.opener(tokens, p));
    Optional<Figure> range = readRange(tokens, i, first.get(), opener);
    if (range.isPresent()) {
      return range;
    }
    // An opener without its second number ("from 3") is not a hedge of the first.
    Optional<HedgeLexicon.Match> stated = prefix.filter(p -> p.hedge() != Hedge.RANGE);
    return Optional.of(single(tokens, stated.isPresent() ? i : at, first.get(), stated));
  }

  private Figure single(
      TokenSequence tokens, int from, Numeral numeral, Optional<HedgeLexicon.Match> prefix) {
    Optional<HedgeLexicon.Match> suffix =
        numeral.isVague() ? Optional.empty() : hedges.suffixAt(tokens, numeral.to());
    Hedge hedge = prefix.or(() -> suffix).map(HedgeLexicon.Match::hedge).orElse(null);
    int to = suffix.map(HedgeLexicon.Match::to).orElse(numeral.to());
    Quantity quantity = numeral.isVague() ? vague(hedge, numeral) : counted(hedge, numeral);
    return new Figure(from, to, quantity, List.of(numeral));
  }

  private Optional<Figure> readRange(
      TokenSequence tokens, int from, Numeral first, Optional<String> opener) {
    int connector = first.to();
    if (first.isVague()
        || first.form() == Numeral.Form.NOBODY
        || !connects(tokens, connector, opener)
        || hedges.suffixAt(tokens, connector).isPresent()
        || tokens.joinsIdentifier(connector)
        || (opener.filter("from"::equals).isPresent() && revises(tokens, from))) {
      return Optional.empty();
    }
    Optional<Numeral> second =
        numerals
            .read(tokens, connector + 1)
            .filter(n -> !n.isVague() && n.form() != Numeral.Form.NOBODY);
    if (second.isEmpty()) {
      return Optional.empty();
    }
    long high = second.get().value();
    long low = sharedMagnitude(first, second.get());
    if (low >= high) {
      return Optional.empty();
    }
    return Optional.of(
        new Figure(
            from, second.get().to(), Quantity.between(low, high), List.of(first, second.get())));
  }

  private static boolean connects(TokenSequence tokens, int i, Optional<String> opener) {
    String w = tokens.lower(i);
    boolean toOrDash = w.equals("to") || tokens.isDash(i);
    if (opener.isEmpty()) {
      return toOrDash || w.equals("or");
    }
    return toOrDash || (opener.get().equals("between") && w.equals("and"));
  }

  private static boolean revises(TokenSequence tokens, int from) {
    return tokens.lowerIn(from - 1, CHANGE_WORDS);
  }

  /** "2 to 3 million": the lower end borrows the upper end's scale when it has none of its own. */
  private static long sharedMagnitude(Numeral first, Numeral second) {
    long low = first.value();
    long scaled = low * second.magnitude();
    boolean borrows =
        first.magnitude() == 1 && second.magnitude() > 1 && low < 1_000 && scaled < second.value();
    return borrows ? scaled : low;
  }

  private static Quantity counted(Hedge hedge, Numeral numeral) {
    long n = numeral.value();
    if (hedge == null) {
      return numeral.form() == Numeral.Form.ROUND ? Quantity.about(n) : Quantity.exact(n);
    }
    return switch (hedge) {
      case AT_LEAST -> Quantity.atLeast(n);
      case MORE_THAN -> Quantity.moreThan(n);
      case AT_MOST -> Quantity.atMost(n);
      case FEWER_THAN -> Quantity.fewerThan(n);
      case NEARLY -> Quantity.nearly(n);
      case ABOUT -> Quantity.about(n);
      case EXACT, RANGE, VAGUE -> Quantity.exact(n);
    };
  }

  /** A hedge on a vague word keeps the side of its bounds the hedge speaks for. */
  private static Quantity vague(Hedge hedge, Numeral numeral) {
    if (hedge == null) {
      return Quantity.vague(numeral.low(), numeral.high());
    }
    return switch (hedge) {
      case AT_LEAST, MORE_THAN -> Quantity.vague(numeral.low(), null);
      case AT_MOST, FEWER_THAN, NEARLY -> Quantity.vague(null, numeral.high());
      case EXACT, ABOUT, RANGE, VAGUE -> Quantity.vague(numeral.low(), numeral.high());
    };
  }
}
