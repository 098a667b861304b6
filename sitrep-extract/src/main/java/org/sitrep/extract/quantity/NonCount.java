package org.sitrep.extract.quantity;

/**
 * Why a number in the text is not a count: it names a year, a time, an age, an address, an amount
 * of money and so on. Numbers joined to one of these by "and", "to", "," or a dash ("ages 8 and
 * 14", "between 2015 and 2020") usually share its reason, which {@link #admits} decides.
 */
enum NonCount {
  YEAR,
  DATE,
  TIME,
  AGE,
  PERCENT,
  MONEY,
  CALIBRE,
  ADDRESS,
  PHONE,
  /** Labels and designators: "Route 66", "No. 10", "AK-47", "Covid-19", "WAVE 3", "(312)". */
  IDENTIFIER,
  /** "13th", "1st". */
  ORDINAL,
  /** A number glued into a compound modifier: "one-finger", "two-car", "1100-block". */
  MODIFIER;

  /** Whether {@code numeral}, listed right after a number of this kind, is one of the same kind. */
  boolean admits(Numeral numeral, TokenSequence tokens) {
    if (numeral.isVague() || numeral.form() == Numeral.Form.NOBODY) {
      return false;
    }
    boolean digits = numeral.isPlainDigits(tokens);
    long value = numeral.value();
    int length = tokens.text(numeral.from()).length();
    return switch (this) {
      case YEAR ->
          digits
              && ((length == 2 && tokens.isDash(numeral.from() - 1)) // "2019-20"
                  || (length == 4 && value >= 1800 && value <= 2099));
      // "Dec. 27, 2014": a year may follow the day it dates.
      case DATE -> digits && ((value >= 1 && value <= 31) || YEAR.admits(numeral, tokens));
      case TIME -> digits && value <= 24;
      case AGE -> value <= 120;
      case ADDRESS, IDENTIFIER -> digits;
      default -> false;
    };
  }
}
