package org.sitrep.engine.measure;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;

/**
 * Sentence embeddings from langchain4j's bundled all-MiniLM-L6-v2 (ONNX, in the jar; nothing is
 * downloaded), each text embedded once. The model's tokenizer truncates every input to 128
 * wordpieces, so texts are single sentences and longer passages are the mean of their sentences.
 * Measurement only: not thread-safe, and not part of the product.
 */
final class SentenceEmbedder implements AutoCloseable {
  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private final EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel(threads);
  private final Map<String, float[]> cache = new HashMap<>();
  private long nanos;
  private int embedded;

  /** Embeds the texts not seen yet, all in one call (two threads share the ONNX session). */
  void embed(Collection<String> texts) {
    Set<String> fresh = new LinkedHashSet<>();
    for (String text : texts) {
      if (!cache.containsKey(text)) {
        fresh.add(text);
      }
    }
    if (fresh.isEmpty()) {
      return;
    }
    List<TextSegment> segments = fresh.stream().map(TextSegment::from).toList();
    long start = System.nanoTime();
    List<Embedding> vectors = model.embedAll(segments).content();
    nanos += System.nanoTime() - start;
    embedded += segments.size();
    int i = 0;
    for (String text : fresh) {
      cache.put(text, unit(vectors.get(i++).vector()));
    }
  }

  /** The unit embedding of a text embedded before. */
  float[] of(String text) {
    float[] vector = cache.get(text);
    if (vector == null) {
      throw new IllegalArgumentException("not embedded: " + text);
    }
    return vector;
  }

  /** The unit mean of the texts' embeddings, or null when there are none. */
  float[] mean(List<String> texts) {
    if (texts.isEmpty()) {
      return null;
    }
    float[] sum = new float[of(texts.get(0)).length];
    for (String text : texts) {
      float[] vector = of(text);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += vector[i];
      }
    }
    return unit(sum);
  }

  int embedded() {
    return embedded;
  }

  /** Texts embedded per second of wall time, warm-up included. */
  double perSecond() {
    return embedded / (nanos / 1e9);
  }

  static double cosine(float[] left, float[] right) {
    if (left == null || right == null) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < left.length; i++) {
      sum += left[i] * (double) right[i];
    }
    return sum;
  }

  /** The text of each of a report's sentences, in order (empty sentences left out). */
  static List<String> sentences(Report report) {
    String text = report.document().text();
    List<String> out = new ArrayList<>();
    for (Sentence sentence : report.annotated().sentences()) {
      String covered = text.substring(sentence.start(), sentence.end()).strip();
      if (!covered.isEmpty()) {
        out.add(covered);
      }
    }
    return out;
  }

  private static float[] unit(float[] vector) {
    double norm = 0;
    for (float value : vector) {
      norm += value * (double) value;
    }
    float[] out = vector.clone();
    if (norm > 0) {
      double length = Math.sqrt(norm);
      for (int i = 0; i < out.length; i++) {
        out[i] = (float) (out[i] / length);
      }
    }
    return out;
  }

  @Override
  public void close() {
    threads.shutdown();
  }
}
