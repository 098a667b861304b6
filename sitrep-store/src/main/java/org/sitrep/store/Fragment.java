package org.sitrep.store;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A piece of a hit's text that matched a search, as plain text with the places of the matched
 * words: never markup, so a page shows it with {@code textContent} and wraps each match in its own
 * element.
 *
 * @param field the field it comes from: {@code title}, {@code text}, {@code source} (documents);
 *     {@code claims}, {@code actors}, {@code place}, {@code type} (incidents); or {@code id}
 * @param text the fragment: a sentence or two of the field, cut to at most {@link #MAX_LENGTH}
 *     characters around its first match ("…" marks a cut)
 * @param matches the matched words, in order and not overlapping, as offsets into {@code text}
 */
public record Fragment(String field, String text, List<Match> matches) {
  /** The longest fragment. */
  public static final int MAX_LENGTH = 300;

  public Fragment {
    requireNonNull(field, "field");
    requireNonNull(text, "text");
    matches = List.copyOf(requireNonNull(matches, "matches"));
    for (Match match : matches) {
      if (match.end() > text.length()) {
        throw new IllegalArgumentException("match " + match + " is beyond the fragment");
      }
    }
  }

  /**
   * One matched word or phrase.
   *
   * @param start the offset of its first character in the fragment's text (UTF-16 units)
   * @param end the offset just after its last character
   */
  public record Match(int start, int end) {
    public Match {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad match [" + start + ", " + end + ")");
      }
    }
  }

  /** The words of a match. */
  public String textOf(Match match) {
    return text.substring(match.start(), match.end());
  }
}
