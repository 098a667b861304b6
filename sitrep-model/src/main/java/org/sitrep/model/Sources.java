package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * How many reports tell of an incident and how many of them are independent: a syndicated or
 * paraphrased copy counts once.
 *
 * @param copies each document found to be a copy, with the document it copies
 */
public record Sources(int reports, int independent, Map<String, String> copies) {
  public Sources {
    copies = Map.copyOf(requireNonNull(copies, "copies"));
    if (independent < 0 || independent > reports || reports < 0) {
      throw new IllegalArgumentException("bad counts: " + reports + " / " + independent);
    }
  }
}
