package org.sitrep.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The capitalised name phrases of a text, found on either side of an offset: "the Islamic State of
 * Khorasan" before ", also known as", "IS-K" after it. A phrase is a run of name words ("Islamic",
 * "ISIS-K", "al-Qaeda", "M23") and joining particles ("of", "the", "al", "wal") separated by spaces
 * only, that begins and ends with a name word.
 */
final class NamePhrases {
  private static final int MAX_TOKENS = 12;
  private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{L}\\.)+");
  private static final Pattern PREFIXED_NAME =
      Pattern.compile("(?:al|el|ul|an|ash|as|ad|ar|at|az|wal|wa|bin|ibn)[-'’]\\p{Lu}.*");
  private static final Set<String> PARTICLES =
      Set.of(
          "of", "the", "and", "in", "for", "de", "del", "la", "le", "les", "du", "des", "al", "el",
          "ul", "wal", "wa", "e", "i", "y", "da", "do", "bin", "ibn", "li", "lil", "an", "ash",
          "ad", "ar", "at", "az", "et");
  private static final Set<String> LEADING_WORDS =
      Set.of(
          "the",
          "a",
          "an",
          "in",
          "on",
          "at",
          "by",
          "from",
          "according",
          "after",
          "before",
          "meanwhile",
          "but",
          "and",
          "however",
          "when",
          "while",
          "this",
          "that",
          "these",
          "those",
          "it",
          "its",
          "their",
          "his",
          "her",
          "our",
          "we",
          "they",
          "he",
          "she",
          "as",
          "for",
          "of",
          "to",
          "with",
          "yesterday",
          "today",
          "both",
          "also",
          "then",
          "now",
          "since",
          "unlike",
          "like",
          "behind",
          "despite",
          "although",
          "though",
          "if",
          "where",
          "what",
          "why",
          "how",
          "who",
          "which",
          "even",
          "only",
          "so",
          "thus",
          "hence",
          "therefore",
          "said",
          "says");

  /** A word of the text at {@code [start, end)}. */
  record Token(int start, int end, String text) {}

  /** A name phrase at {@code [start, end)}. */
  record Phrase(int start, int end, String text) {}

  private final String text;
  private final List<Token> tokens;

  NamePhrases(String text) {
    this.text = text;
    this.tokens = tokenize(text);
  }

  /** The phrases that end right before {@code offset} (spaces aside), longest first. */
  List<Phrase> endingAt(int offset) {
    int last = lastTokenBefore(offset);
    if (last < 0 || !isName(tokens.get(last))) {
      return List.of();
    }
    int first = last;
    while (first > 0
        && last - first < MAX_TOKENS
        && joined(first - 1, first)
        && isNameOrParticle(tokens.get(first - 1))) {
      first--;
    }
    List<Phrase> phrases = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      Token token = tokens.get(i);
      if (isName(token) && !isLeadingWord(token)) {
        phrases.add(phrase(i, last));
      }
    }
    return phrases;
  }

  /**
   * The phrase that starts at {@code offset}, after spaces, opening quotes and a leading "the";
   * null when none does.
   */
  Phrase startingAt(int offset) {
    int first = firstTokenFrom(offset);
    if (first >= 0 && tokens.get(first).text().equalsIgnoreCase("the")) {
      first = first + 1 < tokens.size() && joined(first, first + 1) ? first + 1 : -1;
    }
    if (first < 0 || !isName(tokens.get(first))) {
      return null;
    }
    int last = first;
    while (last + 1 < tokens.size()
        && last - first < MAX_TOKENS
        && joined(last, last + 1)
        && isNameOrParticle(tokens.get(last + 1))) {
      last++;
    }
    while (!isName(tokens.get(last))) {
      last--;
    }
    return phrase(first, last);
  }

  private Phrase phrase(int first, int last) {
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    return new Phrase(start, end, text.substring(start, end));
  }

  private int lastTokenBefore(int offset) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      if (token.end() <= offset) {
        return text.substring(token.end(), offset).isBlank() ? i : -1;
      }
    }
    return -1;
  }

  private int firstTokenFrom(int offset) {
    int at = offset;
    while (at < text.length()
        && (Character.isWhitespace(text.charAt(at)) || isQuote(text.charAt(at)))) {
      at++;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == at) {
        return i;
      }
      if (tokens.get(i).start() > at) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether two neighbouring tokens belong to one phrase: only spaces or a spaced dash between. */
  private boolean joined(int left, int right) {
    String gap = text.substring(tokens.get(left).end(), tokens.get(right).start());
    if (gap.isEmpty() || gap.indexOf('\n') >= 0) {
      return false;
    }
    return gap.chars().allMatch(c -> c == ' ' || c == '\u00A0' || c == '-' || c == '–' || c == '—');
  }

  static boolean isName(Token token) {
    char first = token.text().charAt(0);
    return Character.isUpperCase(first)
        || Character.isDigit(first)
        || PREFIXED_NAME.matcher(token.text()).matches();
  }

  private static boolean isNameOrParticle(Token token) {
    return isName(token) || PARTICLES.contains(token.text());
  }

  private static boolean isLeadingWord(Token token) {
    return LEADING_WORDS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '\'' || c == '«'
        || c == '»';
  }

  private static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && isWordChar(text.charAt(end))) {
        end++;
      }
      addTrimmed(text, i, end, tokens);
      i = end;
    }
    return tokens;
  }

  private static void addTrimmed(String text, int start, int end, List<Token> tokens) {
    int from = start;
    int to = end;
    while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
      from++;
    }
    while (to > from
        && !Character.isLetterOrDigit(text.charAt(to - 1))
        && !ABBREVIATION.matcher(text.substring(from, to)).matches()) {
      to--;
    }
    if (from < to) {
      tokens.add(new Token(from, to, text.substring(from, to)));
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c)
        || FoldedText.isApostrophe(c)
        || c == '-'
        || c == '.'
        || c == '/'
        || c == '&';
  }
}
