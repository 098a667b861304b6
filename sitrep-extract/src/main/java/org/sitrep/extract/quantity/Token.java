package org.sitrep.extract.quantity;

import java.util.Locale;

/**
 * One token of the text: a run of letters, a run of digits (with inner separators such as {@code
 * 1,200}, {@code 10:30}, {@code 9/11}), or a single other character. Offsets are into the original
 * text, {@code [start, end)}.
 *
 * @param spaced whether whitespace (or the start of the text) comes right before the token; false
 *     means the token is glued to the one before it ("AK" "-" "47")
 */
record Token(Kind kind, String text, String lower, int start, int end, boolean spaced) {

  enum Kind {
    WORD,
    NUMBER,
    SYMBOL
  }

  static Token of(Kind kind, String source, int start, int end, boolean spaced) {
    String text = source.substring(start, end);
    return new Token(kind, text, text.toLowerCase(Locale.ROOT), start, end, spaced);
  }
}
