package org.sitrep.store;

import java.util.List;
import java.util.Map;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;

/**
 * What the search index reads from the store it mirrors. Documents are only ever added, each with a
 * growing sequence number, so "indexed up to" a number says which are in the index; incidents are
 * replaced as a whole, so the resolution that made them says whether the index has them.
 */
interface SearchSource {
  /** Where the store is now: cheap enough to ask before every search. */
  Mark mark();

  /** Whether the document stored as number {@code seq} has this clean-text hash. */
  boolean holds(long seq, String contentHash);

  /** At most {@code max} documents stored after number {@code seq}, in the order stored. */
  List<Text> documentsAfter(long seq, int max);

  /** The incidents, the documents their claims point into, and the resolution that made them. */
  Incidents incidents();

  /**
   * The store's state as the index records it.
   *
   * @param documents the sequence number of the last stored document, 0 for none
   * @param resolution names the resolution the stored incidents come from
   */
  record Mark(long documents, String resolution) {}

  /** A stored document, as much of it as the index holds. */
  record Text(
      long seq,
      String contentHash,
      String id,
      String title,
      String source,
      String url,
      String outlet,
      String published,
      String text) {}

  /** One snapshot of the incidents. */
  record Incidents(String resolution, List<Incident> incidents, Map<String, Document> documents) {}
}
