package org.sitrep.store;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What one {@link DocumentStore#save} did.
 *
 * @param outcomes one per document of the batch, in the order given
 * @param refusalsRecorded how many refusals of the batch were new; repeats of stored ones are not
 *     counted
 */
public record BatchResult(List<Outcome> outcomes, int refusalsRecorded) {
  public BatchResult {
    outcomes = List.copyOf(requireNonNull(outcomes, "outcomes"));
    if (refusalsRecorded < 0) {
      throw new IllegalArgumentException("refusalsRecorded must not be negative");
    }
  }

  /** How many documents were stored. */
  public int added() {
    return (int) outcomes.stream().filter(Outcome::isNew).count();
  }

  /** How many documents were already stored (same clean text) and changed nothing. */
  public int duplicates() {
    return outcomes.size() - added();
  }

  /**
   * What became of one document.
   *
   * @param id the document's id as given
   * @param contentHash its clean-text hash
   * @param duplicateOf the id of the stored document with the same clean text (possibly {@code id}
   *     itself, when a report is ingested again), or null when the document was stored
   */
  public record Outcome(String id, String contentHash, String duplicateOf) {
    public Outcome {
      requireNonNull(id, "id");
      requireNonNull(contentHash, "contentHash");
    }

    public boolean isNew() {
      return duplicateOf == null;
    }
  }
}
