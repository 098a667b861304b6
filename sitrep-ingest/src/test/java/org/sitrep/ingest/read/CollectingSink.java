package org.sitrep.ingest.read;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Refusal;
import org.sitrep.model.SourceDocument;

/** Keeps what a reader found, for assertions. */
final class CollectingSink implements InputSink {
  final List<SourceDocument> documents = new ArrayList<>();
  final List<Refusal> refusals = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();

  @Override
  public void document(SourceDocument document) {
    documents.add(document);
  }

  @Override
  public void refused(Refusal refusal) {
    refusals.add(refusal);
  }

  @Override
  public void skipped(String input, String why) {
    skipped.add(input);
  }
}
