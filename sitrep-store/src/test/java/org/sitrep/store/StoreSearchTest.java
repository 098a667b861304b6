package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;
import org.sitrep.model.Report;

class StoreSearchTest {
  private static final Document SHOT =
      Reports.report(
          "shot.txt", "Two men were shot dead outside a bar on Friday. The gunman fled on foot.");
  private static final Document SHOOTINGS =
      Reports.report(
          "shootings.txt",
          "Police are investigating a series of shootings in the city. Nobody has been arrested.");
  private static final Document MARKET =
      Reports.report("market.txt", "The market was busy and quiet; prices of bread rose.");

  @TempDir Path dir;

  private static SearchQuery documents(String text) {
    return SearchQuery.of(text).withKinds(Set.of(SearchKind.DOCUMENT));
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  private SqliteStore storeWithThreeReports() {
    SqliteStore store = SqliteStore.open(dir);
    store.save(List.of(SHOT, SHOOTINGS, MARKET), List.of());
    return store;
  }

  @Test
  void findsSavedDocumentsByTheOtherFormsOfAWord() {
    try (SqliteStore store = storeWithThreeReports()) {
      assertThat(ids(store.search(documents("shooting"))))
          .containsExactlyInAnyOrder("shot.txt", "shootings.txt");
      assertThat(ids(store.search(documents("fleeing gunmen")))).containsExactly("shot.txt");
      assertThat(ids(store.search(documents("bread")))).containsExactly("market.txt");
      assertThat(store.search(documents("shooting")).total()).isEqualTo(2);
    }
  }

  @Test
  void aNewStoreBuildsItsIndexWithoutADiagnostic() {
    try (SqliteStore store = storeWithThreeReports()) {
      store.search(documents("shooting"));

      assertThat(Files.isDirectory(dir.resolve(SearchIndex.FOLDER))).isTrue();
      assertThat(store.searchDiagnostics()).isEmpty();
    }
  }

  @Test
  void highlightsArePlainTextWithTheOffsetsOfTheMatchedWords() {
    try (SqliteStore store = storeWithThreeReports()) {
      SearchResults results = store.search(documents("shooting police"));

      SearchHit hit = results.hits().get(0);
      assertThat(hit.id()).isEqualTo("shootings.txt");
      assertThat(hit.kind()).isEqualTo(SearchKind.DOCUMENT);
      assertThat(hit.label()).isEqualTo("Title of shootings.txt");
      assertThat(hit.date()).isEqualTo("2021-08-27");
      assertThat(hit.score()).isPositive();
      Fragment fragment =
          hit.fragments().stream().filter(f -> f.field().equals("text")).findFirst().orElseThrow();
      assertThat(fragment.text()).contains("series of shootings").doesNotContain("<");
      assertThat(fragment.matches().stream().map(fragment::textOf))
          .containsExactly("Police", "shootings");
    }
  }

  @Test
  void aPhraseIsOneMatchAndAFieldCanBeNamed() {
    try (SqliteStore store = storeWithThreeReports()) {
      SearchHit hit = store.search(documents("\"shot dead\"")).hits().get(0);
      Fragment fragment = hit.fragments().get(0);

      assertThat(fragment.matches().stream().map(fragment::textOf)).containsExactly("shot dead");
      assertThat(ids(store.search(documents("title:market.txt")))).containsExactly("market.txt");
      assertThat(ids(store.search(documents("shoot* -police")))).containsExactly("shot.txt");
    }
  }

  @Test
  void aLongPassageIsCutAroundItsFirstMatch() {
    String words = "word ".repeat(400);
    Document longOne = Reports.report("long.txt", words + "an explosion happened " + words);
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(longOne), List.of());

      Fragment fragment = store.search(documents("explosion")).hits().get(0).fragments().get(0);

      assertThat(fragment.text().length()).isLessThanOrEqualTo(Fragment.MAX_LENGTH);
      assertThat(fragment.text()).startsWith("…").endsWith("…");
      assertThat(fragment.matches()).hasSize(1);
      assertThat(fragment.textOf(fragment.matches().get(0))).isEqualTo("explosion");
    }
  }

  @Test
  void savingTheSameDocumentsAgainDoesNotDoubleTheHits() {
    try (SqliteStore store = storeWithThreeReports()) {
      store.save(List.of(SHOT, SHOOTINGS, MARKET), List.of());
    }
    try (SqliteStore reopened = SqliteStore.open(dir)) {
      reopened.save(List.of(SHOT, MARKET), List.of());

      assertThat(ids(reopened.search(documents("shooting"))))
          .containsExactlyInAnyOrder("shot.txt", "shootings.txt");
    }
  }

  @Test
  void pagesThroughTheHitsInAStableOrder() {
    try (SqliteStore store = storeWithThreeReports()) {
      SearchQuery all = documents("title");
      List<String> first = ids(store.search(all));

      assertThat(first).hasSize(3);
      assertThat(ids(store.search(all.withPage(1, 1)))).containsExactly(first.get(1));
      assertThat(store.search(all.withPage(2, 2)).total()).isEqualTo(3);
      assertThat(ids(store.search(all.withPage(10, 5)))).isEmpty();
      assertThat(ids(store.search(all))).isEqualTo(first);
    }
  }

  @Test
  void findsIncidentsByPlaceActorAliasClaimAndTypeAndForgetsReplacedOnes() {
    Report report = Accounts.report("a.txt");
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(), List.of(report), List.of());
      store.replaceIncidents(
          List.of(Accounts.incident("inc-1", LocalDate.of(2021, 8, 26), report)), 1);
      SearchQuery incidents = SearchQuery.of("x").withKinds(Set.of(SearchKind.INCIDENT));

      for (String words :
          List.of("kabul", "ISIS-K", "\"at least 60\"", "killed officials", "suicide bombing")) {
        SearchResults results = store.search(new SearchQuery(words, incidents.kinds(), 10, 0));
        assertThat(ids(results)).as(words).containsExactly("inc-1");
        assertThat(results.hits().get(0).fragments()).as(words).isNotEmpty();
      }
      SearchHit hit = store.search(SearchQuery.of("IS-K")).hits().get(0);
      assertThat(hit.kind()).isEqualTo(SearchKind.INCIDENT);
      assertThat(hit.label()).isEqualTo("Suicide bomb, Kabul, Afghanistan, 2021-08-26");
      assertThat(hit.fragments().get(0).field()).isEqualTo("actors");

      store.replaceIncidents(
          List.of(Accounts.incident("inc-2", LocalDate.of(2021, 8, 26), report)), 1);

      assertThat(ids(store.search(SearchQuery.of("kabul").withKinds(incidents.kinds()))))
          .containsExactly("inc-2");
      assertThat(store.incidents(IncidentFilter.ALL.withWords("isis-k")))
          .extracting(org.sitrep.model.Incident::id)
          .containsExactly("inc-2");
      assertThat(store.incidents(IncidentFilter.ALL.withWords("nowhere"))).isEmpty();
    }
  }

  @Test
  void aDeletedIndexIsBuiltAgainWithADiagnostic() throws IOException {
    try (SqliteStore store = storeWithThreeReports()) {
      store.search(documents("shooting"));
    }
    delete(dir.resolve(SearchIndex.FOLDER));

    try (SqliteStore reopened = SqliteStore.open(dir)) {
      SearchResults results = reopened.search(documents("shooting"));

      assertThat(ids(results)).hasSize(2);
      assertThat(results.diagnostics())
          .extracting(Diagnostic::code)
          .containsExactly("search-index-rebuilt");
      assertThat(results.diagnostics().get(0).message())
          .contains("missing")
          .contains("3 documents");
    }
  }

  @Test
  void aCorruptIndexIsBuiltAgainWithADiagnostic() throws IOException {
    try (SqliteStore store = storeWithThreeReports()) {
      store.search(documents("shooting"));
    }
    try (Stream<Path> files = Files.list(dir.resolve(SearchIndex.FOLDER))) {
      for (Path file : files.toList()) {
        Files.write(file, "garbage".getBytes(StandardCharsets.UTF_8));
      }
    }

    try (SqliteStore reopened = SqliteStore.open(dir)) {
      SearchResults results = reopened.search(documents("shooting"));

      assertThat(ids(results)).hasSize(2);
      assertThat(results.diagnostics())
          .extracting(Diagnostic::code)
          .contains("search-index-rebuilt");
      assertThat(results.diagnostics().get(0).message()).contains("unreadable");
    }
  }

  @Test
  void aCorruptIndexFoundOnSavingIsBuiltAgainAndTheSaveKept() throws IOException {
    try (SqliteStore store = storeWithThreeReports()) {
      store.search(documents("shooting"));
    }
    try (Stream<Path> files = Files.list(dir.resolve(SearchIndex.FOLDER))) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }
    Document later = Reports.report("later.txt", "A later shooting near the port.");

    try (SqliteStore reopened = SqliteStore.open(dir)) {
      BatchResult saved = reopened.save(List.of(later), List.of());

      assertThat(saved.added()).isEqualTo(1);
      assertThat(reopened.searchDiagnostics())
          .extracting(Diagnostic::code)
          .containsExactly("search-index-rebuilt");
      assertThat(ids(reopened.search(documents("shooting")))).hasSize(3);
    }
  }

  @Test
  void anIndexBehindTheStoreCatchesUp() throws IOException {
    Path saved = dir.resolveSibling(dir.getFileName() + "-saved-index");
    try (SqliteStore store = storeWithThreeReports()) {
      store.search(documents("shooting"));
    }
    copy(dir.resolve(SearchIndex.FOLDER), saved);
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(Reports.report("later.txt", "Another shooting.")), List.of());
    }
    delete(dir.resolve(SearchIndex.FOLDER));
    copy(saved, dir.resolve(SearchIndex.FOLDER));
    delete(saved);

    try (SqliteStore reopened = SqliteStore.open(dir)) {
      SearchResults results = reopened.search(documents("shooting"));

      assertThat(ids(results)).contains("later.txt").hasSize(3);
      assertThat(results.diagnostics()).isEmpty();
    }
  }

  @Test
  void theIndexOfAnotherStoreIsBuiltAgain() throws IOException {
    Path other = dir.resolve("other");
    try (SqliteStore store = SqliteStore.open(other)) {
      store.save(List.of(Reports.report("elsewhere.txt", "A shooting elsewhere.")), List.of());
    }
    try (SqliteStore store = storeWithThreeReports()) {
      store.search(documents("shooting"));
    }
    delete(dir.resolve(SearchIndex.FOLDER));
    copy(other.resolve(SearchIndex.FOLDER), dir.resolve(SearchIndex.FOLDER));

    try (SqliteStore reopened = SqliteStore.open(dir)) {
      SearchResults results = reopened.search(documents("shooting"));

      assertThat(ids(results)).containsExactlyInAnyOrder("shot.txt", "shootings.txt");
      assertThat(results.diagnostics().get(0).message()).contains("other documents");
    }
  }

  @Test
  void aSaveWhileAnotherWriterHoldsTheIndexIsKeptAndFoundLater() throws IOException {
    try (SqliteStore store = storeWithThreeReports()) {
      store.search(documents("shooting"));
      Document later = Reports.report("later.txt", "A later shooting near the port.");
      BatchResult saved;
      List<Diagnostic> diagnostics;
      try (FSDirectory directory = FSDirectory.open(dir.resolve(SearchIndex.FOLDER));
          IndexWriter holder =
              new IndexWriter(
                  directory,
                  new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
        saved = store.save(List.of(later), List.of());
        diagnostics = store.searchDiagnostics();
        holder.rollback();
      }

      assertThat(saved.added()).isEqualTo(1);
      assertThat(diagnostics).extracting(Diagnostic::code).containsExactly("search-index-busy");
      assertThat(ids(store.search(documents("shooting")))).contains("later.txt");
    }
  }

  @Test
  void textThatIsNotAQueryIsASyntaxError() {
    try (SqliteStore store = storeWithThreeReports()) {
      for (String bad : List.of("\"unclosed", "*leading", "title:(shot", "AND", "shot^^")) {
        assertThatThrownBy(() -> store.search(documents(bad)))
            .as(bad)
            .isInstanceOf(SearchSyntaxException.class)
            .hasMessageStartingWith("not a valid query");
      }
      assertThatThrownBy(() -> store.incidents(IncidentFilter.ALL.withWords("(")))
          .isInstanceOf(SearchSyntaxException.class);
    }
  }

  @Test
  void refusesBadQueries() {
    Set<SearchKind> both = EnumSet.allOf(SearchKind.class);
    assertThatThrownBy(() -> new SearchQuery(" ", both, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SearchQuery("x".repeat(501), both, 1, 0))
        .hasMessageContaining("at most 500");
    assertThatThrownBy(() -> new SearchQuery("x", Set.of(), 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SearchQuery("x", both, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SearchQuery("x", both, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SearchKind.ofLabel("Documents")).isEqualTo(SearchKind.DOCUMENT);
    assertThatThrownBy(() -> SearchKind.ofLabel("people"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void searchingAClosedStoreFails() {
    SqliteStore store = storeWithThreeReports();
    store.close();

    assertThatThrownBy(() -> store.search(documents("shooting")))
        .isInstanceOf(IllegalStateException.class);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else if (!path.getFileName().toString().equals("write.lock")) {
          Files.copy(path, target);
        }
      }
    }
  }

  private static void delete(Path path) throws IOException {
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }
}
