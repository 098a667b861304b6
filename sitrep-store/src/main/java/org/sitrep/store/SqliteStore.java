package org.sitrep.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;
import org.sitrep.model.Refusal;
import org.sitrep.model.Report;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded store: one SQLite file, {@value #FILE_NAME}, in a folder of its own, its schema kept
 * by the Flyway migrations in {@value #MIGRATIONS}, and its Lucene search index in the folder
 * {@value SearchIndex#FOLDER} beside it.
 *
 * <p>The file is written in WAL mode with full sync, so readers in other processes never block a
 * save and a committed batch survives a crash. Saves take SQLite's write lock at the start of their
 * transaction ({@code BEGIN IMMEDIATE}) and wait up to {@link #BUSY_TIMEOUT_MILLIS} for another
 * process holding it. Within the process, one connection serves all threads, one call at a time:
 * SQLite writes one transaction at a time anyway, and reads of a listing are short.
 *
 * <p>Contract as in {@link DocumentStore}.
 */
public final class SqliteStore implements DocumentStore {
  /** The database file's name inside the store folder. */
  public static final String FILE_NAME = "sitrep.db";

  /** Where the migrations live on the class path. */
  public static final String MIGRATIONS = "classpath:db/migration/sqlite";

  /** How long a save waits for another process's write lock before failing. */
  public static final int BUSY_TIMEOUT_MILLIS = 30_000;

  /**
   * The version of the newest migration in {@link #MIGRATIONS}; a test keeps it equal to the files.
   * A store already at this version is opened without starting Flyway, which costs more than half a
   * second in a fresh JVM.
   */
  static final int SCHEMA_VERSION = 2;

  private final Object lock = new Object();
  private final Path file;
  private final Connection connection;
  private final DocumentTable documentTable;
  private final RefusalTable refusalTable;
  private final ReportTable reportTable;
  private final IncidentTable incidentTable;
  private final SearchIndex index;
  private boolean closed;

  private SqliteStore(Path file, Connection connection, boolean created) {
    this.file = file;
    this.connection = connection;
    this.documentTable = new DocumentTable(connection);
    this.refusalTable = new RefusalTable(connection);
    this.reportTable = new ReportTable(connection);
    this.incidentTable = new IncidentTable(connection);
    this.index =
        new SearchIndex(file.resolveSibling(SearchIndex.FOLDER), new IndexReads(), created);
  }

  /**
   * Opens the store in {@code directory}, creating the folder, the database file and its schema if
   * needed and applying migrations it has not had yet.
   *
   * @throws StoreException when the folder or file cannot be created, opened or migrated
   */
  public static SqliteStore open(Path directory) {
    requireNonNull(directory, "directory");
    Path file = createFolder(directory).resolve(FILE_NAME);
    DataSource dataSource = dataSource(file);
    Connection connection = connect(dataSource, file);
    int version;
    try {
      version = schemaVersion(connection);
      if (version != SCHEMA_VERSION) {
        migrate(dataSource, file);
      }
    } catch (RuntimeException e) {
      closeAfterFailure(connection, e);
      throw e;
    }
    return new SqliteStore(file, connection, version == 0);
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  private static Path createFolder(Path directory) {
    try {
      return Files.createDirectories(directory.toAbsolutePath());
    } catch (IOException e) {
      throw new StoreException("cannot create the store folder " + directory + ": " + e, e);
    }
  }

  // Flyway's connection and ours are set up alike, so migrations also wait for a busy lock.
  private static DataSource dataSource(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
    return dataSource;
  }

  private static void migrate(DataSource dataSource, Path file) {
    try {
      Flyway.configure(SqliteStore.class.getClassLoader())
          .dataSource(dataSource)
          .locations(MIGRATIONS)
          .failOnMissingLocations(true)
          .loggers(MigrationLog.class.getName())
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "cannot open or migrate the store " + file + ": " + e.getMessage(), e);
    }
  }

  /** The newest migration applied to the store, or 0 for a new store. */
  private static int schemaVersion(Connection connection) {
    String sql =
        "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getInt(1) : 0;
    } catch (SQLException e) {
      // No history table yet: a new store, or one that is not ours, which Flyway will report.
      return 0;
    }
  }

  private static void closeAfterFailure(Connection connection, RuntimeException failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private static Connection connect(DataSource dataSource, Path file) {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public BatchResult save(List<Document> documents, List<Report> reports, List<Refusal> refusals) {
    // Checked before the transaction so that bad arguments fail fast and write nothing.
    List<Report> extracted = List.copyOf(requireNonNull(reports, "reports"));
    List<Document> batch = new ArrayList<>(requireNonNull(documents, "documents"));
    extracted.forEach(report -> batch.add(report.document()));
    List<Refusal> refused = List.copyOf(requireNonNull(refusals, "refusals"));
    batch.forEach(StorableText::require);
    refused.forEach(StorableText::require);
    String now = Instant.now().toString();
    BatchResult saved;
    synchronized (lock) {
      requireOpen();
      if (batch.isEmpty() && refused.isEmpty()) {
        return new BatchResult(List.of(), 0);
      }
      saved =
          inTransaction(
              batch.size() + " documents and " + refused.size() + " refusals",
              () -> {
                BatchResult result =
                    new BatchResult(
                        documentTable.insert(batch, now), refusalTable.insert(refused, now));
                reportTable.insert(extracted, now);
                return result;
              });
    }
    if (saved.added() > 0) {
      index.update();
    }
    return saved;
  }

  @Override
  public boolean hasReport(String contentHash) {
    requireNonNull(contentHash, "contentHash");
    return read("the report of " + contentHash, () -> reportTable.has(contentHash));
  }

  @Override
  public ReportSet reports() {
    return read(
        "the reports",
        () -> {
          // One snapshot: the version read inside the same transaction as the reports.
          execute("BEGIN");
          try {
            return new ReportSet(reportTable.latest(), reportTable.lastSeq());
          } finally {
            execute("COMMIT");
          }
        });
  }

  @Override
  public List<Document> reportDocuments() {
    return read("the documents of the reports", reportTable::latestDocuments);
  }

  @Override
  public Optional<Report> report(String documentId) {
    requireNonNull(documentId, "documentId");
    return read("the report of " + documentId, () -> reportTable.latest(documentId));
  }

  @Override
  public boolean replaceIncidents(List<Incident> incidents, long version) {
    List<Incident> replacing = List.copyOf(requireNonNull(incidents, "incidents"));
    String now = Instant.now().toString();
    boolean replaced;
    synchronized (lock) {
      requireOpen();
      replaced =
          inTransaction(
              replacing.size() + " incidents",
              () -> {
                if (incidentTable.resolvedSeq() > version) {
                  return false;
                }
                incidentTable.replace(replacing, version, now);
                return true;
              });
    }
    if (replaced) {
      index.update();
    }
    return replaced;
  }

  @Override
  public boolean incidentsCurrent() {
    return read("the resolution", () -> incidentTable.resolvedSeq() == reportTable.lastSeq());
  }

  @Override
  public List<Incident> incidents(IncidentFilter filter) {
    requireNonNull(filter, "filter");
    // Asked before the store's lock is taken: the index takes its own, then the store's.
    Set<String> matching = filter.words() != null ? index.incidentIds(filter.words()) : null;
    List<Incident> incidents = read("the incidents", () -> incidentTable.matching(filter));
    if (matching != null) {
      incidents.removeIf(incident -> !matching.contains(incident.id()));
    }
    return incidents;
  }

  @Override
  public SearchResults search(SearchQuery query) {
    requireNonNull(query, "query");
    requireOpen();
    return index.search(query);
  }

  @Override
  public List<Diagnostic> searchDiagnostics() {
    return index.drainDiagnostics();
  }

  @Override
  public Optional<Incident> incident(String id) {
    requireNonNull(id, "id");
    return read("incident " + id, () -> incidentTable.byId(id));
  }

  @Override
  public Optional<Document> document(String id) {
    requireNonNull(id, "id");
    return read("document " + id, () -> documentTable.byId(id));
  }

  @Override
  public Optional<Document> documentByHash(String contentHash) {
    requireNonNull(contentHash, "contentHash");
    return read("document with hash " + contentHash, () -> documentTable.byHash(contentHash));
  }

  @Override
  public List<DocumentSummary> documents() {
    return read("the documents", documentTable::summaries);
  }

  @Override
  public List<Refusal> refusals() {
    return read("the refusals", refusalTable::all);
  }

  @Override
  public long documentCount() {
    return read("the document count", documentTable::count);
  }

  @Override
  public void close() {
    // The index first: it takes the store's lock inside its own, never the other way round.
    index.close();
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        connection.close();
      } catch (SQLException e) {
        throw new StoreException("cannot close the store " + file + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public String toString() {
    return "SqliteStore[" + file + "]";
  }

  // Reads run in autocommit mode: each is one statement, so it sees one consistent snapshot.
  private <T> T read(String what, SqlWork<T> work) {
    synchronized (lock) {
      requireOpen();
      try {
        return work.run();
      } catch (SQLException e) {
        throw new StoreException(
            "cannot read " + what + " from " + file + ": " + e.getMessage(), e);
      }
    }
  }

  // The transaction is begun and ended in SQL rather than with setAutoCommit(false), because the
  // driver would then keep a transaction (and with IMMEDIATE, the write lock) open between saves.
  private <T> T inTransaction(String what, SqlWork<T> work) {
    try {
      execute("BEGIN IMMEDIATE");
    } catch (SQLException e) {
      throw new StoreException("cannot save " + what + " to " + file + ": " + e.getMessage(), e);
    }
    try {
      T result = work.run();
      execute("COMMIT");
      return result;
    } catch (SQLException e) {
      throw rolledBack(
          new StoreException(
              "cannot save " + what + " to " + file + ", nothing of it was kept: " + e.getMessage(),
              e));
    } catch (RuntimeException e) {
      throw rolledBack(e);
    } catch (Error e) {
      throw rolledBack(e);
    }
  }

  private <E extends Throwable> E rolledBack(E failure) {
    try {
      execute("ROLLBACK");
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the store " + file + " is closed");
    }
  }

  /** The store's reads for its search index, each under the store's lock. */
  private final class IndexReads implements SearchSource {
    @Override
    public Mark mark() {
      return read("the state of the store", () -> new Mark(documentTable.lastSeq(), resolution()));
    }

    @Override
    public boolean holds(long seq, String contentHash) {
      return read("document " + seq, () -> documentTable.holds(seq, contentHash));
    }

    @Override
    public List<Text> documentsAfter(long seq, int max) {
      return read("the documents after " + seq, () -> documentTable.after(seq, max));
    }

    @Override
    public Incidents incidents() {
      return read(
          "the incidents to index",
          () -> {
            execute("BEGIN");
            try {
              Map<String, Document> documents = new java.util.HashMap<>();
              reportTable
                  .latestDocuments()
                  .forEach(document -> documents.put(document.id(), document));
              return new Incidents(
                  resolution(), incidentTable.matching(IncidentFilter.ALL), documents);
            } finally {
              execute("COMMIT");
            }
          });
    }

    private String resolution() throws SQLException {
      return incidentTable.resolution();
    }
  }

  /** A piece of work on the connection. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }
}
