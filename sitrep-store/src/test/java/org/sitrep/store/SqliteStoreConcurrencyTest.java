package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.model.Refusal;
import org.sitrep.model.RefusalReason;

class SqliteStoreConcurrencyTest {
  private static final int BATCHES = 40;
  private static final int BATCH_SIZE = 5;

  @TempDir Path dir;

  @Test
  void takesSavesFromTwoThreadsAtOnce() throws Exception {
    try (SqliteStore store = SqliteStore.open(dir)) {
      int added = saveFromTwoThreads(store, store);

      assertThat(added).isEqualTo(BATCHES * BATCH_SIZE);
      assertThat(store.documentCount()).isEqualTo(BATCHES * BATCH_SIZE);
      assertThat(store.refusals()).hasSize(BATCHES);
    }
  }

  @Test
  void sharesOneFolderBetweenTwoOpenStores() throws Exception {
    try (SqliteStore first = SqliteStore.open(dir);
        SqliteStore second = SqliteStore.open(dir)) {
      int added = saveFromTwoThreads(first, second);

      assertThat(added).isEqualTo(BATCHES * BATCH_SIZE);
      assertThat(first.documentCount()).isEqualTo(BATCHES * BATCH_SIZE);
      assertThat(second.documents()).isEqualTo(first.documents());
    }
  }

  /**
   * Both threads save the same batches, in opposite orders, while reading; answers how many
   * documents they added together, which is each document once if no save was lost or doubled.
   */
  private static int saveFromTwoThreads(DocumentStore one, DocumentStore other) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(2);
    try {
      Future<Integer> forward = pool.submit(saver(one, start, false));
      Future<Integer> backward = pool.submit(saver(other, start, true));
      return forward.get() + backward.get();
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<Integer> saver(
      DocumentStore store, CountDownLatch start, boolean reverse) {
    return () -> {
      start.countDown();
      start.await();
      int added = 0;
      for (int i = 0; i < BATCHES; i++) {
        int batch = reverse ? BATCHES - 1 - i : i;
        added += store.save(batch(batch), List.of(refusal(batch))).added();
        assertThat(store.documentCount()).isPositive();
      }
      return added;
    };
  }

  private static List<Document> batch(int batch) {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < BATCH_SIZE; i++) {
      String id = "report-" + batch + "-" + i;
      documents.add(Reports.report(id, "Text of " + id + "."));
    }
    return documents;
  }

  private static Refusal refusal(int batch) {
    return new Refusal("input-" + batch, RefusalReason.UNREADABLE, "permission denied");
  }
}
