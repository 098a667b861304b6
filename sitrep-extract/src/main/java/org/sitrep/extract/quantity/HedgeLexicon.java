package org.sitrep.extract.quantity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Hedge;

/**
 * The words around a number that make it a bound or an estimate: prefixes ("at least", "nearly",
 * "up to", "between") and suffixes ("or more", "or so", "100-plus", "20-odd"). Matching is on
 * lower-cased tokens, longest phrase first. Immutable and thread-safe.
 */
final class HedgeLexicon {

  /** Where a hedge phrase ends (exclusive token index) and what it means. */
  record Match(Hedge hedge, int to) {}

  private record Phrase(List<String> words, Hedge hedge) {}

  /** Prefixes; {@link Hedge#RANGE} marks the range openers "between" and "from". */
  private static final List<Phrase> PREFIXES =
      phrases(
          Map.of(
              Hedge.EXACT,
              List.of("exactly", "precisely", "a total of"),
              Hedge.AT_LEAST,
              List.of(
                  "at least",
                  "at the very least",
                  "no fewer than",
                  "no less than",
                  "not less than",
                  "not fewer than",
                  "a minimum of",
                  "at minimum",
                  "at a minimum"),
              Hedge.MORE_THAN,
              List.of(
                  "more than",
                  "over",
                  "upwards of",
                  "upward of",
                  "in excess of",
                  "greater than",
                  "above",
                  "well over",
                  "well above",
                  "well more than",
                  "far more than",
                  "just over",
                  "just above",
                  "slightly more than",
                  "slightly over",
                  "a little over",
                  "a little more than"),
              Hedge.AT_MOST,
              List.of(
                  "up to",
                  "as many as",
                  "at most",
                  "at the most",
                  "a maximum of",
                  "no more than",
                  "not more than"),
              Hedge.FEWER_THAN,
              List.of("fewer than", "less than", "under", "below", "well under", "well below"),
              Hedge.NEARLY,
              List.of(
                  "nearly",
                  "almost",
                  "close to",
                  "just under",
                  "just below",
                  "just shy of",
                  "shy of",
                  "not quite"),
              Hedge.ABOUT,
              List.of(
                  "about",
                  "around",
                  "some",
                  "approximately",
                  "approx",
                  "approx .",
                  "roughly",
                  "an estimated",
                  "estimated",
                  "circa",
                  "in the region of",
                  "on the order of",
                  "something like",
                  "round about"),
              Hedge.RANGE,
              List.of(
                  "between",
                  "from",
                  "anywhere between",
                  "anywhere from",
                  "somewhere between",
                  "somewhere from")));

  private static final List<Phrase> SUFFIXES =
      phrases(
          Map.of(
              Hedge.AT_LEAST, List.of("or more", "or above", "and up", "and counting", "+"),
              Hedge.AT_MOST, List.of("or fewer", "or less"),
              Hedge.ABOUT, List.of("or so", "or thereabouts", "give or take", "more or less")));

  /** Words glued by a hyphen after a number that hedge it: "100-plus", "20-odd". */
  private static final Map<String, Hedge> HYPHEN_SUFFIXES =
      Map.of("plus", Hedge.AT_LEAST, "odd", Hedge.ABOUT, "some", Hedge.ABOUT);

  private static final Set<String> OPENERS = Set.of("between", "from");

  private static List<Phrase> phrases(Map<Hedge, List<String>> table) {
    return table.entrySet().stream()
        .flatMap(
            e ->
                e.getValue().stream().map(p -> new Phrase(Arrays.asList(p.split(" ")), e.getKey())))
        .sorted(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed())
        .toList();
  }

  /** The hedge phrase that starts at token {@code i}, longest first. */
  Optional<Match> prefixAt(TokenSequence tokens, int i) {
    return longest(PREFIXES, tokens, i);
  }

  /** The hedge phrase that follows a number ending before token {@code i}. */
  Optional<Match> suffixAt(TokenSequence tokens, int i) {
    if (tokens.isDash(i) && tokens.glued(i) && tokens.glued(i + 1)) {
      Hedge hedge = HYPHEN_SUFFIXES.get(tokens.lower(i + 1));
      return Optional.ofNullable(hedge).map(h -> new Match(h, i + 2));
    }
    if (tokens.lower(i).equals("plus") && !tokens.isNumber(i + 1)) {
      return Optional.of(new Match(Hedge.AT_LEAST, i + 1));
    }
    if (tokens.lower(i).equals("+") && !tokens.glued(i)) {
      return Optional.empty();
    }
    return longest(SUFFIXES, tokens, i);
  }

  /** Whether a matched prefix is a range opener, and which: "between" or "from". */
  static Optional<String> opener(TokenSequence tokens, Match prefix) {
    String last = tokens.lower(prefix.to() - 1);
    return prefix.hedge() == Hedge.RANGE && OPENERS.contains(last)
        ? Optional.of(last)
        : Optional.empty();
  }

  private static Optional<Match> longest(List<Phrase> phrases, TokenSequence tokens, int i) {
    for (Phrase phrase : phrases) {
      if (matches(phrase.words(), tokens, i)) {
        return Optional.of(new Match(phrase.hedge(), i + phrase.words().size()));
      }
    }
    return Optional.empty();
  }

  private static boolean matches(List<String> words, TokenSequence tokens, int i) {
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.lower(i + k).equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }
}
