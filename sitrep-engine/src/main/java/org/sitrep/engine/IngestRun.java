package org.sitrep.engine;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Refusal;
import org.sitrep.model.Report;
import org.sitrep.store.BatchResult;
import org.sitrep.store.DocumentStore;

/**
 * Collects cleaned documents, their reports when extracted, and refusals into store batches, and
 * counts what happened.
 */
final class IngestRun {
  private final DocumentStore store;
  private final int batchSize;
  private final ProgressListener progress;
  private final List<Document> documents = new ArrayList<>();
  private final List<Report> reports = new ArrayList<>();
  private final List<Refusal> refusals = new ArrayList<>();
  private final List<Refusal> allRefusals = new ArrayList<>();
  private final List<String> stored = new ArrayList<>();
  private int read;
  private int added;
  private int duplicates;
  private int extracted;
  private int events;

  IngestRun(DocumentStore store, int batchSize, ProgressListener progress) {
    this.store = store;
    this.batchSize = batchSize;
    this.progress = progress;
  }

  void accept(OrderedRunner.Outcome<Extraction> outcome) {
    if (outcome.isRefused()) {
      refusals.add(outcome.refusal());
      allRefusals.add(outcome.refusal());
    } else if (outcome.result().report() != null) {
      reports.add(outcome.result().report());
      extracted++;
      events += outcome.result().report().events().size();
      read++;
    } else {
      documents.add(outcome.result().document());
      read++;
    }
    if (documents.size() + reports.size() + refusals.size() >= batchSize) {
      flush();
    }
    progress.progress(read + allRefusals.size(), allRefusals.size());
  }

  /** What was read, stored and extracted; the incidents are counted by the caller. */
  IngestSummary finish(List<String> skipped) {
    flush();
    return new IngestSummary(
        read, added, duplicates, allRefusals, skipped, extracted, events, -1, stored);
  }

  private void flush() {
    if (documents.isEmpty() && reports.isEmpty() && refusals.isEmpty()) {
      return;
    }
    BatchResult result =
        store.save(List.copyOf(documents), List.copyOf(reports), List.copyOf(refusals));
    added += result.added();
    duplicates += result.duplicates();
    result
        .outcomes()
        .forEach(outcome -> stored.add(outcome.isNew() ? outcome.id() : outcome.duplicateOf()));
    documents.clear();
    reports.clear();
    refusals.clear();
  }
}
