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
 * @param extracted documents annotated and extracted in this run (texts the store already had a
 *     report of are not extracted again)
 * @param events the events found in the documents extracted
 * @param incidents the incidents in the store after the run, or -1 when they were not resolved (an
 *     ingest without events)
 * @param stored for each document read, the id it is stored under: its own when new, the stored
 *     text's when it was a duplicate
 */
public record IngestSummary(
    int read,
    int added,
    int duplicates,
    List<Refusal> refused,
    List<String> skipped,
    int extracted,
    int events,
    int incidents,
    List<String> stored) {
  public IngestSummary {
    refused = List.copyOf(refused);
    skipped = List.copyOf(skipped);
    stored = List.copyOf(stored);
  }

  IngestSummary withIncidents(int count) {
    return new IngestSummary(
        read, added, duplicates, refused, skipped, extracted, events, count, stored);
  }
}
