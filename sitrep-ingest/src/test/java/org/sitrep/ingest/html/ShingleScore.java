package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well an extracted text matches the expected one, scored as the article-extraction benchmark
 * does: tokens are Unicode {@code \w+} runs, each text becomes the set of its 4-token shingles, and
 * precision and recall compare the sets. A text of fewer than four tokens is one shorter shingle.
 * Both texts empty scores 1; exactly one empty scores 0.
 */
record ShingleScore(double precision, double recall, double f1) {
  static final int SHINGLE_SIZE = 4;
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  static ShingleScore of(String expected, String actual) {
    Set<List<String>> truth = shingles(expected);
    Set<List<String>> found = shingles(actual);
    if (truth.isEmpty() && found.isEmpty()) {
      return new ShingleScore(1, 1, 1);
    }
    if (truth.isEmpty() || found.isEmpty()) {
      return new ShingleScore(0, 0, 0);
    }
    Set<List<String>> common = new HashSet<>(found);
    common.retainAll(truth);
    double precision = (double) common.size() / found.size();
    double recall = (double) common.size() / truth.size();
    double f1 = common.isEmpty() ? 0 : 2 * precision * recall / (precision + recall);
    return new ShingleScore(precision, recall, f1);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text == null ? "" : text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  static Set<List<String>> shingles(String text) {
    List<String> tokens = tokens(text);
    Set<List<String>> shingles = new HashSet<>();
    if (tokens.isEmpty()) {
      return shingles;
    }
    int size = Math.min(SHINGLE_SIZE, tokens.size());
    for (int start = 0; start + size <= tokens.size(); start++) {
      shingles.add(List.copyOf(tokens.subList(start, start + size)));
    }
    return shingles;
  }
}
