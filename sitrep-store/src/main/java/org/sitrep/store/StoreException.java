package org.sitrep.store;

/** The store failed (I/O, a corrupt file, a broken connection); nothing of the batch was kept. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
