package org.sitrep.store;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, answering {@link Fragment}s: passages of about a sentence or two of
 * the text, or the values of the other fields, around the matches, from the offsets kept in the
 * index.
 */
final class FragmentHighlighter extends UnifiedHighlighter {
  /** Passages grow by sentences towards this many characters. */
  private static final int PASSAGE_GOAL = 160;

  /** Text beyond this many characters of a field is not looked at for highlights. */
  private static final int MAX_LENGTH = 100_000;

  FragmentHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaxNoHighlightPassages(0)
            .withMaxLength(MAX_LENGTH)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ENGLISH), PASSAGE_GOAL, 0.5f)));
  }

  // The text in passages of about a sentence or two; every other field one value at a time (a
  // claim's sentence, an actor's name, the place).
  @Override
  protected BreakIterator getBreakIterator(String field) {
    return field.equals(SearchFields.TEXT)
        ? super.getBreakIterator(field)
        : new CustomSeparatorBreakIterator(MULTIVAL_SEP_CHAR);
  }

  @Override
  protected PassageFormatter getFormatter(String field) {
    return new FragmentFormatter(field);
  }

  /**
   * The fragments of each field for each document: {@code result.get(field)[i]} is a {@code
   * List<Fragment>} for {@code docIds[i]}, or null when nothing of that field matched.
   */
  Map<String, Object[]> fragments(List<String> fields, Query query, int[] docIds, int[] passages)
      throws IOException {
    return highlightFieldsAsObjects(fields.toArray(String[]::new), query, docIds, passages);
  }
}
