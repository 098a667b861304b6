package org.sitrep.engine;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Set;
import org.sitrep.model.Limits;

/**
 * How to wire the pipeline.
 *
 * @param store the embedded store's folder
 * @param limits what one input may cost
 * @param threads how many documents are processed at once
 * @param languages ISO 639-1 codes of the languages accepted; others are refused
 * @param batchSize how many documents the store writes in one transaction
 */
public record EngineConfig(
    Path store, Limits limits, int threads, Set<String> languages, int batchSize) {
  public EngineConfig {
    requireNonNull(store, "store");
    requireNonNull(limits, "limits");
    languages = Set.copyOf(requireNonNull(languages, "languages"));
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("threads and batchSize must be positive");
    }
  }

  /** English only, default limits, one thread per core (at most 4), batches of 64. */
  public static EngineConfig defaults(Path store) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new EngineConfig(store, Limits.DEFAULT, Math.min(4, cores), Set.of("en"), 64);
  }

  public EngineConfig withLimits(Limits newLimits) {
    return new EngineConfig(store, newLimits, threads, languages, batchSize);
  }

  public EngineConfig withThreads(int newThreads) {
    return new EngineConfig(store, limits, newThreads, languages, batchSize);
  }
}
