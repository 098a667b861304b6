package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Any text of news words, noise and punctuation is found by any of its words, and every fragment's
 * matches are words of the fragment that mean the word asked for.
 */
class SearchIndexProperties {
  private static final List<String> WORDS =
      List.of(
          "shot",
          "shooting",
          "Shootings",
          "shoots",
          "killed",
          "kills",
          "police",
          "Kabul’s",
          "bombing",
          "bombs",
          "airport",
          "fled",
          "fleeing",
          "gunmen",
          "gunman",
          "died",
          "dying",
          "café",
          "naïve",
          "ISIS-K",
          "2021-08-26",
          "13",
          "people");
  private static final Analyzer ANALYZER = new SearchAnalyzer();
  private static final AtomicInteger IDS = new AtomicInteger();

  private static Path dir;
  private static SqliteStore store;

  @BeforeContainer
  static void open() throws IOException {
    dir = Files.createTempDirectory("sitrep-search-properties");
    store = SqliteStore.open(dir);
  }

  @AfterContainer
  static void close() {
    store.close();
  }

  @Property(tries = 40)
  void anyWordOfATextFindsItAndTheMatchesMeanThatWord(
      @ForAll("texts") List<String> pieces, @ForAll("words") String asked) {
    String id = "p" + IDS.incrementAndGet() + ".txt";
    List<String> withAsked = new ArrayList<>(pieces);
    withAsked.add(pieces.size() / 2, asked);
    // The document's own name keeps its text unique: the store keeps one document per text, so
    // two tries with the same words would otherwise be one document under the first try's id.
    withAsked.add("doc" + id.substring(1, id.indexOf('.')));
    String text = String.join(" ", withAsked);
    store.save(List.of(Reports.bare(id, text)), List.of());

    String query = asked.contains("-") ? "\"" + asked + "\"" : asked;
    SearchResults results =
        store.search(new SearchQuery(query, Set.of(SearchKind.DOCUMENT), 1000, 0));

    assertThat(results.hits()).extracting(SearchHit::id).contains(id);
    List<String> wanted = terms(asked);
    for (SearchHit hit : results.hits()) {
      for (Fragment fragment : hit.fragments()) {
        assertThat(fragment.text().length()).isLessThanOrEqualTo(Fragment.MAX_LENGTH);
        int end = 0;
        for (Fragment.Match match : fragment.matches()) {
          assertThat(match.start()).isGreaterThanOrEqualTo(end);
          end = match.end();
          assertThat(terms(fragment.textOf(match))).as(fragment.toString()).isEqualTo(wanted);
        }
      }
    }
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of(WORDS);
  }

  /** News words mixed with noise: letters from anywhere, digits, punctuation, line breaks. */
  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> noise =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars("ÀéßЖ中\u00a0.,;:!?\"'()-—\n")
            .ofMinLength(1)
            .ofMaxLength(12);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.of(WORDS)), net.jqwik.api.Tuple.of(3, noise))
        .list()
        .ofMaxSize(400);
  }

  private static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
