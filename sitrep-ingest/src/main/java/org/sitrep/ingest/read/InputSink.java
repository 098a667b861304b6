package org.sitrep.ingest.read;

import org.sitrep.model.Refusal;
import org.sitrep.model.SourceDocument;

/**
 * Receives what readers find, in reading order: documents, and refusals of inputs that could not be
 * read. Called from the reading thread only.
 */
public interface InputSink {
  void document(SourceDocument document);

  void refused(Refusal refusal);

  /** A file inside a folder that is not of a readable type; skipped, not refused. */
  default void skipped(String input, String why) {}
}
