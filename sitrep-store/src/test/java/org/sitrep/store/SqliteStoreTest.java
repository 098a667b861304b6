package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentQuality;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Refusal;
import org.sitrep.model.RefusalReason;

class SqliteStoreTest {
  @TempDir Path dir;

  static Document document(String id, String text) {
    return new Document(
        id,
        "hash-" + Integer.toHexString(text.hashCode()) + "-" + text.length(),
        "inputs/" + id,
        "https://example.org/" + id,
        "Example Wire",
        "Title of " + id,
        PublicationDate.of(LocalDate.of(2021, 8, 30), DateEvidence.HEADER, "header line"),
        "en",
        text,
        "date 2021-08-30 " + text,
        new OffsetMap.Builder().run(0, 16).run(10, 30).build(),
        new DocumentQuality(
            2,
            1,
            null,
            null,
            List.of(new Diagnostic("boilerplate-removed", "dropped 'See also'"))));
  }

  @Test
  void keepsEveryFieldOfADocument() {
    Document original = document("a.txt", "Five people were killed on Monday.");
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(original), List.of());

      assertThat(store.document("a.txt")).contains(original);
      assertThat(store.documentByHash(original.contentHash())).contains(original);
    }
  }

  @Test
  void keepsAnUnknownDateUnknown() {
    Document undated =
        new Document(
            "u",
            "h-u",
            "src",
            null,
            null,
            null,
            PublicationDate.unknown("no date"),
            "en",
            "Text.",
            "Text.",
            OffsetMap.identity(),
            DocumentQuality.CLEAN);
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(undated), List.of());

      assertThat(store.document("u")).contains(undated);
      assertThat(store.documents().get(0).published()).isNull();
      assertThat(store.documents().get(0).evidence()).isEqualTo("unknown");
    }
  }

  @Test
  void savingTheSameDocumentTwiceChangesNothing() {
    Document report = document("a.txt", "Five people were killed on Monday.");
    try (SqliteStore store = SqliteStore.open(dir)) {
      BatchResult first = store.save(List.of(report), List.of());
      List<DocumentSummary> before = store.documents();
      BatchResult second = store.save(List.of(report), List.of());

      assertThat(first.added()).isEqualTo(1);
      assertThat(second.added()).isZero();
      assertThat(second.duplicates()).isEqualTo(1);
      assertThat(store.documents()).isEqualTo(before);
    }
  }

  @Test
  void knowsTheSameTextUnderAnotherIdAsADuplicate() {
    Document first = document("a.txt", "Same text.");
    Document copy =
        new Document(
            "b.txt",
            first.contentHash(),
            "elsewhere",
            null,
            null,
            null,
            first.published(),
            "en",
            first.text(),
            first.original(),
            first.offsets(),
            first.quality());
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(first), List.of());
      BatchResult result = store.save(List.of(copy), List.of());

      assertThat(result.outcomes())
          .singleElement()
          .satisfies(outcome -> assertThat(outcome.duplicateOf()).isEqualTo("a.txt"));
      assertThat(store.documentCount()).isEqualTo(1);
    }
  }

  @Test
  void recordsEachDistinctRefusalOnce() {
    Refusal empty = new Refusal("empty.txt", RefusalReason.EMPTY, "file is empty");
    Refusal binary = new Refusal("x.bin", RefusalReason.NOT_TEXT, "binary");
    try (SqliteStore store = SqliteStore.open(dir)) {
      assertThat(store.save(List.of(), List.of(empty, binary)).refusalsRecorded()).isEqualTo(2);
      assertThat(store.save(List.of(), List.of(empty)).refusalsRecorded()).isZero();

      assertThat(store.refusals()).containsExactly(empty, binary);
    }
  }

  @Test
  void rollsBackAWholeBatchThatFails() {
    Document kept = document("kept.txt", "Kept text.");
    Document fresh = document("fresh.txt", "Fresh text.");
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(kept), List.of());
      List<Document> batch = new ArrayList<>();
      batch.add(fresh);
      batch.add(null);

      assertThatThrownBy(() -> store.save(batch, List.of())).isInstanceOf(RuntimeException.class);

      assertThat(store.documentCount()).isEqualTo(1);
      assertThat(store.document("fresh.txt")).isEmpty();
      assertThat(store.document("kept.txt")).contains(kept);
    }
  }

  @Test
  void reopensAnExistingStoreWithItsContent() {
    Document report = document("a.txt", "Text that stays.");
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(report), List.of());
    }
    try (SqliteStore store = SqliteStore.open(dir)) {
      assertThat(store.document("a.txt")).contains(report);
      assertThat(store.documentCount()).isEqualTo(1);
    }
  }

  @Test
  void takesSavesFromSeveralThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (SqliteStore store = SqliteStore.open(dir)) {
      List<Future<BatchResult>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Document report = document("d" + i, "Report number " + i + ".");
        results.add(pool.submit(() -> store.save(List.of(report), List.of())));
      }
      for (Future<BatchResult> result : results) {
        assertThat(result.get().added()).isEqualTo(1);
      }
      assertThat(store.documentCount()).isEqualTo(40);
    } finally {
      pool.shutdownNow();
    }
  }
}
