package org.sitrep.extract.quantity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the number that starts at a token, if one does: digits with an optional scale word, number
 * words by their grammar, vague number words, or an explicit "no one". Stateless and thread-safe.
 *
 * <p>Vague words become bounds, by these conventions (ours, chosen so the bounds hold every
 * reasonable reading; see {@link QuantityParser} for the sources we compared against):
 *
 * <ul>
 *   <li>plurals of a unit mean at least two of it, with no upper bound: "tens of" 20+, "dozens"
 *       24+, "scores" 40+, "hundreds" 200+, "thousands" 2,000+, "millions" 2,000,000+; "tens of
 *       thousands" 20,000+, "hundreds of thousands" 200,000+
 *   <li>"a couple of" 2–3, "a few" 2–9, "a handful" 2–9, "several" 3–9, "a number of" 2+
 *   <li>a quantifier before a unit multiplies: "several hundred" 300–900, "a few dozen" 24–108
 * </ul>
 */
final class NumeralReader {

  /** Above this a digit run is an identifier, not a count of anything in a news report. */
  private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000_000_000L);

  private static final Pattern DIGITS =
      Pattern.compile(
          "\\d{1,15}|\\d{1,3}(,\\d{3}){1,4}|\\d{0,6}\\.\\d{1,6}|\\d{1,3}(,\\d{3}){1,3}\\.\\d{1,6}");

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));

  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fourty", 40, "fifty", 50, "sixty", 60,
          "seventy", 70, "eighty", 80, "ninety", 90);

  private static final Map<String, Long> SCALES =
      Map.of("thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  /** Scale words that may follow digits: "2 million", "5 lakh" (South Asian reports), "3 dozen". */
  private static final Map<String, Long> MAGNITUDES =
      Map.of(
          "hundred", 100L,
          "thousand", 1_000L,
          "million", 1_000_000L,
          "billion", 1_000_000_000L,
          "lakh", 100_000L,
          "crore", 10_000_000L,
          "dozen", 12L);

  /** Singular units a vague quantifier multiplies: "several hundred", "a few dozen". */
  private static final Map<String, Long> MULTIPLIERS =
      Map.of(
          "dozen", 12L,
          "hundred", 100L,
          "thousand", 1_000L,
          "million", 1_000_000L,
          "billion", 1_000_000_000L);

  private static final Map<String, Long> PLURALS =
      Map.of(
          "tens", 10L,
          "dozens", 12L,
          "scores", 20L,
          "hundreds", 100L,
          "thousands", 1_000L,
          "millions", 1_000_000L,
          "billions", 1_000_000_000L);

  /** "scores" is a count only where it is followed like one; otherwise it is test scores. */
  private static final Set<String> AFTER_SCORES =
      Set.of(
          "of",
          "more",
          "others",
          "were",
          "are",
          "have",
          "had",
          "died",
          "dead",
          "killed",
          "injured",
          "wounded",
          "hurt",
          "arrested",
          "missing");

  private enum Part {
    NONE,
    ARTICLE,
    UNIT,
    TENS,
    HUNDRED,
    SCALE,
    AND
  }

  /** The number starting at token {@code i}, if any. */
  Optional<Numeral> read(TokenSequence tokens, int i) {
    Optional<Numeral> found = readVague(tokens, i);
    if (found.isEmpty()) {
      found = readNobody(tokens, i);
    }
    if (found.isEmpty()) {
      found = readHalf(tokens, i);
    }
    if (found.isEmpty()) {
      found = readWords(tokens, i);
    }
    if (found.isEmpty()) {
      found = readDigits(tokens, i);
    }
    return found;
  }

  static boolean isNumberWord(String lower) {
    return UNITS.containsKey(lower) || TENS.containsKey(lower) || lower.equals("zero");
  }

  private static Optional<Numeral> readDigits(TokenSequence tokens, int i) {
    String text = tokens.text(i);
    if (!tokens.isNumber(i) || !DIGITS.matcher(text).matches()) {
      return Optional.empty();
    }
    BigDecimal base = new BigDecimal(text.replace(",", ""));
    Long magnitude = tokens.isWord(i + 1) ? MAGNITUDES.get(tokens.lower(i + 1)) : null;
    BigDecimal value = magnitude == null ? base : base.multiply(BigDecimal.valueOf(magnitude));
    if (value.compareTo(LIMIT) > 0 || value.stripTrailingZeros().scale() > 0) {
      // "3.7 miles", "2.5" alone: not a count of anything.
      return Optional.empty();
    }
    boolean dozen = "dozen".equals(tokens.lower(i + 1));
    return Optional.of(
        Numeral.counted(
            i,
            magnitude == null ? i + 1 : i + 2,
            dozen ? Numeral.Form.ROUND : Numeral.Form.DIGITS,
            value.longValueExact(),
            magnitude == null || dozen ? 1 : magnitude));
  }

  private static Optional<Numeral> readNobody(TokenSequence tokens, int i) {
    String w = tokens.lower(i);
    if (w.equals("nobody") || w.equals("none")) {
      return Optional.of(Numeral.counted(i, i + 1, Numeral.Form.NOBODY, 0, 1));
    }
    if (w.equals("no") && tokens.lower(i + 1).equals("one")) {
      return Optional.of(Numeral.counted(i, i + 2, Numeral.Form.NOBODY, 0, 1));
    }
    if (w.equals("no") && tokens.isDash(i + 1) && tokens.lower(i + 2).equals("one")) {
      return Optional.of(Numeral.counted(i, i + 3, Numeral.Form.NOBODY, 0, 1));
    }
    return Optional.empty();
  }

  /** "half a dozen", "half a million", "a half dozen", "a half-dozen". */
  private static Optional<Numeral> readHalf(TokenSequence tokens, int i) {
    if (tokens.lower(i).equals("half") && tokens.lower(i + 1).equals("a")) {
      Long unit = MULTIPLIERS.get(tokens.lower(i + 2));
      return Optional.ofNullable(unit)
          .map(u -> Numeral.counted(i, i + 3, Numeral.Form.ROUND, u / 2, 1));
    }
    if (tokens.lower(i).equals("a") && tokens.lower(i + 1).equals("half")) {
      int dozen = tokens.isDash(i + 2) ? i + 3 : i + 2;
      if (tokens.lower(dozen).equals("dozen")) {
        return Optional.of(Numeral.counted(i, dozen + 1, Numeral.Form.ROUND, 6, 1));
      }
    }
    return Optional.empty();
  }

  private static Optional<Numeral> readVague(TokenSequence tokens, int i) {
    Optional<Numeral> quantifier = readQuantifier(tokens, i);
    return quantifier.isPresent() ? quantifier : readPlural(tokens, i);
  }

  /** "several", "a few", "a couple of", "a handful", "a number of", each times any unit after. */
  private static Optional<Numeral> readQuantifier(TokenSequence tokens, int i) {
    String w0 = tokens.lower(i);
    String w1 = tokens.lower(i + 1);
    String w2 = tokens.lower(i + 2);
    if (w0.equals("several")) {
      return Optional.of(multiplied(tokens, i, i + 1, 3, 9L));
    }
    if (!w0.equals("a")) {
      return Optional.empty();
    }
    if (w1.equals("few") || w1.equals("handful")) {
      return Optional.of(multiplied(tokens, i, i + 2, 2, 9L));
    }
    if (w1.equals("couple") && w2.equals("of")) {
      return Optional.of(multiplied(tokens, i, i + 3, 2, 3L));
    }
    if (w1.equals("couple") && MULTIPLIERS.containsKey(w2)) {
      return Optional.of(multiplied(tokens, i, i + 2, 2, 3L));
    }
    if (w1.equals("number") && w2.equals("of")) {
      return Optional.of(Numeral.vague(i, i + 3, 2L, null));
    }
    return Optional.empty();
  }

  private static Numeral multiplied(TokenSequence tokens, int from, int to, long low, Long high) {
    int end = to;
    long unit = 1;
    long lastUnit = 1;
    while (MULTIPLIERS.containsKey(tokens.lower(end))
        && MULTIPLIERS.get(tokens.lower(end)) > lastUnit) {
      lastUnit = MULTIPLIERS.get(tokens.lower(end));
      unit *= lastUnit;
      end++;
    }
    return Numeral.vague(from, end, low * unit, high == null ? null : high * unit);
  }

  /** "dozens", "hundreds", "tens of thousands", "hundreds of thousands", "scores" (as a count). */
  private static Optional<Numeral> readPlural(TokenSequence tokens, int i) {
    Long unit = PLURALS.get(tokens.lower(i));
    if (unit == null) {
      return Optional.empty();
    }
    boolean of = tokens.lower(i + 1).equals("of");
    if ((unit == 10L && !of) || (unit == 20L && !tokens.lowerIn(i + 1, AFTER_SCORES))) {
      return Optional.empty();
    }
    Long outer = of ? PLURALS.get(tokens.lower(i + 2)) : null;
    if (outer != null && outer > unit && outer >= 1_000L) {
      return Optional.of(Numeral.vague(i, i + 3, 2 * unit * outer, null));
    }
    return Optional.of(Numeral.vague(i, i + 1, 2 * unit, null));
  }

  /**
   * Number words by their grammar: "twelve", "twenty-one", "one hundred and twelve", "a hundred",
   * "two dozen", "three thousand five hundred". A state machine over the parts, because which word
   * may follow which is the whole grammar.
   */
  private static Optional<Numeral> readWords(TokenSequence tokens, int i) {
    if (tokens.lower(i).equals("zero")) {
      return Optional.of(Numeral.counted(i, i + 1, Numeral.Form.WORDS, 0, 1));
    }
    boolean article = tokens.lower(i).equals("a");
    if (article && !MULTIPLIERS.containsKey(tokens.lower(i + 1))) {
      return Optional.empty();
    }
    long total = 0;
    long group = article ? 1 : 0;
    long lastScale = Long.MAX_VALUE;
    Part last = article ? Part.ARTICLE : Part.NONE;
    boolean dozen = false;
    int j = article ? i + 1 : i;
    int end = j;
    while (tokens.has(j)) {
      if (last != Part.NONE && last != Part.ARTICLE && joinedByHyphen(tokens, j)) {
        j++;
      }
      String w = tokens.lower(j);
      Part part = partOf(w);
      if (!follows(last, part, w, tokens.lower(j + 1))) {
        break;
      }
      if (part == Part.UNIT) {
        group += UNITS.get(w);
      } else if (part == Part.TENS) {
        group += TENS.get(w);
      } else if (part == Part.HUNDRED && group < 100) {
        group *= w.equals("dozen") ? 12 : 100;
        dozen = w.equals("dozen");
      } else if (part == Part.SCALE && SCALES.get(w) < lastScale) {
        lastScale = SCALES.get(w);
        total += group * lastScale;
        group = 0;
      } else if (part != Part.AND) {
        break;
      }
      last = part;
      j++;
      if (part != Part.AND) {
        end = j;
      }
      if (dozen) {
        break;
      }
    }
    if (end == i || last == Part.ARTICLE || last == Part.NONE) {
      return Optional.empty();
    }
    boolean round = dozen || (article && end == i + 2);
    long magnitude = group == 0 && lastScale != Long.MAX_VALUE ? lastScale : 1;
    return Optional.of(
        Numeral.counted(
            i, end, round ? Numeral.Form.ROUND : Numeral.Form.WORDS, total + group, magnitude));
  }

  private static boolean joinedByHyphen(TokenSequence tokens, int j) {
    return tokens.isDash(j)
        && tokens.glued(j)
        && tokens.glued(j + 1)
        && (UNITS.containsKey(tokens.lower(j + 1))
            || tokens.lower(j + 1).equals("hundred")
            || SCALES.containsKey(tokens.lower(j + 1)));
  }

  private static Part partOf(String w) {
    if (UNITS.containsKey(w)) {
      return Part.UNIT;
    }
    if (TENS.containsKey(w)) {
      return Part.TENS;
    }
    if (w.equals("hundred") || w.equals("dozen")) {
      return Part.HUNDRED;
    }
    if (SCALES.containsKey(w)) {
      return Part.SCALE;
    }
    return w.equals("and") ? Part.AND : Part.NONE;
  }

  /** Whether {@code part} may come after {@code last}; {@code next} is the word after it. */
  private static boolean follows(Part last, Part part, String w, String next) {
    boolean afterBoundary =
        last == Part.NONE || last == Part.HUNDRED || last == Part.SCALE || last == Part.AND;
    return switch (part) {
      case UNIT -> afterBoundary || (last == Part.TENS && UNITS.get(w) < 10);
      case TENS -> afterBoundary;
      case HUNDRED, SCALE ->
          last == Part.UNIT
              || last == Part.TENS
              || last == Part.ARTICLE
              || (part == Part.SCALE && last == Part.HUNDRED);
      case AND ->
          (last == Part.HUNDRED || last == Part.SCALE)
              && (UNITS.containsKey(next) || TENS.containsKey(next));
      case NONE, ARTICLE -> false;
    };
  }
}
