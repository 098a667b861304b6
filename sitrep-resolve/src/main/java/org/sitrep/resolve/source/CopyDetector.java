package org.sitrep.resolve.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Document;

/**
 * Finds syndicated copies and light rewrites among documents; a copy does not count as an
 * independent source. Two signals: MinHash over word shingles (a document whose estimated Jaccard
 * similarity with an earlier one reaches {@link #THRESHOLD}: three-word shingles survive the edits
 * of syndication, a new headline, a dropped paragraph, a byline), and aligned sentences (a rewrite
 * that swaps a few words in each sentence, "packed with explosives" for "full of explosives", keeps
 * most of each sentence's words: when at least {@link #ALIGNED} of the shorter document's sentences
 * share half their words with a sentence of the other, it is a rewrite). Two reporters' own
 * accounts of one event share names and numbers but seldom whole sentences. A machine paraphrase
 * that replaces most words with synonyms is beyond both.
 */
public final class CopyDetector {
  /** Documents at or above this estimated Jaccard similarity are copies. */
  public static final double THRESHOLD = 0.5;

  /** The share of aligned sentences that makes a rewrite. */
  public static final double ALIGNED = 0.6;

  private static final double SENTENCE_OVERLAP = 0.5;
  private static final int SENTENCE_WORDS = 5;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'\u201d]?\\s+|\\n+");
  private static final int HASHES = 128;
  private static final int SHINGLE = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long[] SEEDS = seeds();

  private final Map<String, long[]> signatures = new LinkedHashMap<>();
  private final Map<String, List<Set<String>>> sentences = new LinkedHashMap<>();

  /** Signatures of the documents, computed once. */
  public CopyDetector(List<Document> documents) {
    for (Document document : documents) {
      signatures.put(document.id(), signature(document.text()));
      sentences.put(document.id(), sentenceWords(document.text()));
    }
  }

  /**
   * For the given documents, each one that copies another, mapped to the document it copies: the
   * earliest published of a set of copies (then the first by id) is the original.
   */
  public Map<String, String> copies(List<Document> documents) {
    List<Document> ordered = new ArrayList<>(documents);
    ordered.sort(
        Comparator.comparing(
                (Document document) -> document.published().value(),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Document::id));
    Map<String, String> copies = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      Document later = ordered.get(i);
      for (int j = 0; j < i; j++) {
        Document earlier = ordered.get(j);
        if (copies.containsKey(earlier.id())) {
          continue;
        }
        if (similarity(earlier.id(), later.id()) >= THRESHOLD
            || aligned(earlier.id(), later.id()) >= ALIGNED) {
          copies.put(later.id(), earlier.id());
          break;
        }
      }
    }
    return copies;
  }

  /** The estimated Jaccard similarity of two documents' shingle sets. */
  public double similarity(String left, String right) {
    long[] a = signatures.get(left);
    long[] b = signatures.get(right);
    if (a == null || b == null) {
      throw new IllegalArgumentException("unknown document " + (a == null ? left : right));
    }
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /**
   * The share of the shorter document's sentences (of five words or more) that share at least half
   * their words with a sentence of the other.
   */
  public double aligned(String left, String right) {
    List<Set<String>> a = sentences.get(left);
    List<Set<String>> b = sentences.get(right);
    if (a == null || b == null) {
      throw new IllegalArgumentException("unknown document " + (a == null ? left : right));
    }
    List<Set<String>> shorter = a.size() <= b.size() ? a : b;
    List<Set<String>> longer = shorter == a ? b : a;
    if (shorter.isEmpty()) {
      return 0;
    }
    int aligned = 0;
    for (Set<String> sentence : shorter) {
      for (Set<String> other : longer) {
        if (jaccard(sentence, other) >= SENTENCE_OVERLAP) {
          aligned++;
          break;
        }
      }
    }
    return aligned / (double) shorter.size();
  }

  private static double jaccard(Set<String> left, Set<String> right) {
    int common = 0;
    for (String word : left) {
      if (right.contains(word)) {
        common++;
      }
    }
    return common / (double) (left.size() + right.size() - common);
  }

  private static List<Set<String>> sentenceWords(String text) {
    List<Set<String>> result = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(text)) {
      Set<String> words = new HashSet<>();
      Matcher matcher = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
      while (matcher.find()) {
        words.add(matcher.group());
      }
      if (words.size() >= SENTENCE_WORDS) {
        result.add(words);
      }
    }
    return result;
  }

  static long[] signature(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    long[] signature = new long[HASHES];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= Math.max(words.size(), SHINGLE); i++) {
      String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE)));
      long base = fnv(shingle);
      for (int h = 0; h < HASHES; h++) {
        long value = mix(base ^ SEEDS[h]);
        if (value < signature[h]) {
          signature[h] = value;
        }
      }
    }
    return signature;
  }

  private static long fnv(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** A 64-bit finalizer (the SplitMix64 one): spreads the bits of the seeded hash. */
  private static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long state = 0x5175726570L;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9e3779b97f4a7c15L;
      seeds[i] = mix(state);
    }
    return seeds;
  }
}
