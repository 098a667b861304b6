package org.sitrep.store;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One document or incident a search found.
 *
 * @param kind document or incident
 * @param id the document's or incident's id, a key for {@link DocumentStore#document(String)} or
 *     {@link DocumentStore#incident(String)}
 * @param label for people: a document's title (its id when it has none); an incident's sub-event
 *     type, place and date
 * @param date a document's publication date or an incident's date as YYYY-MM-DD, or null
 * @param score Lucene's relevance score: higher is better; comparable only within one search
 * @param fragments where the query matched, field by field (a document's title, text, source; an
 *     incident's claims, actors, place, type), each field's in the order of its text; empty when
 *     only a field that is not shown (the id, a date) matched
 */
public record SearchHit(
    SearchKind kind, String id, String label, String date, double score, List<Fragment> fragments) {
  public SearchHit {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    fragments = List.copyOf(requireNonNull(fragments, "fragments"));
  }
}
