package org.sitrep.ingest.date;

import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.model.PublicationDate;

/** Decides a document's publication date. Thread-safe. (Being written.) */
public final class PublicationDateFinder {
  /**
   * The publication date of a document: {@code given} when it is known (from the input, a header
   * line or page metadata), else a date found in {@code text} that the text does not contradict,
   * else unknown.
   */
  public PublicationDate find(PublicationDate given, String text) {
    throw new UnsupportedOperationException("not yet " + given + text.length());
  }

  /** Parses a date as inputs and feeds write it (ISO 8601, RFC 1123, "August 26, 2021", ...). */
  public Optional<LocalDate> parseDeclared(String raw) {
    throw new UnsupportedOperationException("not yet " + raw);
  }
}
