package org.sitrep.server;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.engine.output.SearchJson;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.SearchKind;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SearchResults;
import org.sitrep.store.SearchSyntaxException;

/**
 * {@code GET /api/search}: the store's full-text search over documents and incidents. Fragments go
 * out as plain text with the offsets of their matches, for the page to mark as text, never as
 * markup.
 */
final class SearchEndpoints {
  /** The largest page of hits served: each hit carries its fragments. */
  static final int MAX_LIMIT = 100;

  private static final List<String> KINDS = List.of("both", "documents", "incidents");

  private final DocumentStore store;

  SearchEndpoints(DocumentStore store) {
    this.store = store;
  }

  /** {@code GET /api/search?q=&kind=&limit=&offset=}. */
  void search(Context context) {
    QueryParameters parameters = new QueryParameters(context);
    String text = parameters.query("q");
    if (text == null) {
      throw Problem.badRequest("'q' is required: the words to search for");
    }
    String kind = parameters.choice("kind", "both", KINDS);
    SearchQuery query =
        new SearchQuery(
            text,
            kinds(kind),
            parameters.integer("limit", SearchQuery.DEFAULT_LIMIT, 1, MAX_LIMIT),
            parameters.integer("offset", 0, 0, SearchQuery.MAX_OFFSET));
    SearchResults results;
    try {
      results = store.search(query);
    } catch (SearchSyntaxException e) {
      throw Problem.badRequest("'q' is " + e.getMessage());
    }
    Json.send(context, 200, SearchJson.of(query, kind, results));
  }

  private static Set<SearchKind> kinds(String kind) {
    return kind.equals("both") ? EnumSet.allOf(SearchKind.class) : Set.of(SearchKind.ofLabel(kind));
  }
}
