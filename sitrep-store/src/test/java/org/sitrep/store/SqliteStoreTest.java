package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.Reports.bare;
import static org.sitrep.store.Reports.report;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Document;
import org.sitrep.model.Refusal;
import org.sitrep.model.RefusalReason;

class SqliteStoreTest {
  @TempDir Path dir;

  @Test
  void keepsEveryFieldOfADocument() {
    Document original = report("kabul.txt", "Two suicide bombers struck the gate on Thursday.");
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(original), List.of());

      assertThat(store.document("kabul.txt")).contains(original);
      assertThat(store.documentByHash(original.contentHash())).contains(original);
    }
  }

  @Test
  void keepsAnUnknownDateUnknownAndAbsentFieldsAbsent() {
    Document undated = bare("undated.txt", "Shelling was reported near the border.");
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(undated), List.of());

      assertThat(store.document("undated.txt")).contains(undated);
      assertThat(store.documents())
          .singleElement()
          .satisfies(
              summary -> {
                assertThat(summary.published()).isNull();
                assertThat(summary.date()).isEmpty();
                assertThat(summary.evidence()).isEqualTo("unknown");
                assertThat(summary.title()).isNull();
              });
    }
  }

  @Test
  void keepsAVeryLongTextWithNulsAndAstralCharactersExactly() {
    String text = "Casualties \u0000 rising 🕊️ أفادت مصادر \uD83D\uDE00 ".repeat(200_000);
    Document huge = report("huge.txt", text);
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(huge), List.of());

      assertThat(store.document("huge.txt")).contains(huge);
      assertThat(store.documents().get(0).length()).isEqualTo(text.length());
    }
  }

  @Test
  void ingestingTheSameReportsTwiceLeavesTheStoreAsItWas() throws Exception {
    List<Document> reports =
        List.of(report("a.txt", "First report."), bare("b.txt", "Second report."));
    List<Refusal> refusals = List.of(new Refusal("c.bin", RefusalReason.NOT_TEXT, "binary file"));
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(reports, refusals);
    }
    List<String> before = TableDump.of(dir);

    BatchResult again;
    try (SqliteStore store = SqliteStore.open(dir)) {
      again = store.save(reports, refusals);
    }

    assertThat(again.added()).isZero();
    assertThat(again.duplicates()).isEqualTo(2);
    assertThat(again.refusalsRecorded()).isZero();
    assertThat(TableDump.of(dir)).isEqualTo(before);
    assertThat(TableDump.count(dir, "documents")).isEqualTo(2);
  }

  @Test
  void knowsTheSameTextUnderAnotherIdAsADuplicateOfTheStoredOne() {
    Document first = report("wire.txt", "Same syndicated text.");
    Document copy = bare("mirror.html", "Same syndicated text.");
    try (SqliteStore store = SqliteStore.open(dir)) {
      BatchResult stored = store.save(List.of(first), List.of());
      BatchResult result = store.save(List.of(copy), List.of());

      assertThat(stored.outcomes()).singleElement().satisfies(o -> assertThat(o.isNew()).isTrue());
      assertThat(result.outcomes())
          .containsExactly(new BatchResult.Outcome("mirror.html", copy.contentHash(), "wire.txt"));
      assertThat(store.documentCount()).isEqualTo(1);
      assertThat(store.document("mirror.html")).isEmpty();
      assertThat(store.documentByHash(copy.contentHash())).contains(first);
    }
  }

  @Test
  void findsADuplicateWithinOneBatch() {
    Document first = report("one.txt", "Same text.");
    Document second = bare("two.txt", "Same text.");
    try (SqliteStore store = SqliteStore.open(dir)) {
      BatchResult result = store.save(List.of(first, second), List.of());

      assertThat(result.added()).isEqualTo(1);
      assertThat(result.outcomes().get(1).duplicateOf()).isEqualTo("one.txt");
    }
  }

  @Test
  void answersTheLatestTextOfAnIdThatNamesSeveral() {
    Document early = report("toll.txt", "At least 60 killed.");
    Document revised = report("toll.txt", "At least 170 killed.");
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(early), List.of());
      store.save(List.of(revised), List.of());

      assertThat(store.document("toll.txt")).contains(revised);
      assertThat(store.documentByHash(early.contentHash())).contains(early);
      assertThat(store.documents())
          .extracting(DocumentSummary::contentHash)
          .containsExactly(early.contentHash(), revised.contentHash());
    }
  }

  @Test
  void listsDocumentsByIdWithTheirDatesAndLengthsInCodeUnits() {
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(report("b.txt", "Flag 🏳 raised."), bare("a.txt", "Plain.")), List.of());

      assertThat(store.documents())
          .containsExactly(
              new DocumentSummary(
                  "a.txt", Reports.sha256("Plain."), null, null, "unknown", "und", "a.txt", 6),
              new DocumentSummary(
                  "b.txt",
                  Reports.sha256("Flag 🏳 raised."),
                  "Title of b.txt",
                  "2021-08-27",
                  "header",
                  "en",
                  "inputs/b.txt",
                  "Flag 🏳 raised.".length()));
      assertThat(store.documents().get(1).dateEvidence()).isEqualTo(DateEvidence.HEADER);
    }
  }

  @Test
  void recordsEachDistinctRefusalOnce() {
    Refusal empty = new Refusal("empty.txt", RefusalReason.EMPTY, "no text after cleaning");
    Refusal binary = new Refusal("photo.jpg", RefusalReason.NOT_TEXT, "binary content");
    Refusal large = new Refusal("photo.jpg", RefusalReason.TOO_LARGE, "9 MB > 5 MB");
    try (SqliteStore store = SqliteStore.open(dir)) {
      assertThat(store.save(List.of(), List.of(empty, binary)).refusalsRecorded()).isEqualTo(2);
      assertThat(store.save(List.of(), List.of(binary, empty, large)).refusalsRecorded())
          .isEqualTo(1);

      assertThat(store.refusals()).containsExactly(empty, binary, large);
    }
  }

  @Test
  void keepsADocumentReadFineAfterItsInputWasRefused() {
    Refusal timeout = new Refusal("slow.html", RefusalReason.TIMEOUT, "cleaning took > 120 s");
    Document later = report("slow.html", "Read fine the second time.");
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(), List.of(timeout));
      store.save(List.of(later), List.of());

      assertThat(store.document("slow.html")).contains(later);
      assertThat(store.documentCount()).isEqualTo(1);
      assertThat(store.refusals()).containsExactly(timeout);
    }
  }

  @Test
  void reopensAStoreWithItsContent() {
    Document kept = report("kept.txt", "Text that stays.");
    Refusal refusal = new Refusal("x", RefusalReason.MALFORMED, "bad JSON at line 3");
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(kept), List.of(refusal));
    }
    try (SqliteStore store = SqliteStore.open(dir)) {
      assertThat(store.document("kept.txt")).contains(kept);
      assertThat(store.refusals()).containsExactly(refusal);
      assertThat(store.documentCount()).isEqualTo(1);
    }
  }

  @Test
  void answersNothingForUnknownIdsAndHashes() {
    try (SqliteStore store = SqliteStore.open(dir)) {
      assertThat(store.document("missing")).isEmpty();
      assertThat(store.documentByHash("0".repeat(64))).isEmpty();
      assertThat(store.documents()).isEmpty();
      assertThat(store.refusals()).isEmpty();
      assertThat(store.documentCount()).isZero();
    }
  }
}
