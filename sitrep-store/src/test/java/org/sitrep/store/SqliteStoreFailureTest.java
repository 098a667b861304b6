package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.store.Reports.bare;
import static org.sitrep.store.Reports.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.model.Refusal;
import org.sitrep.model.RefusalReason;

class SqliteStoreFailureTest {
  @TempDir Path dir;

  @Test
  void rollsBackAWholeBatchThatFailsOnItsLastRefusal() throws Exception {
    Document kept = report("kept.txt", "Stored before the failure.");
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(kept), List.of(new Refusal("old", RefusalReason.EMPTY, "empty")));
    }
    List<String> before = TableDump.of(dir);
    // A trigger makes the database itself fail midway, after the batch's documents were written.
    TableDump.execute(
        dir,
        "CREATE TRIGGER poison BEFORE INSERT ON refusals WHEN NEW.input = 'poison'"
            + " BEGIN SELECT RAISE(ABORT, 'poisoned refusal'); END");
    List<String> withTrigger = TableDump.of(dir);

    try (SqliteStore store = SqliteStore.open(dir)) {
      List<Document> batch = List.of(report("new-1.txt", "One."), bare("new-2.txt", "Two."));
      List<Refusal> refusals =
          List.of(
              new Refusal("fine", RefusalReason.EMPTY, "empty"),
              new Refusal("poison", RefusalReason.EMPTY, "empty"));

      assertThatThrownBy(() -> store.save(batch, refusals))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("nothing of it was kept")
          .hasMessageContaining("poisoned refusal");

      assertThat(store.documentCount()).isEqualTo(1);
      assertThat(store.document("new-1.txt")).isEmpty();
      assertThat(store.document("kept.txt")).contains(kept);
    }
    assertThat(TableDump.of(dir)).isEqualTo(withTrigger).containsAll(before);
  }

  @Test
  void staysUsableAfterAFailedBatch() throws Exception {
    try (SqliteStore store = SqliteStore.open(dir)) {
      TableDump.execute(
          dir,
          "CREATE TRIGGER poison BEFORE INSERT ON documents WHEN NEW.id = 'poison.txt'"
              + " BEGIN SELECT RAISE(ABORT, 'poisoned document'); END");
      List<Document> failing = List.of(report("a.txt", "A."), report("poison.txt", "P."));

      assertThatThrownBy(() -> store.save(failing, List.of())).isInstanceOf(StoreException.class);
      BatchResult retried = store.save(List.of(report("a.txt", "A.")), List.of());

      assertThat(retried.added()).isEqualTo(1);
      assertThat(store.documentCount()).isEqualTo(1);
    }
  }

  @Test
  void refusesTextThatCannotBeStoredExactlyBeforeWritingAnything() {
    String truncatedEmoji = "Crowds gathered \uD83D";
    try (SqliteStore store = SqliteStore.open(dir)) {
      List<Document> batch = List.of(report("fine.txt", "Fine."), bare("cut.json", truncatedEmoji));

      assertThatThrownBy(() -> store.save(batch, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("document cut.json")
          .hasMessageContaining("unpaired surrogate at index 16");
      assertThat(store.documentCount()).isZero();
    }
  }

  @Test
  void refusesNullsBeforeWritingAnything() {
    try (SqliteStore store = SqliteStore.open(dir)) {
      List<Document> withNull = Arrays.asList(report("a.txt", "A."), null);

      assertThatThrownBy(() -> store.save(withNull, List.of()))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> store.save(List.of(), null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("refusals");
      assertThat(store.documentCount()).isZero();
    }
  }

  @Test
  void reportsAFolderThatCannotBeCreated() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");

    assertThatThrownBy(() -> SqliteStore.open(file.resolve("store")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot create the store folder")
        .hasMessageContaining("a-file");
  }

  @Test
  void reportsAFileThatIsNotADatabase() throws Exception {
    Files.write(
        dir.resolve(SqliteStore.FILE_NAME),
        "this is not SQLite, just text ".repeat(200).getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> SqliteStore.open(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(SqliteStore.FILE_NAME);
  }

  @Test
  void refusesUseAfterCloseAndClosesTwiceQuietly() {
    SqliteStore store = SqliteStore.open(dir);
    store.close();
    store.close();

    assertThatThrownBy(() -> store.save(List.of(), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(store::documents).isInstanceOf(IllegalStateException.class);
  }
}
