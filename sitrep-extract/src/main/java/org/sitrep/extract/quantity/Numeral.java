package org.sitrep.extract.quantity;

/**
 * A number as written, before any hedge: tokens {@code [from, to)} of a {@link TokenSequence} and
 * either a value ("twelve", "1,200", "2.5 million") or, for vague words ("dozens", "several"), the
 * bounds they conventionally carry.
 *
 * @param magnitude the scale word the number ends with (1,000,000 for "3 million"), else 1; lets "2
 *     to 3 million" read as two million to three million
 */
record Numeral(int from, int to, Form form, Long value, Long low, Long high, long magnitude) {

  /** How the number is written, which decides the hedge it carries when none is stated. */
  enum Form {
    /** "13", "1,200", "2.5 million". */
    DIGITS,
    /** "twelve", "one hundred and twelve". */
    WORDS,
    /** A round idiom used loosely in news: "a dozen", "two dozen", "a hundred", "half a dozen". */
    ROUND,
    /** A number word with no figure: "dozens", "several", "a few", "hundreds of thousands". */
    VAGUE,
    /** "no one", "nobody", "none": an explicit zero. */
    NOBODY
  }

  static Numeral counted(int from, int to, Form form, long value, long magnitude) {
    return new Numeral(from, to, form, value, value, value, magnitude);
  }

  static Numeral vague(int from, int to, Long low, Long high) {
    return new Numeral(from, to, Form.VAGUE, null, low, high, 1);
  }

  boolean isVague() {
    return form == Form.VAGUE;
  }

  /**
   * Whether the number is a single digit run with nothing added ("2015", not "2,015" or "2.5m").
   */
  boolean isPlainDigits(TokenSequence tokens) {
    return form == Form.DIGITS
        && to - from == 1
        && tokens.text(from).chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
