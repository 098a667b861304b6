package org.sitrep.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tokens of one text, with lookups that answer "nothing" instead of failing past either end, so
 * the context rules can peek freely. Immutable.
 */
final class TokenSequence {

  /** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign. */
  private static final Set<String> DASHES =
      Set.of("-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212");

  private final List<Token> tokens;

  private TokenSequence(List<Token> tokens) {
    this.tokens = List.copyOf(tokens);
  }

  /** Splits {@code text} into words, numbers and single symbols; whitespace separates only. */
  static TokenSequence of(String text) {
    List<Token> tokens = new ArrayList<>();
    boolean spaced = true;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        spaced = true;
        i++;
        continue;
      }
      Token token = next(text, i, spaced);
      tokens.add(token);
      spaced = false;
      i = token.end();
    }
    return new TokenSequence(tokens);
  }

  private static Token next(String text, int i, boolean spaced) {
    if (startsNumber(text, i)) {
      return Token.of(Token.Kind.NUMBER, text, i, numberEnd(text, i), spaced);
    }
    if (Character.isLetter(text.codePointAt(i))) {
      return Token.of(Token.Kind.WORD, text, i, wordEnd(text, i), spaced);
    }
    return Token.of(
        Token.Kind.SYMBOL, text, i, i + Character.charCount(text.codePointAt(i)), spaced);
  }

  private static boolean startsNumber(String text, int i) {
    // ".40-caliber": a leading point starts a number only where no digit came before it.
    return isDigit(text, i)
        || (text.charAt(i) == '.' && isDigit(text, i + 1) && (i == 0 || !isDigit(text, i - 1)));
  }

  private static int numberEnd(String text, int i) {
    int j = text.charAt(i) == '.' ? i + 1 : i;
    while (j < text.length()) {
      if (isDigit(text, j)) {
        j++;
      } else if (".,:/".indexOf(text.charAt(j)) >= 0 && isDigit(text, j + 1)) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private static int wordEnd(String text, int i) {
    int meridiem = meridiemEnd(text, i);
    if (meridiem > i) {
      return meridiem;
    }
    int j = i;
    while (j < text.length()) {
      int cp = text.codePointAt(j);
      if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        j += Character.charCount(cp);
      } else if ((cp == '\'' || cp == '\u2019')
          && j + 1 < text.length()
          && Character.isLetter(text.codePointAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** "a.m." and "p.m." stay one word, or the time rules would have to reassemble them. */
  private static int meridiemEnd(String text, int i) {
    char c = Character.toLowerCase(text.charAt(i));
    if ((c == 'a' || c == 'p') && text.regionMatches(true, i + 1, ".m", 0, 2)) {
      int end = text.startsWith(".", i + 3) ? i + 4 : i + 3;
      boolean alone = end >= text.length() || !Character.isLetter(text.charAt(end));
      return alone ? end : i;
    }
    return i;
  }

  private static boolean isDigit(String text, int i) {
    return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  int size() {
    return tokens.size();
  }

  boolean has(int i) {
    return i >= 0 && i < tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  /** The lower-cased text of token {@code i}, or "" past either end. */
  String lower(int i) {
    return has(i) ? tokens.get(i).lower() : "";
  }

  String text(int i) {
    return has(i) ? tokens.get(i).text() : "";
  }

  boolean lowerIn(int i, Set<String> words) {
    return has(i) && words.contains(tokens.get(i).lower());
  }

  boolean isWord(int i) {
    return has(i) && tokens.get(i).kind() == Token.Kind.WORD;
  }

  boolean isNumber(int i) {
    return has(i) && tokens.get(i).kind() == Token.Kind.NUMBER;
  }

  boolean isDash(int i) {
    return has(i) && DASHES.contains(tokens.get(i).text());
  }

  /** Whether token {@code i} exists and touches the token before it, with no space between. */
  boolean glued(int i) {
    return has(i) && i > 0 && !tokens.get(i).spaced();
  }

  boolean isCapitalized(int i) {
    return isWord(i) && Character.isUpperCase(tokens.get(i).text().codePointAt(0));
  }

  boolean isLowercaseWord(int i) {
    return isWord(i) && Character.isLowerCase(tokens.get(i).text().codePointAt(0));
  }

  /**
   * Whether the glued dash at {@code dash} joins digit groups the way phone numbers, case numbers
   * and scores do ("555-1234", "1-800-273-8255", "16-160009", "20-12") rather than a range of
   * counts ("10-15"): three or more groups, a three-then-four-digit pair with the right more than
   * twice the left, or a right side that is not a plausible upper end.
   */
  boolean joinsIdentifier(int dash) {
    if (!isDash(dash) || !glued(dash) || !glued(dash + 1)) {
      return false;
    }
    if (!isNumber(dash - 1) || !isNumber(dash + 1)) {
      return false;
    }
    String left = text(dash - 1);
    String right = text(dash + 1);
    if (!isShortDigitRun(left) || !isShortDigitRun(right)) {
      return true;
    }
    // "555-1234" is a phone number; "500-1000" a range whose upper end is at most twice the lower.
    boolean phone =
        left.length() == 3
            && right.length() == 4
            && Long.parseLong(right) > 2 * Long.parseLong(left);
    boolean implausible =
        right.length() > left.length() + 1
            || (right.length() >= left.length() && Long.parseLong(right) <= Long.parseLong(left));
    return phone || implausible || gluedDigitGroup(dash + 2) || gluedDigitGroup(dash - 2);
  }

  /** Whether a glued dash at {@code dash} joins one more digit group to its neighbours. */
  private boolean gluedDigitGroup(int dash) {
    return isDash(dash)
        && glued(dash)
        && glued(dash + 1)
        && isNumber(dash - 1)
        && isNumber(dash + 1);
  }

  private static boolean isShortDigitRun(String text) {
    return text.length() <= 15 && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
