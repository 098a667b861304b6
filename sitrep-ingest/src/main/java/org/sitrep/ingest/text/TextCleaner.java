package org.sitrep.ingest.text;

/** Removes page junk and repeated paragraphs from plain text. Thread-safe. (Being written.) */
public final class TextCleaner {
  /** Cleans {@code original}; cleaning clean text changes nothing. */
  public CleanText clean(String original) {
    throw new UnsupportedOperationException("not yet " + original.length());
  }
}
