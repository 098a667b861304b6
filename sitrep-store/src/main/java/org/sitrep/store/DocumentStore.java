package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;
import org.sitrep.model.Refusal;
import org.sitrep.model.Report;

/**
 * Where documents, what extraction found in them, the incidents resolved from them and refused
 * inputs are kept: the store port.
 *
 * <p><b>Identity.</b> A document is its clean text: one is kept per distinct {@link
 * Document#contentHash()}. Saving a document whose hash is stored changes nothing (no row, no
 * field, no timestamp) and reports it as a duplicate of the stored one, so ingesting the same
 * reports again leaves the store as it was. Ids are the names inputs gave and may repeat across
 * different texts (a file edited and read again, two folders with a {@code report.txt}): {@link
 * #document(String)} answers the latest stored text of that name, {@link #documentByHash(String)}
 * the one unambiguous document.
 *
 * <p><b>Reports.</b> A document's {@link Report} (its annotation and the events extraction found)
 * is kept once per clean text, beside the document, and never changed: a later save of a report for
 * a text that has one keeps the first. A document may have no report (it was ingested without
 * events); it then takes no part in incidents.
 *
 * <p><b>Incidents.</b> The store keeps one resolution: the incidents of all reports, replaced as a
 * whole by {@link #replaceIncidents}. The store does not resolve; it remembers which reports the
 * incidents were resolved from, so {@link #incidentsCurrent()} tells whether they are behind.
 *
 * <p><b>Search.</b> The store keeps a full-text index of its documents and incidents beside its
 * data, updated after each save and each replacement of the incidents. The data are the truth: an
 * index that is missing, behind, unreadable or of another version is built again from them, and a
 * failure of the index never fails a save; what it had to do is told by {@link
 * #searchDiagnostics()}.
 *
 * <p><b>Refusals.</b> Each distinct refusal (input, reason, detail) is kept once with the time it
 * was first recorded. Refusals are history: a refusal never hides a document, including one later
 * read fine from the same input.
 *
 * <p><b>Transactions and failures.</b> One {@link #save} is one transaction: all of its batch is
 * stored or none of it. Failures of the store itself (I/O, corruption, a lock held too long)
 * propagate as {@link StoreException}.
 *
 * <p><b>What it refuses.</b> Null lists or elements, and strings that are not well-formed UTF-16
 * (an unpaired surrogate, as a JSON {@code "\ud83d"} escape can make), fail with {@link
 * NullPointerException} or {@link IllegalArgumentException} before anything is written: such text
 * cannot be stored exactly, and a store that silently changed it would break content hashes and
 * spans. Use after {@link #close()} fails with {@link IllegalStateException}.
 *
 * <p><b>Threads.</b> Implementations are thread-safe: any number of threads may save and read at
 * once; each call sees the store either before or after any other call's batch, never half of it.
 */
public interface DocumentStore extends AutoCloseable {

  /**
   * Stores a batch of documents and refusals in one transaction.
   *
   * @return one outcome per document, in order, and how many refusals were new
   * @throws StoreException when the store failed; nothing of the batch was kept
   */
  default BatchResult save(List<Document> documents, List<Refusal> refusals) {
    return save(documents, List.of(), refusals);
  }

  /**
   * Stores a batch of documents, reports and refusals in one transaction: each report's document as
   * {@link #save(List, List)} does, and the report itself when its text has none yet and is stored
   * under the report's document id (the report of a duplicate read under another name is not kept:
   * its spans name a document the store does not have).
   *
   * @return one outcome per document, in order: {@code documents} first, then the documents of
   *     {@code reports}; and how many refusals were new
   * @throws StoreException when the store failed; nothing of the batch was kept
   */
  BatchResult save(List<Document> documents, List<Report> reports, List<Refusal> refusals);

  /** Whether a report is stored for this clean text. */
  boolean hasReport(String contentHash);

  /** All reports to resolve: one per document id, the latest stored text that has one. */
  ReportSet reports();

  /** The documents of {@link #reports()}, without annotations and events: what spans point into. */
  List<Document> reportDocuments();

  /** The report of the document with this id (the latest stored text of that name with one). */
  Optional<Report> report(String documentId);

  /**
   * Replaces all stored incidents with these, in one transaction, unless the stored ones were
   * resolved from newer reports (another process resolved after more reports arrived): an older
   * resolution never replaces a newer one.
   *
   * @param version the {@link ReportSet#version()} of the reports they were resolved from
   * @return whether the incidents were replaced
   * @throws StoreException when the store failed; the previous incidents are kept
   */
  boolean replaceIncidents(List<Incident> incidents, long version);

  /** Whether the stored incidents were resolved from every stored report. */
  boolean incidentsCurrent();

  /**
   * The stored incidents that match, ordered by date (undated last) then id.
   *
   * @throws SearchSyntaxException when the filter's words are not a valid query
   */
  List<Incident> incidents(IncidentFilter filter);

  /**
   * Searches the full text of the documents and incidents.
   *
   * @return one page of hits, best first, with their fragments and the index's diagnostics
   * @throws SearchSyntaxException when the text is not a valid query
   * @throws StoreException when no index can be read or built
   */
  SearchResults search(SearchQuery query);

  /**
   * What the search index had to repair (built again because it was missing, stale or unreadable)
   * or could not do (left behind because another process was writing it) since the last call or
   * search, oldest first, at most the last 20.
   */
  List<org.sitrep.model.Diagnostic> searchDiagnostics();

  /** The stored incident with this id. */
  Optional<Incident> incident(String id);

  /** The latest stored document with this id, if any. */
  Optional<Document> document(String id);

  /** The document with this clean-text hash, if stored. */
  Optional<Document> documentByHash(String contentHash);

  /**
   * All documents, ordered by id and, for texts sharing an id, in the order they were stored (so
   * the last of an id is what {@link #document(String)} answers).
   */
  List<DocumentSummary> documents();

  /** All refusals, each distinct one once, in the order they were first recorded. */
  List<Refusal> refusals();

  /** How many documents (distinct clean texts) are stored. */
  long documentCount();

  /**
   * Releases the store; closing twice does nothing. Pending work of other threads finishes first.
   */
  @Override
  void close();
}
