package org.sitrep.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds paragraphs that repeat an earlier kept paragraph: exactly (ignoring case and whitespace) or
 * nearly (word-trigram Jaccard similarity of at least {@value #NEAR_SIMILARITY} between paragraphs
 * of {@value #NEAR_MIN_WORDS} words or more). The first occurrence stays. Each paragraph is
 * compared with kept paragraphs only, so the kept ones never repeat each other and a second pass
 * finds nothing. Not thread-safe: one per cleaning.
 */
final class RepeatFilter {
  static final double NEAR_SIMILARITY = 0.9;
  static final int NEAR_MIN_WORDS = 12;

  /** Bounds the quadratic comparison on pathological inputs (pages of thousands of lines). */
  private static final int MAX_NEAR_COMPARED = 2_000;

  private final Map<String, Integer> exact = new HashMap<>();
  private final List<Set<String>> keptShingles = new ArrayList<>();
  private final List<Integer> keptIndexes = new ArrayList<>();

  /**
   * Offers paragraph {@code index}; returns the index of the earlier kept paragraph it repeats, or
   * -1 when it is new (and is now kept).
   */
  int offer(int index, String paragraph) {
    String key = paragraph.toLowerCase(Locale.ROOT);
    Integer same = exact.get(key);
    if (same != null) {
      return same;
    }
    List<String> words = words(key);
    Set<String> shingles = words.size() >= NEAR_MIN_WORDS ? shingles(words) : Set.of();
    int near = shingles.isEmpty() ? -1 : nearest(shingles);
    if (near >= 0) {
      return near;
    }
    exact.put(key, index);
    if (!shingles.isEmpty() && keptShingles.size() < MAX_NEAR_COMPARED) {
      keptShingles.add(shingles);
      keptIndexes.add(index);
    }
    return -1;
  }

  private int nearest(Set<String> shingles) {
    for (int i = 0; i < keptShingles.size(); i++) {
      if (jaccard(shingles, keptShingles.get(i)) >= NEAR_SIMILARITY) {
        return keptIndexes.get(i);
      }
    }
    return -1;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    // the size ratio bounds the similarity: skip the set walk when it cannot reach the threshold
    if (Math.min(a.size(), b.size()) < NEAR_SIMILARITY * Math.max(a.size(), b.size())) {
      return 0;
    }
    int common = 0;
    for (String shingle : a) {
      if (b.contains(shingle)) {
        common++;
      }
    }
    return common / (double) (a.size() + b.size() - common);
  }

  /** Words without their punctuation, so "attack," and "attack" are the same word. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c == ' ' && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      } else if (Character.isLetterOrDigit(c)) {
        word.append(c);
      }
    }
    return words;
  }

  private static Set<String> shingles(List<String> words) {
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + 2 < words.size(); i++) {
      shingles.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
    }
    return shingles;
  }
}
