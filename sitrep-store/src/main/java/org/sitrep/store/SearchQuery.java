package org.sitrep.store;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * A full-text search of the store.
 *
 * <p>{@code text} is in Lucene's query syntax: words (all must occur, in any field; English words
 * match their other forms, so "shooting" finds "shot" and "shootings"), {@code "quoted phrases"},
 * {@code OR}, {@code NOT} / {@code -word}, {@code prefix*}, {@code fuzzy~} and {@code field:word}
 * with the fields {@code title}, {@code text}, {@code source}, {@code published} (documents) and
 * {@code type}, {@code place}, {@code actors}, {@code claims}, {@code date} (incidents), and {@code
 * id} (both). Text that is not a valid query fails the search with {@link SearchSyntaxException}.
 *
 * @param text the query, not blank, at most {@link #MAX_LENGTH} characters
 * @param kinds what to search: documents, incidents or both; not empty
 * @param limit how many hits to answer, 1 to {@link #MAX_LIMIT}
 * @param offset how many of the best hits to skip first, 0 to {@link #MAX_OFFSET}
 */
public record SearchQuery(String text, Set<SearchKind> kinds, int limit, int offset) {
  /** The longest query text accepted. */
  public static final int MAX_LENGTH = 500;

  /** The most hits one search answers. */
  public static final int MAX_LIMIT = 1000;

  /** How deep into the ranking a page may start. */
  public static final int MAX_OFFSET = 10_000;

  /** Hits per page when none is asked for. */
  public static final int DEFAULT_LIMIT = 20;

  public SearchQuery {
    requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("the query text must not be blank");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "the query has " + text.length() + " characters; at most " + MAX_LENGTH + " are allowed");
    }
    requireNonNull(kinds, "kinds");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds must not be empty");
    }
    kinds = Set.copyOf(kinds);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", not " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET + ", not " + offset);
    }
  }

  /** Documents and incidents, the first {@link #DEFAULT_LIMIT} hits. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, EnumSet.allOf(SearchKind.class), DEFAULT_LIMIT, 0);
  }

  public SearchQuery withKinds(Set<SearchKind> newKinds) {
    return new SearchQuery(text, newKinds, limit, offset);
  }

  public SearchQuery withPage(int newLimit, int newOffset) {
    return new SearchQuery(text, kinds, newLimit, newOffset);
  }
}
