package org.sitrep.ingest.language;

import java.util.Optional;

/** Tells which language a text is in. Thread-safe. (Being written.) */
public final class LanguageIdentifier {
  /** The ISO 639-1 code of the language of {@code text}, or empty when it cannot be told. */
  public Optional<String> identify(String text) {
    throw new UnsupportedOperationException("not yet " + text.length());
  }
}
