package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.OffsetMap;

/**
 * One paragraph of article text being assembled: its words joined by single spaces, where each word
 * came from in the HTML source, and how much of it sits inside links. Not thread-safe.
 */
final class ParagraphBuffer {
  private final StringBuilder text = new StringBuilder();
  // Pairs {paragraph offset, source offset}; a pair starts where the source stops being contiguous.
  private final List<int[]> runs = new ArrayList<>();
  private int wordChars;
  private int linkChars;
  private int links;

  /**
   * Appends {@code word}, after a space when {@code spaced} and the paragraph is not empty.
   *
   * @param source the word's offset in the HTML source, or -1 when unknown
   * @param inLink whether the word is link text
   */
  void append(String word, int source, boolean spaced, boolean inLink) {
    int spaceAt = -1;
    if (spaced && text.length() > 0) {
      spaceAt = text.length();
      text.append(' ');
    }
    if (source >= 0 && !continuesLastRun(source)) {
      // An inserted space maps to the run that follows it (the OffsetMap contract).
      if (spaceAt >= 0) {
        runs.add(new int[] {spaceAt, source});
      }
      runs.add(new int[] {text.length(), source});
    }
    text.append(word);
    wordChars += word.length();
    if (inLink) {
      linkChars += word.length();
    }
  }

  /** Counts one more link starting in this paragraph. */
  void countLink() {
    links++;
  }

  private boolean continuesLastRun(int source) {
    if (runs.isEmpty()) {
      return false;
    }
    int[] last = runs.get(runs.size() - 1);
    return last[1] + (text.length() - last[0]) == source;
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  String text() {
    return text.toString();
  }

  /** The share of the paragraph's word characters inside links. */
  double linkDensity() {
    return wordChars == 0 ? 0 : (double) linkChars / wordChars;
  }

  /** How many links start in the paragraph. */
  int links() {
    return links;
  }

  /**
   * Appends the paragraph to {@code article} after {@code separator} (when the article is not
   * empty), and its runs to {@code offsets}; the separator maps to the paragraph's first run.
   */
  void appendTo(StringBuilder article, String separator, OffsetMap.Builder offsets) {
    int separatorAt = article.length();
    if (article.length() > 0) {
      article.append(separator);
    }
    int start = article.length();
    if (!runs.isEmpty() && separatorAt < start) {
      offsets.run(separatorAt, runs.get(0)[1]);
    }
    for (int[] run : runs) {
      offsets.run(start + run[0], run[1]);
    }
    article.append(text);
  }

  void clear() {
    text.setLength(0);
    runs.clear();
    wordChars = 0;
    linkChars = 0;
    links = 0;
  }
}
