package org.sitrep.engine;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Refusal;
import org.sitrep.store.BatchResult;
import org.sitrep.store.DocumentStore;

/** Collects cleaned documents and refusals into store batches and counts what happened. */
final class IngestRun {
  private final DocumentStore store;
  private final int batchSize;
  private final ProgressListener progress;
  private final List<Document> documents = new ArrayList<>();
  private final List<Refusal> refusals = new ArrayList<>();
  private final List<Refusal> allRefusals = new ArrayList<>();
  private int read;
  private int added;
  private int duplicates;

  IngestRun(DocumentStore store, int batchSize, ProgressListener progress) {
    this.store = store;
    this.batchSize = batchSize;
    this.progress = progress;
  }

  void accept(OrderedRunner.Outcome<Document> outcome) {
    if (outcome.isRefused()) {
      refusals.add(outcome.refusal());
      allRefusals.add(outcome.refusal());
    } else {
      documents.add(outcome.result());
      read++;
    }
    if (documents.size() + refusals.size() >= batchSize) {
      flush();
    }
    progress.progress(read + allRefusals.size(), allRefusals.size());
  }

  IngestSummary finish(List<String> skipped) {
    flush();
    return new IngestSummary(read, added, duplicates, allRefusals, skipped);
  }

  private void flush() {
    if (documents.isEmpty() && refusals.isEmpty()) {
      return;
    }
    BatchResult result = store.save(List.copyOf(documents), List.copyOf(refusals));
    added += result.added();
    duplicates += result.duplicates();
    documents.clear();
    refusals.clear();
  }
}
