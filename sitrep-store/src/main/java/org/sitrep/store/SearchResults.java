package org.sitrep.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sitrep.model.Diagnostic;

/**
 * One page of a search.
 *
 * @param total how many documents and incidents match in all
 * @param hits the page asked for, best first (ties by kind, then id)
 * @param diagnostics what the search index had to repair or could not do since it was last asked
 *     (rebuilt because it was missing, stale or unreadable; left behind because another process was
 *     writing it)
 */
public record SearchResults(long total, List<SearchHit> hits, List<Diagnostic> diagnostics) {
  public SearchResults {
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative");
    }
    hits = List.copyOf(requireNonNull(hits, "hits"));
    diagnostics = List.copyOf(requireNonNull(diagnostics, "diagnostics"));
  }
}
