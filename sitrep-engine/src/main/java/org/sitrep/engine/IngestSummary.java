package org.sitrep.engine;

import java.util.List;
import org.sitrep.model.Refusal;

/**
 * What an ingest did.
 *
 * @param read documents read and cleaned
 * @param added documents new to the store
 * @param duplicates documents the store already had (same clean text)
 * @param refused inputs refused, each with its reason
 * @param skipped files inside folders that are not of a readable type
 */
public record IngestSummary(
    int read, int added, int duplicates, List<Refusal> refused, List<String> skipped) {
  public IngestSummary {
    refused = List.copyOf(refused);
    skipped = List.copyOf(skipped);
  }
}
