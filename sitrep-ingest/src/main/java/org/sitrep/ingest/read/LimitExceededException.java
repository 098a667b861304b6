package org.sitrep.ingest.read;

import java.io.IOException;

/** Thrown by {@link BoundedInputStream} when an input would be larger than allowed. */
final class LimitExceededException extends IOException {
  private static final long serialVersionUID = 1L;

  LimitExceededException(String message) {
    super(message);
  }
}
