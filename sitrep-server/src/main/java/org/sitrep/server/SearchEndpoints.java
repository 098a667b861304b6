package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Diagnostic;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.Fragment;
import org.sitrep.store.SearchHit;
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
    Json.send(context, 200, answer(query, kind, results));
  }

  private static Set<SearchKind> kinds(String kind) {
    return kind.equals("both") ? EnumSet.allOf(SearchKind.class) : Set.of(SearchKind.ofLabel(kind));
  }

  private static ObjectNode answer(SearchQuery query, String kind, SearchResults results) {
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("q", query.text()).put("kind", kind);
    answer.put("total", results.total()).put("offset", query.offset()).put("limit", query.limit());
    ArrayNode hits = answer.putArray("hits");
    for (SearchHit hit : results.hits()) {
      ObjectNode node = hits.addObject();
      node.put("kind", hit.kind().label()).put("id", hit.id()).put("label", hit.label());
      node.put("date", hit.date()).put("score", hit.score());
      ArrayNode fragments = node.putArray("fragments");
      for (Fragment fragment : hit.fragments()) {
        ObjectNode piece = fragments.addObject();
        piece.put("field", fragment.field()).put("text", fragment.text());
        ArrayNode matches = piece.putArray("matches");
        fragment.matches().forEach(match -> matches.addArray().add(match.start()).add(match.end()));
      }
    }
    ArrayNode diagnostics = answer.putArray("diagnostics");
    for (Diagnostic diagnostic : results.diagnostics()) {
      diagnostics.addObject().put("code", diagnostic.code()).put("message", diagnostic.message());
    }
    return answer;
  }
}
