package org.sitrep.store;

/**
 * The store itself failed: the file cannot be created, opened or migrated, the disk is full, the
 * database is corrupt or locked for too long. A {@link DocumentStore#save} that throws this kept
 * nothing of its batch.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
