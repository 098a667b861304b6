package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Incident;

/**
 * The store's Lucene index of documents and incidents, in a folder beside the database file. The
 * database is the truth; the index is a copy that can always be thrown away and built again.
 *
 * <p>The last commit of the index records what it holds (documents up to a sequence number, the
 * incidents of one resolution) and its format. Before each search and after each change to the
 * store, that record is compared with the store: new documents and a new resolution are added; an
 * index that is missing, unreadable, of another format, or holding documents the store does not
 * have is built again from the store, into a new folder that then replaces the old one.
 *
 * <p>Keeping up after a change runs on the index's own thread and never fails the change: what goes
 * wrong is kept as a {@link Diagnostic} and put right at the next search, which always catches up
 * first. Searches fail only when no index can be built. Writers take Lucene's lock for the length
 * of one update, so other processes using the store search it too and catch up with what they did
 * not write. Thread-safe: one update or search at a time.
 */
final class SearchIndex implements AutoCloseable {
  /** The index's folder inside the store's. */
  static final String FOLDER = "search";

  /** Raised whenever what is indexed, or how, changes: an index of another format is rebuilt. */
  static final int FORMAT = 2;

  static final int MAX_DIAGNOSTICS = 20;

  private static final String FORMAT_KEY = "format";
  private static final String DOCUMENTS_KEY = "documents";
  private static final String DOCUMENTS_HASH_KEY = "documentsHash";
  private static final String RESOLUTION_KEY = "resolution";

  /** How long closing waits for an update under way (a rebuild of a large store). */
  private static final long CLOSE_WAIT_SECONDS = 600;

  /** Documents read from the store at a time. */
  private static final int BATCH = 256;

  /** How long a search waits for another process's update of the index. */
  private static final long LOCK_WAIT_MILLIS = 5_000;

