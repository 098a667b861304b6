package org.sitrep.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.sitrep.model.Diagnostic;

/**
 * Queries over the index: the user's text parsed (words over every field, all required), limited to
 * the kinds asked for, and the hits of a page with their fragments.
 */
final class SearchQueries {
  /** Best first; equal scores by key, so the order does not depend on how the index was built. */
  private static final Sort ORDER =
      new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.KEY, SortField.Type.STRING));

  /** How many passages of each field a hit shows at most. */
  private static final Map<String, Integer> PASSAGES =
      Map.of(
          SearchFields.TITLE, 1,
          SearchFields.TEXT, 3,
          SearchFields.SOURCE, 1,
          SearchFields.CLAIMS, 3,
          SearchFields.ACTORS, 2,
          SearchFields.PLACE, 1,
          SearchFields.TYPE, 1);

  private static final List<String> HIGHLIGHTED = highlighted();

  private final Analyzer analyzer;

  SearchQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  private static List<String> highlighted() {
    List<String> fields = new ArrayList<>(SearchFields.DOCUMENT_HIGHLIGHTS);
    fields.addAll(SearchFields.INCIDENT_HIGHLIGHTS);
    return List.copyOf(fields);
  }

  /**
   * The query the text says, over the given kinds.
   *
   * @throws SearchSyntaxException when the text is not a valid query
   */
  Query parse(String text, Set<SearchKind> kinds) {
    String[] fields = SearchFields.SEARCHED.keySet().stream().sorted().toArray(String[]::new);
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(fields, analyzer, SearchFields.SEARCHED);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    // "ISIS-K" and "2021-08-26" are one name and one date, not words to find anywhere.
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    Query parsed;
    try {
      parsed = parser.parse(text);
    } catch (ParseException e) {
      throw new SearchSyntaxException("not a valid query: " + firstLine(e.getMessage()), e);
    }
    BooleanQuery.Builder kindsQuery = new BooleanQuery.Builder();
    for (SearchKind kind : kinds) {
      kindsQuery.add(new TermQuery(SearchFields.kindTerm(kind)), BooleanClause.Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(parsed, BooleanClause.Occur.MUST)
        .add(kindsQuery.build(), BooleanClause.Occur.FILTER)
        .build();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "it cannot be read";
    }
    String line = message.lines().findFirst().orElse(message).strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  /** One page of hits, with their fragments; the diagnostics are the caller's to add. */
  SearchResults page(IndexSearcher searcher, Query query, SearchQuery asked) throws IOException {
    int total = searcher.count(query);
    TopDocs top = searcher.search(query, asked.offset() + asked.limit(), ORDER, true);
    ScoreDoc[] all = top.scoreDocs;
    int from = Math.min(asked.offset(), all.length);
    int[] docIds = new int[all.length - from];
    for (int i = from; i < all.length; i++) {
      docIds[i - from] = all[i].doc;
    }
    Map<String, Object[]> fragments = fragments(searcher, query, docIds);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      org.apache.lucene.document.Document entry = stored.document(docIds[i]);
      hits.add(hit(entry, all[from + i].score, fragments, i));
    }
    return new SearchResults(total, hits, List.<Diagnostic>of());
  }

  /** The ids of every entry the query matches, best first. */
  Set<String> ids(IndexSearcher searcher, Query query) throws IOException {
    int count = searcher.count(query);
    Set<String> ids = new LinkedHashSet<>();
    if (count == 0) {
      return ids;
    }
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(query, count, ORDER, false).scoreDocs) {
      ids.add(stored.document(hit.doc, Set.of(SearchFields.ID)).get(SearchFields.ID));
    }
    return ids;
  }

  private Map<String, Object[]> fragments(IndexSearcher searcher, Query query, int[] docIds)
      throws IOException {
    if (docIds.length == 0) {
      return Map.of();
    }
    int[] passages = HIGHLIGHTED.stream().mapToInt(PASSAGES::get).toArray();
    return new FragmentHighlighter(searcher, analyzer)
        .fragments(HIGHLIGHTED, query, docIds, passages);
  }

  private static SearchHit hit(
      org.apache.lucene.document.Document entry,
      float score,
      Map<String, Object[]> fragments,
      int index) {
    SearchKind kind = SearchKind.ofLabel(entry.get(SearchFields.KIND));
    List<String> fields =
        kind == SearchKind.DOCUMENT
            ? SearchFields.DOCUMENT_HIGHLIGHTS
            : SearchFields.INCIDENT_HIGHLIGHTS;
    List<Fragment> found = new ArrayList<>();
    for (String field : fields) {
      Object[] perDocument = fragments.get(field);
      if (perDocument != null && perDocument[index] instanceof List<?> list) {
        for (Object fragment : list) {
          found.add((Fragment) fragment);
        }
      }
    }
    return new SearchHit(
        kind,
        entry.get(SearchFields.ID),
        entry.get(SearchFields.LABEL),
        SearchFields.date(entry),
        score,
        found);
  }
}
