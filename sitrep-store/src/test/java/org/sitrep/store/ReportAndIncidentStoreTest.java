package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentQuality;
import org.sitrep.model.Incident;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Report;

class ReportAndIncidentStoreTest {
  @TempDir Path dir;

  @Test
  void aStoredReportComesBackEqualWithEveryKindOfClaimValue() {
    Report report = Accounts.report("a.txt");
    try (SqliteStore store = SqliteStore.open(dir)) {
      BatchResult result = store.save(List.of(), List.of(report), List.of());

      assertThat(result.added()).isEqualTo(1);
      assertThat(store.hasReport(report.document().contentHash())).isTrue();
      assertThat(store.report("a.txt")).contains(report);
      assertThat(store.reports().reports()).containsExactly(report);
      assertThat(store.document("a.txt")).contains(report.document());
    }
    try (SqliteStore reopened = SqliteStore.open(dir)) {
      assertThat(reopened.report("a.txt")).contains(report);
    }
  }

  @Test
  void aDocumentStoredWithoutEventsGetsItsReportLaterAndAReportIsNeverReplaced() {
    Report report = Accounts.report("a.txt");
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(report.document()), List.of());
      boolean before = store.hasReport(report.document().contentHash());
      long versionBefore = store.reports().version();

      BatchResult again = store.save(List.of(), List.of(report), List.of());
      Report other = new Report(report.annotated(), List.of());
      store.save(List.of(), List.of(other), List.of());

