package org.sitrep.resolve.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF vectors of the accounts' words, normalized to unit length, over the collection being
 * resolved: names of victims, streets and suspects are rare and shared by the reports of one
 * incident, while the vocabulary of shootings and bombings is common to all and weighs little.
 */
final class TermVectors {
  /** Words of any news report that carry nothing about which event it is. */
  private static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
          "be", "have", "he", "she", "it", "they", "his", "her", "their", "this", "that", "as",
          "but", "not", "who", "which", "say", "said", "tell", "would", "will", "can", "could",
          "there", "than", "about", "after", "into", "when", "where", "also", "one", "two", "we",
          "i", "you", "our", "its", "been", "were", "was", "is", "are", "do", "did", "all", "more",
          "other", "some", "no", "up", "out", "over", "what", "if", "him", "them", "so", "just");

  /**
   * Documents assumed unseen, each without the word: in a small collection (five reports of one
   * bombing) the words all its reports share still weigh, as they would among a day's news.
   */
  private static final double PRIOR_DOCUMENTS = 50;

  private TermVectors() {}

  /**
   * The weighted vector of each bag of words, in the same order. Person names count twice: they are
   * what tells one shooting from another in the same city.
   */
  static List<Map<String, Double>> weigh(
      List<Map<String, Integer>> bags, List<Map<String, Integer>> documents) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (Map<String, Integer> document : documents) {
      document.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
    }
    int n = documents.size();
    List<Map<String, Double>> vectors = new ArrayList<>(n);
    for (Map<String, Integer> bag : bags) {
      Map<String, Double> vector = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> entry : bag.entrySet()) {
        int df = documentFrequency.getOrDefault(entry.getKey(), 1);
        if (n >= 20 && df > n * 0.3) {
          continue;
        }
        double idf = Math.log((n + PRIOR_DOCUMENTS) / (df + 0.5));
        double weight = (1 + Math.log(entry.getValue())) * Math.max(idf, 0.0);
        if (weight > 0) {
          vector.put(entry.getKey(), weight);
          norm += weight * weight;
        }
      }
      double length = Math.sqrt(norm);
      if (length > 0) {
        vector.replaceAll((term, weight) -> weight / length);
      }
      vectors.add(vector);
    }
    return vectors;
  }

  /** The term of a word, or null when the word carries nothing. */
  static String term(String lemma) {
    String lower = lemma.toLowerCase(Locale.ROOT);
    if (lower.length() < 3 || STOP.contains(lower) || !Character.isLetter(lower.charAt(0))) {
      return null;
    }
    return lower;
  }

  /** The cosine of two unit vectors. */
  static double cosine(Map<String, Double> left, Map<String, Double> right) {
    Map<String, Double> small = left.size() <= right.size() ? left : right;
    Map<String, Double> large = small == left ? right : left;
    double sum = 0;
    for (Map.Entry<String, Double> entry : small.entrySet()) {
      Double other = large.get(entry.getKey());
      if (other != null) {
        sum += entry.getValue() * other;
      }
    }
    return sum;
  }
}
