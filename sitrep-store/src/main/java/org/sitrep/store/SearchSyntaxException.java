package org.sitrep.store;

/**
 * A search text that is not a valid query (an unclosed quote or bracket, a leading wildcard, a
 * pattern that expands to too many words): the caller's mistake, told in words a user can act on.
 */
public final class SearchSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public SearchSyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