      assertThat(before).isFalse();
      assertThat(versionBefore).isZero();
      assertThat(again.duplicates()).isEqualTo(1);
      assertThat(store.report("a.txt")).contains(report);
      assertThat(store.reports().version()).isEqualTo(1);
    }
  }

  @Test
  void keepsNoReportOfADuplicateReadUnderAnotherName() {
    Report original = Accounts.report("a.txt");
    Document stored = original.document();
    Document copy =
        new Document(
            "copy.txt",
            stored.contentHash(),
            "copy.txt",
            null,
            null,
            null,
            stored.published(),
            "en",
            stored.text(),
            stored.text(),
            OffsetMap.empty(),
            DocumentQuality.CLEAN);
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(stored), List.of());

      store.save(List.of(), List.of(new Report(Accounts.annotation(copy), List.of())), List.of());

      assertThat(store.hasReport(stored.contentHash())).isFalse();
      assertThat(store.reports().reports()).isEmpty();
      store.save(List.of(), List.of(original), List.of());
      assertThat(store.report("a.txt")).contains(original);
    }
  }

  @Test
  void resolvesEachNameOnceByItsLatestTextWithAReport() {
    Report first = Accounts.report("a.txt");
    Report edited =
        new Report(
            Accounts.annotation(Reports.report("a.txt", Accounts.TEXT + " Updated.")),
            first.events());
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(), List.of(first, Accounts.report("b.txt")), List.of());
      store.save(List.of(), List.of(edited), List.of());

      assertThat(store.reports().reports())
          .extracting(report -> report.document().contentHash())
          .containsExactly(
              edited.document().contentHash(), Accounts.report("b.txt").document().contentHash());
    }
  }

  @Test
  void aStoredIncidentComesBackEqual() {
    Report a = Accounts.report("a.txt");
    Report b = Accounts.report("b.txt");
    Incident incident = Accounts.incident("inc-00000001", LocalDate.of(2021, 8, 26), a, b);
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(), List.of(a, b), List.of());
      store.replaceIncidents(List.of(incident), store.reports().version());

      assertThat(store.incident("inc-00000001")).contains(incident);
      assertThat(store.incidents(IncidentFilter.ALL)).containsExactly(incident);
      assertThat(store.incident("inc-nope")).isEmpty();
    }
  }

  @Test
  void replacingIncidentsDropsThePreviousResolutionAndTracksWhichReportsItCovers() {
    Report a = Accounts.report("a.txt");
    Report b = Accounts.report("b.txt");
    try (SqliteStore store = SqliteStore.open(dir)) {
      boolean emptyStoreCurrent = store.incidentsCurrent();
      store.save(List.of(), List.of(a), List.of());
      boolean afterReport = store.incidentsCurrent();
      store.replaceIncidents(
          List.of(Accounts.incident("inc-1", LocalDate.of(2021, 8, 26), a)),
          store.reports().version());
      boolean afterResolution = store.incidentsCurrent();
      store.save(List.of(), List.of(b), List.of());
      boolean afterAnother = store.incidentsCurrent();
      store.replaceIncidents(
          List.of(Accounts.incident("inc-2", LocalDate.of(2021, 8, 26), a, b)),
          store.reports().version());

      assertThat(emptyStoreCurrent).isTrue();
      assertThat(afterReport).isFalse();
      assertThat(afterResolution).isTrue();
      assertThat(afterAnother).isFalse();
      assertThat(store.incidentsCurrent()).isTrue();
      assertThat(store.incidents(IncidentFilter.ALL))
          .extracting(Incident::id)
          .containsExactly("inc-2");
    }
  }

  @Test
  void anOlderResolutionNeverReplacesANewerOne() {
    Report a = Accounts.report("a.txt");
    Report b = Accounts.report("b.txt");
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(), List.of(a), List.of());
      long older = store.reports().version();
      store.save(List.of(), List.of(b), List.of());
      Incident newer = Accounts.incident("inc-new", LocalDate.of(2021, 8, 26), a, b);
      boolean newerStored = store.replaceIncidents(List.of(newer), store.reports().version());

      boolean olderStored =
          store.replaceIncidents(
              List.of(Accounts.incident("inc-old", LocalDate.of(2021, 8, 26), a)), older);

      assertThat(newerStored).isTrue();
      assertThat(olderStored).isFalse();
      assertThat(store.incidents(IncidentFilter.ALL)).containsExactly(newer);
      assertThat(store.incidentsCurrent()).isTrue();
    }
  }

  @Test
  void filtersIncidentsByDateCountryTypeAndActorAndOrdersThemByDateThenId() {
    Report a = Accounts.report("a.txt");
    Incident late = Accounts.incident("inc-a", LocalDate.of(2021, 8, 30), a);
    Incident early = Accounts.incident("inc-b", LocalDate.of(2021, 8, 26), a);
    Incident sameDay = Accounts.incident("inc-0", LocalDate.of(2021, 8, 26), a);
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(), List.of(a), List.of());
      store.replaceIncidents(List.of(late, early, sameDay), 1);

      assertThat(ids(store, IncidentFilter.ALL)).containsExactly("inc-0", "inc-b", "inc-a");
      assertThat(ids(store, filter(LocalDate.of(2021, 8, 27), null, null, null, null)))
          .containsExactly("inc-a");
      assertThat(ids(store, filter(null, LocalDate.of(2021, 8, 26), null, null, null)))
          .containsExactly("inc-0", "inc-b");
      assertThat(ids(store, filter(null, null, "af", null, null))).hasSize(3);
      assertThat(ids(store, filter(null, null, "Afghanistan", null, null))).hasSize(3);
      assertThat(ids(store, filter(null, null, "IQ", null, null))).isEmpty();
      assertThat(ids(store, filter(null, null, null, "suicide bomb", null))).hasSize(3);
      assertThat(ids(store, filter(null, null, null, "Explosions/Remote violence", null)))
          .hasSize(3);
      assertThat(ids(store, filter(null, null, null, "Battles", null))).isEmpty();
      assertThat(ids(store, filter(null, null, null, null, "khorasan"))).hasSize(3);
      assertThat(ids(store, filter(null, null, null, null, "american troops"))).hasSize(3);
      assertThat(ids(store, filter(null, null, null, null, "Taliban"))).isEmpty();
    }
  }

  @Test
  void refusesAFilterWhoseStartIsAfterItsEnd() {
    assertThatThrownBy(
            () -> filter(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 8, 1), null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static IncidentFilter filter(
      LocalDate since, LocalDate until, String country, String type, String actor) {
    return new IncidentFilter(since, until, country, type, actor);
  }

  private static List<String> ids(SqliteStore store, IncidentFilter filter) {
    return store.incidents(filter).stream().map(Incident::id).toList();
  }
}
