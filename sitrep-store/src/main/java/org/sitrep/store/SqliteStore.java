package org.sitrep.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Document;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Refusal;
import org.sitrep.model.RefusalReason;

/**
 * The embedded store: one SQLite file, {@code sitrep.db}, in a folder, its schema kept by Flyway
 * migrations, written in WAL mode. One connection, used by one thread at a time.
 */
public final class SqliteStore implements DocumentStore {
  /** The database file's name inside the store folder. */
  public static final String FILE_NAME = "sitrep.db";

  private static final String COLUMNS =
      "id, content_hash, source, url, outlet, title, published, published_evidence,"
          + " published_detail, language, text, original, offsets, quality";

  private final Connection connection;

  private SqliteStore(Connection connection) {
    this.connection = connection;
  }

  /** Opens the store in {@code directory}, creating and migrating it when needed. */
  public static SqliteStore open(Path directory) {
    requireNonNull(directory, "directory");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StoreException("cannot create the store folder " + directory, e);
    }
    String url = "jdbc:sqlite:" + directory.resolve(FILE_NAME).toAbsolutePath();
    migrate(url);
    try {
      Connection connection = DriverManager.getConnection(url);
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA journal_mode=WAL");
        statement.execute("PRAGMA synchronous=NORMAL");
        statement.execute("PRAGMA foreign_keys=ON");
        statement.execute("PRAGMA busy_timeout=10000");
      }
      connection.setAutoCommit(false);
      return new SqliteStore(connection);
    } catch (SQLException e) {
      throw new StoreException("cannot open the store " + directory, e);
    }
  }

  private static void migrate(String url) {
    try {
      Flyway.configure()
          .dataSource(url, null, null)
          .locations("classpath:db/migration/sqlite")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new StoreException("cannot migrate the store at " + url, e);
    }
  }

  @Override
  public synchronized BatchResult save(List<Document> documents, List<Refusal> refusals) {
    requireNonNull(documents, "documents");
    requireNonNull(refusals, "refusals");
    try {
      List<BatchResult.Outcome> outcomes = new ArrayList<>();
      for (Document document : documents) {
        outcomes.add(insert(document));
      }
      int recorded = 0;
      for (Refusal refusal : refusals) {
        recorded += record(refusal);
      }
      connection.commit();
      return new BatchResult(outcomes, recorded);
    } catch (SQLException | RuntimeException e) {
      rollback(e);
      throw e instanceof StoreException store ? store : new StoreException("save failed", e);
    }
  }

  private BatchResult.Outcome insert(Document document) throws SQLException {
    Optional<String> existing = idOfHash(document.contentHash());
    if (existing.isPresent()) {
      return new BatchResult.Outcome(document.id(), document.contentHash(), existing.get());
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO documents (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      DocumentCodec.bind(insert, document);
      insert.executeUpdate();
    }
    return new BatchResult.Outcome(document.id(), document.contentHash(), null);
  }

  private Optional<String> idOfHash(String hash) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT id FROM documents WHERE content_hash = ?")) {
      query.setString(1, hash);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  private int record(Refusal refusal) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT OR IGNORE INTO refusals (input, reason, detail) VALUES (?,?,?)")) {
      insert.setString(1, refusal.input());
      insert.setString(2, refusal.reason().label());
      insert.setString(3, refusal.detail());
      return insert.executeUpdate();
    }
  }

  @Override
  public synchronized Optional<Document> document(String id) {
    return findOne("SELECT " + COLUMNS + " FROM documents WHERE id = ? ORDER BY seq LIMIT 1", id);
  }

  @Override
  public synchronized Optional<Document> documentByHash(String contentHash) {
    return findOne("SELECT " + COLUMNS + " FROM documents WHERE content_hash = ?", contentHash);
  }

  private Optional<Document> findOne(String sql, String key) {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, key);
      try (ResultSet rows = query.executeQuery()) {
        Optional<Document> found =
            rows.next() ? Optional.of(DocumentCodec.read(rows)) : Optional.empty();
        connection.commit();
        return found;
      }
    } catch (SQLException e) {
      throw new StoreException("read failed", e);
    }
  }

  @Override
  public synchronized List<DocumentSummary> documents() {
    String sql =
        "SELECT id, content_hash, title, published, published_evidence, language, source,"
            + " length(text) FROM documents ORDER BY seq";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<DocumentSummary> summaries = new ArrayList<>();
      while (rows.next()) {
        summaries.add(
            new DocumentSummary(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getInt(8)));
      }
      connection.commit();
      return summaries;
    } catch (SQLException e) {
      throw new StoreException("read failed", e);
    }
  }

  @Override
  public synchronized List<Refusal> refusals() {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT input, reason, detail FROM refusals ORDER BY seq")) {
      List<Refusal> refusals = new ArrayList<>();
      while (rows.next()) {
        refusals.add(
            new Refusal(
                rows.getString(1), RefusalReason.ofLabel(rows.getString(2)), rows.getString(3)));
      }
      connection.commit();
      return refusals;
    } catch (SQLException e) {
      throw new StoreException("read failed", e);
    }
  }

  @Override
  public synchronized long documentCount() {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM documents")) {
      rows.next();
      long count = rows.getLong(1);
      connection.commit();
      return count;
    } catch (SQLException e) {
      throw new StoreException("read failed", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("close failed", e);
    }
  }

  private void rollback(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Columns to records and back. */
  private static final class DocumentCodec {
    private DocumentCodec() {}

    static void bind(PreparedStatement insert, Document document) throws SQLException {
      insert.setString(1, document.id());
      insert.setString(2, document.contentHash());
      insert.setString(3, document.source());
      setNullable(insert, 4, document.url());
      setNullable(insert, 5, document.outlet());
      setNullable(insert, 6, document.title());
      PublicationDate published = document.published();
      setNullable(insert, 7, published.isKnown() ? published.value().toString() : null);
      insert.setString(8, published.evidence().label());
      insert.setString(9, published.detail());
      insert.setString(10, document.language());
      insert.setString(11, document.text());
      insert.setString(12, document.original());
      insert.setString(13, JsonColumns.offsets(document.offsets()));
      insert.setString(14, JsonColumns.quality(document.quality()));
    }

    static Document read(ResultSet rows) throws SQLException {
      String published = rows.getString(7);
      DateEvidence evidence = DateEvidence.ofLabel(rows.getString(8));
      String detail = rows.getString(9);
      PublicationDate date =
          published == null
              ? PublicationDate.unknown(detail)
              : PublicationDate.of(LocalDate.parse(published), evidence, detail);
      return new Document(
          rows.getString(1),
          rows.getString(2),
          rows.getString(3),
          rows.getString(4),
          rows.getString(5),
          rows.getString(6),
          date,
          rows.getString(10),
          rows.getString(11),
          rows.getString(12),
          JsonColumns.offsets(rows.getString(13)),
          JsonColumns.quality(rows.getString(14)));
    }

    private static void setNullable(PreparedStatement statement, int index, String value)
        throws SQLException {
      if (value == null) {
        statement.setNull(index, Types.VARCHAR);
      } else {
        statement.setString(index, value);
      }
    }
  }
}
