package org.sitrep.extract.actor;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text folded for alias matching, with a map back to the original offsets. Folding strips
 * accents, unifies apostrophes, drops apostrophes inside words ("Kata'ib" = "Kataib") except the
 * possessive "'s", and collapses every run of spaces and dashes into one space ("ISIS-K" = "ISIS
 * K"). One folded character always stands for one original character, so offsets map back exactly.
 */
final class FoldedText {
  private static final char SEPARATOR = ' ';
  private static final char APOSTROPHE = '\'';

  private final String original;
  private final String cased;
  private final String folded;
  private final int[] origin;

  private FoldedText(String original, String cased, int[] origin) {
    this.original = original;
    this.cased = cased;
    this.folded = lowerCase(cased);
    this.origin = origin;
  }

  static FoldedText of(String text) {
    StringBuilder cased = new StringBuilder(text.length());
    int[] origin = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char mapped;
      if (isSeparator(c)) {
        if (cased.length() > 0 && cased.charAt(cased.length() - 1) == SEPARATOR) {
          continue;
        }
        mapped = SEPARATOR;
      } else if (isApostrophe(c)) {
        if (isInsideWord(text, i)) {
          continue;
        }
        mapped = APOSTROPHE;
      } else if (c == '\u00AD') {
        continue;
      } else {
        mapped = withoutAccent(c);
      }
      origin[cased.length()] = i;
      cased.append(mapped);
    }
    return new FoldedText(text, cased.toString(), Arrays.copyOf(origin, cased.length()));
  }

  /** The alias form of {@code alias}: folded, case kept, with outer separators removed. */
  static String casedForm(String alias) {
    return of(alias.strip()).cased.strip();
  }

  String original() {
    return original;
  }

  /** The folded text with its letters' case kept. */
  String cased() {
    return cased;
  }

  /** The folded text in lower case: what the alias trie walks. */
  String folded() {
    return folded;
  }

  int length() {
    return folded.length();
  }

  /** The original offset of the folded character at {@code index}. */
  int originalStart(int index) {
    return origin[index];
  }

  /** The original end offset of a folded range ending (exclusively) at {@code end}. */
  int originalEnd(int end) {
    return origin[end - 1] + 1;
  }

  static String lowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  static boolean isSeparator(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.DASH_PUNCTUATION
        || c == '\u2212';
  }

  static boolean isApostrophe(char c) {
    return c == '\''
        || c == '\u2019'
        || c == '\u2018'
        || c == '\u02BC'
        || c == '`'
        || c == '\u00B4';
  }

  /**
   * An apostrophe between letters joins a transliterated word ("Jama'at"), and one after a word
   * closes a plural possessive ("Workers' Party"); the possessive "'s" is kept so that "Taliban's"
   * still ends the alias "Taliban".
   */
  private static boolean isInsideWord(String text, int i) {
    if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
      return false;
    }
    boolean followedByS =
        i + 1 < text.length() && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S');
    boolean sEndsWord = i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2));
    return !(followedByS && sEndsWord);
  }

  private static char withoutAccent(char c) {
    if (c < 0x80) {
      return c;
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    if (decomposed.length() < 2) {
      return decomposed.length() == 1 ? decomposed.charAt(0) : c;
    }
    for (int i = 1; i < decomposed.length(); i++) {
      if (Character.getType(decomposed.charAt(i)) != Character.NON_SPACING_MARK) {
        return c;
      }
    }
    return decomposed.charAt(0);
  }
}
