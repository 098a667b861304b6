package org.sitrep.engine.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Diagnostic;
import org.sitrep.store.Fragment;
import org.sitrep.store.SearchHit;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SearchResults;

/**
 * A page of full-text search hits as JSON, the same for {@code sitrep search --json} and {@code GET
 * /api/search}: {@code {"q", "kind", "total", "offset", "limit", "hits": [{"kind", "id", "label",
 * "date", "score", "fragments": [{"field", "text", "matches": [[start, end], ...]}]}],
 * "diagnostics": [{"code", "message"}]}}. Fragments are plain text; the matches are offsets into
 * it.
 */
public final class SearchJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private SearchJson() {}

  /**
   * The answer for one page of hits.
   *
   * @param kind what was searched, as asked: {@code both}, {@code documents} or {@code incidents}
   */
  public static ObjectNode of(SearchQuery query, String kind, SearchResults results) {
    ObjectNode answer = MAPPER.createObjectNode();
    answer.put("q", query.text()).put("kind", kind);
    answer.put("total", results.total()).put("offset", query.offset()).put("limit", query.limit());
    ArrayNode hits = answer.putArray("hits");
    results.hits().forEach(hit -> hits.add(hit(hit)));
    ArrayNode diagnostics = answer.putArray("diagnostics");
    for (Diagnostic diagnostic : results.diagnostics()) {
      diagnostics.addObject().put("code", diagnostic.code()).put("message", diagnostic.message());
    }
    return answer;
  }

  private static ObjectNode hit(SearchHit hit) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("kind", hit.kind().label()).put("id", hit.id()).put("label", hit.label());
    node.put("date", hit.date()).put("score", hit.score());
    ArrayNode fragments = node.putArray("fragments");
    for (Fragment fragment : hit.fragments()) {
      ObjectNode piece = fragments.addObject();
      piece.put("field", fragment.field()).put("text", fragment.text());
      ArrayNode matches = piece.putArray("matches");
      fragment.matches().forEach(match -> matches.addArray().add(match.start()).add(match.end()));
    }
    return node;
  }
}