  private final Path folder;
  private final SearchSource source;
  private final Analyzer analyzer = analyzer();
  private final SearchQueries queries = new SearchQueries(analyzer);
  private final Deque<Diagnostic> diagnostics = new ArrayDeque<>();
  private final AtomicBoolean pending = new AtomicBoolean();
  private final ExecutorService updater =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "sitrep-search-index");
            thread.setDaemon(true);
            return thread;
          });
  private boolean expectMissing;
  private FSDirectory directory;
  private DirectoryReader reader;
  private boolean closed;

  /**
   * @param expectMissing whether a missing index is no surprise (the store is new), so building it
   *     is not worth a diagnostic
   */
  SearchIndex(Path folder, SearchSource source, boolean expectMissing) {
    this.folder = folder;
    this.source = source;
    this.expectMissing = expectMissing;
  }

  private static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new SearchAnalyzer(),
        Map.of(SearchFields.KEY, new KeywordAnalyzer(), SearchFields.KIND, new KeywordAnalyzer()));
  }

  /**
   * Brings the index up to date after the store changed, on the index's own thread: the change does
   * not wait for it, and changes in quick succession are taken in together. Never throws: a failure
   * is kept as a diagnostic, and the next search catches up.
   */
  void update() {
    if (pending.compareAndSet(false, true)) {
      try {
        updater.execute(
            () -> {
              // Cleared before reading the store: a change after this point schedules another run.
              pending.set(false);
              updateNow();
            });
      } catch (RejectedExecutionException e) {
        pending.set(false);
      }
    }
  }

  private synchronized void updateNow() {
    if (closed) {
      return;
    }
    try {
      current(false);
    } catch (IOException | RuntimeException e) {
      note(
          "search-index-behind",
          "the search index could not be brought up to date ("
              + name(e)
              + "); the next search does it");
    }
  }

  /** Waits until the updates asked for so far are done. */
  private void awaitUpdates() {
    try {
      updater.submit(() -> {}).get();
    } catch (RejectedExecutionException e) {
      // closed: nothing is pending
    } catch (ExecutionException e) {
      throw new IllegalStateException("the search index's thread failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One page of hits for the query, with what the index had to do since it was last asked. */
  synchronized SearchResults search(SearchQuery query) {
    Query parsed = queries.parse(query.text(), query.kinds());
    SearchResults results = searching(searcher -> queries.page(searcher, parsed, query));
    return new SearchResults(results.total(), results.hits(), drainNow());
  }

  /** The ids of every incident the query matches. */
  synchronized Set<String> incidentIds(String text) {
    Query parsed = queries.parse(text, Set.of(SearchKind.INCIDENT));
    return searching(searcher -> queries.ids(searcher, parsed));
  }

  /**
   * What the index had to repair or could not do since the last call, oldest first, once the
   * updates asked for so far are done.
   */
  List<Diagnostic> drainDiagnostics() {
    // Not while holding this index's lock: the update waited for needs it.
    awaitUpdates();
    return drainNow();
  }

  private synchronized List<Diagnostic> drainNow() {
    List<Diagnostic> drained = List.copyOf(diagnostics);
    diagnostics.clear();
    return drained;
  }

  /** Finishes the updates asked for, then releases the index. */
  @Override
  public void close() {
    updater.shutdown();
    try {
      if (!updater.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        updater.shutdownNow();
      }
    } catch (InterruptedException e) {
      updater.shutdownNow();
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        closeReader();
      } catch (IOException e) {
        throw new StoreException("cannot close the search index " + folder + ": " + e, e);
      }
    }
  }

  // A search over an index that fails to read is retried once over one built again.
  private <T> T searching(Searching<T> work) {
    if (closed) {
      throw new IllegalStateException("the search index " + folder + " is closed");
    }
    try {
      current(true);
      return work.run(new IndexSearcher(reader));
    } catch (SearchSyntaxException | StoreException e) {
      throw e;
    } catch (IndexSearcher.TooManyClauses e) {
      throw new SearchSyntaxException("the query expands to too many words", e);
    } catch (IOException | RuntimeException e) {
      try {
        rebuild("unreadable (" + name(e) + ")");
        return work.run(new IndexSearcher(reader));
      } catch (IOException again) {
        throw new StoreException("cannot search " + folder + ": " + again, again);
      }
    }
  }

  /** Leaves {@link #reader} open on an index that holds what the store holds. */
  private void current(boolean patient) throws IOException {
    SearchSource.Mark mark = source.mark();
    Map<String, String> indexed;
    try {
      indexed = committed();
    } catch (IOException | RuntimeException e) {
      rebuild("unreadable (" + name(e) + ")");
      return;
    }
    if (indexed == null) {
      rebuild(expectMissing ? null : "missing");
      return;
    }
    String mismatch = mismatch(indexed);
    if (mismatch != null) {
      rebuild(mismatch);
      return;
    }
    if (Long.parseLong(indexed.get(DOCUMENTS_KEY)) != mark.documents()
        || !mark.resolution().equals(indexed.get(RESOLUTION_KEY))) {
      try {
        catchUp(indexed, mark, patient);
      } catch (LockObtainFailedException e) {
        note(
            "search-index-busy",
            "another process is updating the search index; it is brought up to date later");
      }
    }
    openReader();
  }

  /** The record of the last commit, or null when there is no index. */
  private Map<String, String> committed() throws IOException {
    if (directory == null) {
      if (!Files.isDirectory(folder)) {
        return null;
      }
      directory = FSDirectory.open(folder);
    }
    if (!DirectoryReader.indexExists(directory)) {
      return null;
    }
    return SegmentInfos.readLatestCommit(directory).getUserData();
  }

  /** Why the index cannot be brought up to date by adding to it, or null when it can. */
  private String mismatch(Map<String, String> indexed) {
    if (!String.valueOf(FORMAT).equals(indexed.get(FORMAT_KEY))) {
      return "of another format (" + indexed.get(FORMAT_KEY) + ", now " + FORMAT + ")";
    }
    String documents = indexed.get(DOCUMENTS_KEY);
    String hash = indexed.get(DOCUMENTS_HASH_KEY);
    if (documents == null || hash == null || indexed.get(RESOLUTION_KEY) == null) {
      return "without a record of what it holds";
    }
    long seq;
    try {
      seq = Long.parseLong(documents);
    } catch (NumberFormatException e) {
      return "without a record of what it holds";
    }
    if (seq > 0 && !source.holds(seq, hash)) {
      return "of other documents than the store's";
    }
    return null;
  }

  private void catchUp(Map<String, String> indexed, SearchSource.Mark mark, boolean patient)
      throws IOException {
    long seq = Long.parseLong(indexed.get(DOCUMENTS_KEY));
    String hash = indexed.get(DOCUMENTS_HASH_KEY);
    String resolution = indexed.get(RESOLUTION_KEY);
    try (IndexWriter writer = writer(patient)) {
      for (List<SearchSource.Text> batch = source.documentsAfter(seq, BATCH);
          !batch.isEmpty();
          batch = source.documentsAfter(seq, BATCH)) {
        for (SearchSource.Text text : batch) {
          // By key, so a document indexed by a run that died before its commit is not doubled.
          writer.updateDocument(
              new Term(SearchFields.KEY, SearchFields.key(SearchKind.DOCUMENT, text.contentHash())),
              SearchFields.of(text));
          seq = text.seq();
          hash = text.contentHash();
        }
      }
      if (!mark.resolution().equals(resolution)) {
        SearchSource.Incidents incidents = source.incidents();
        writer.deleteDocuments(SearchFields.kindTerm(SearchKind.INCIDENT));
        addIncidents(writer, incidents);
        resolution = incidents.resolution();
        // Deleted incidents would go on counting in the words' statistics until merged away.
        writer.forceMergeDeletes();
      }
      writer.setLiveCommitData(record(seq, hash, resolution).entrySet());
      writer.commit();
    }
  }

  private IndexWriter writer(boolean patient) throws IOException {
    long deadline = System.nanoTime() + (patient ? LOCK_WAIT_MILLIS * 1_000_000 : 0);
    while (true) {
      try {
        return new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
      } catch (LockObtainFailedException e) {
        if (System.nanoTime() >= deadline) {
          throw e;
        }
        pause();
      }
    }
  }

  private static void pause() throws LockObtainFailedException {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LockObtainFailedException("interrupted while waiting for the index lock", e);
    }
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(mode);
    // What is not committed explicitly, with its record, is dropped.
    config.setCommitOnClose(false);
    return config;
  }

  /**
   * Builds the whole index from the store in a new folder and puts it in place of the old one.
   *
   * @param reason why, for the diagnostic; null for none
   */
  private void rebuild(String reason) throws IOException {
    long started = System.nanoTime();
    Path building = sibling("building");
    int[] counts;
    try {
      counts = build(building);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(building);
      throw e;
    }
    closeReader();
    Path old = sibling("old");
    if (Files.exists(folder)) {
      Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
    deleteQuietly(old);
    expectMissing = false;
    openReader();
    if (reason != null) {
      note(
          "search-index-rebuilt",
          String.format(
              java.util.Locale.ROOT,
              "the search index was %s; built it again from the store: %d documents, %d"
                  + " incidents in %.1f s",
              reason,
              counts[0],
              counts[1],
              (System.nanoTime() - started) / 1e9));
    }
  }

  private int[] build(Path building) throws IOException {
    long seq = 0;
    String hash = "";
    int documents = 0;
    try (FSDirectory target = FSDirectory.open(building);
        IndexWriter writer = new IndexWriter(target, config(IndexWriterConfig.OpenMode.CREATE))) {
      for (List<SearchSource.Text> batch = source.documentsAfter(seq, BATCH);
          !batch.isEmpty();
          batch = source.documentsAfter(seq, BATCH)) {
        for (SearchSource.Text text : batch) {
          writer.addDocument(SearchFields.of(text));
          seq = text.seq();
          hash = text.contentHash();
          documents++;
        }
      }
      SearchSource.Incidents incidents = source.incidents();
      addIncidents(writer, incidents);
      writer.setLiveCommitData(record(seq, hash, incidents.resolution()).entrySet());
      writer.commit();
      return new int[] {documents, incidents.incidents().size()};
    }
  }

  private static void addIncidents(IndexWriter writer, SearchSource.Incidents incidents)
      throws IOException {
    for (Incident incident : incidents.incidents()) {
      writer.addDocument(SearchFields.of(incident, incidents.documents()));
    }
  }

  private static Map<String, String> record(long seq, String hash, String resolution) {
    Map<String, String> record = new HashMap<>();
    record.put(FORMAT_KEY, String.valueOf(FORMAT));
    record.put(DOCUMENTS_KEY, String.valueOf(seq));
    record.put(DOCUMENTS_HASH_KEY, hash);
    record.put(RESOLUTION_KEY, resolution);
    return record;
  }

  private void openReader() throws IOException {
    if (directory == null) {
      directory = FSDirectory.open(folder);
    }
    if (reader == null) {
      reader = DirectoryReader.open(directory);
      return;
    }
    DirectoryReader newer = DirectoryReader.openIfChanged(reader);
    if (newer != null) {
      reader.close();
      reader = newer;
    }
  }

  private void closeReader() throws IOException {
    DirectoryReader closingReader = reader;
    FSDirectory closingDirectory = directory;
    reader = null;
    directory = null;
    IOUtils.close(closingReader, closingDirectory);
  }

  /** A new folder beside the index's, named for what it is for; old ones of its kind go. */
  private Path sibling(String purpose) throws IOException {
    Path parent = folder.toAbsolutePath().getParent();
    if ("old".equals(purpose)) {
      try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(parent, FOLDER + ".old-*")) {
        leftovers.forEach(SearchIndex::deleteQuietly);
      }
    }
    return parent.resolve(FOLDER + "." + purpose + "-" + System.nanoTime());
  }

  private static void deleteQuietly(Path path) {
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(each);
      }
    } catch (NoSuchFileException e) {
      // already gone
    } catch (IOException | UncheckedIOException e) {
      // A leftover folder costs only space; the next rebuild tries again.
    }
  }

  private void note(String code, String message) {
    if (diagnostics.size() == MAX_DIAGNOSTICS) {
      diagnostics.removeFirst();
    }
    diagnostics.addLast(new Diagnostic(code, message));
  }

  private static String name(Throwable e) {
    return e.getClass().getSimpleName();
  }

  /** Work on a searcher over the current index. */
  @FunctionalInterface
  private interface Searching<T> {
    T run(IndexSearcher searcher) throws IOException;
  }
}
