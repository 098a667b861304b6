package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Document;
import org.sitrep.model.Refusal;

/**
 * The store port: where documents and refusals are kept.
 *
 * <p>One document is kept per distinct clean text ({@link Document#contentHash()}); saving a
 * document whose text is already stored changes nothing and reports it as a duplicate. Ids are the
 * names inputs gave, so two different texts may share an id; lookups by id answer the one stored
 * first. Each {@link #save} call is one transaction: all of it is stored or none of it. Failures of
 * the store itself propagate as {@link StoreException}. Implementations are thread-safe.
 */
public interface DocumentStore extends AutoCloseable {

  /** Stores a batch of documents and refusals in one transaction. */
  BatchResult save(List<Document> documents, List<Refusal> refusals);

  /** The document with this id (the first stored, if several share it). */
  Optional<Document> document(String id);

  /** The document with this clean-text hash. */
  Optional<Document> documentByHash(String contentHash);

  /** All documents, in the order they were first stored. */
  List<DocumentSummary> documents();

  /** All refusals, in the order they were first recorded; each distinct refusal once. */
  List<Refusal> refusals();

  long documentCount();

  @Override
  void close();
}
