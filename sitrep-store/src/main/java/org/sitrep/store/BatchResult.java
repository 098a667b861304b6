package org.sitrep.store;

import java.util.List;

/**
 * What one {@link DocumentStore#save} did.
 *
 * @param outcomes one per saved document, in the order given
 * @param refusalsRecorded refusals newly recorded (repeats of known ones are not)
 */
public record BatchResult(List<Outcome> outcomes, int refusalsRecorded) {
  public BatchResult {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * What became of one document.
   *
   * @param duplicateOf the id of the stored document with the same text, or null when new
   */
  public record Outcome(String id, String contentHash, String duplicateOf) {
    public boolean isNew() {
      return duplicateOf == null;
    }
  }

  public int added() {
    return (int) outcomes.stream().filter(Outcome::isNew).count();
  }

  public int duplicates() {
    return outcomes.size() - added();
  }
}
