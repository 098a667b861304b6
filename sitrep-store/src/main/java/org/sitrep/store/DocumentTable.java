package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Document;
import org.sitrep.model.PublicationDate;

/** The SQL of the {@code documents} table, over one connection. Not thread-safe. */
final class DocumentTable {
  static final String COLUMNS =
      "id, content_hash, source, url, outlet, title, published, published_evidence,"
          + " published_detail, language, text, original, offsets, quality";
  private static final String INSERT =
      "INSERT INTO documents ("
          + COLUMNS
          + ", text_length, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Connection connection;

  DocumentTable(Connection connection) {
    this.connection = connection;
  }

  /** Stores each document whose text is not stored yet; the caller holds the transaction. */
  List<BatchResult.Outcome> insert(List<Document> documents, String storedAt) throws SQLException {
    try (PreparedStatement find =
            connection.prepareStatement("SELECT id FROM documents WHERE content_hash = ?");
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      List<BatchResult.Outcome> outcomes = new ArrayList<>(documents.size());
      for (Document document : documents) {
        outcomes.add(insert(find, insert, document, storedAt));
      }
      return outcomes;
    }
  }

  // Looking first instead of INSERT OR IGNORE keeps a duplicate from touching the table at all.
  private static BatchResult.Outcome insert(
      PreparedStatement find, PreparedStatement insert, Document document, String storedAt)
      throws SQLException {
    find.setString(1, document.contentHash());
    try (ResultSet rows = find.executeQuery()) {
      if (rows.next()) {
        return new BatchResult.Outcome(document.id(), document.contentHash(), rows.getString(1));
      }
    }
    bind(insert, document, storedAt);
    insert.executeUpdate();
    return new BatchResult.Outcome(document.id(), document.contentHash(), null);
  }

  Optional<Document> byId(String id) throws SQLException {
    return one("SELECT " + COLUMNS + " FROM documents WHERE id = ? ORDER BY seq DESC LIMIT 1", id);
  }

  Optional<Document> byHash(String contentHash) throws SQLException {
    return one("SELECT " + COLUMNS + " FROM documents WHERE content_hash = ?", contentHash);
  }

  List<DocumentSummary> summaries() throws SQLException {
    String sql =
        "SELECT id, content_hash, title, published, published_evidence, language, source,"
            + " text_length FROM documents ORDER BY id, seq";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<DocumentSummary> summaries = new ArrayList<>();
      while (rows.next()) {
        summaries.add(summary(rows));
      }
      return summaries;
    }
  }

  /** The sequence number of the last stored document, 0 when there is none. */
  long lastSeq() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT coalesce(max(seq), 0) FROM documents")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Whether the document stored as number {@code seq} has this hash. */
  boolean holds(long seq, String contentHash) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM documents WHERE seq = ? AND content_hash = ?")) {
      query.setLong(1, seq);
      query.setString(2, contentHash);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** At most {@code max} documents stored after number {@code seq}, for the search index. */
  List<SearchSource.Text> after(long seq, int max) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT seq, content_hash, id, title, source, url, outlet, published, text"
                + " FROM documents WHERE seq > ? ORDER BY seq LIMIT ?")) {
      query.setLong(1, seq);
      query.setInt(2, max);
      try (ResultSet rows = query.executeQuery()) {
        List<SearchSource.Text> texts = new ArrayList<>();
        while (rows.next()) {
          texts.add(
              new SearchSource.Text(
                  rows.getLong("seq"),
                  rows.getString("content_hash"),
                  rows.getString("id"),
                  rows.getString("title"),
                  rows.getString("source"),
                  rows.getString("url"),
                  rows.getString("outlet"),
                  rows.getString("published"),
                  rows.getString("text")));
        }
        return texts;
      }
    }
  }

  long count() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM documents")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private Optional<Document> one(String sql, String key) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, key);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(document(rows)) : Optional.empty();
      }
    }
  }

  private static void bind(PreparedStatement insert, Document document, String storedAt)
      throws SQLException {
    PublicationDate published = document.published();
    insert.setString(1, document.id());
    insert.setString(2, document.contentHash());
    insert.setString(3, document.source());
    insert.setString(4, document.url());
    insert.setString(5, document.outlet());
    insert.setString(6, document.title());
    insert.setString(7, published.date().map(LocalDate::toString).orElse(null));
    insert.setString(8, published.evidence().label());
    insert.setString(9, published.detail());
    insert.setString(10, document.language());
    insert.setString(11, document.text());
    insert.setString(12, document.original());
    insert.setString(13, JsonColumns.offsets(document.offsets()));
    insert.setString(14, JsonColumns.quality(document.quality()));
    insert.setInt(15, document.text().length());
    insert.setString(16, storedAt);
  }

  static Document document(ResultSet rows) throws SQLException {
    return new Document(
        rows.getString("id"),
        rows.getString("content_hash"),
        rows.getString("source"),
        rows.getString("url"),
        rows.getString("outlet"),
        rows.getString("title"),
        publicationDate(rows),
        rows.getString("language"),
        rows.getString("text"),
        rows.getString("original"),
        JsonColumns.offsets(rows.getString("offsets")),
        JsonColumns.quality(rows.getString("quality")));
  }

  private static PublicationDate publicationDate(ResultSet rows) throws SQLException {
    String published = rows.getString("published");
    return new PublicationDate(
        published == null ? null : LocalDate.parse(published),
        DateEvidence.ofLabel(rows.getString("published_evidence")),
        rows.getString("published_detail"));
  }

  private static DocumentSummary summary(ResultSet rows) throws SQLException {
    return new DocumentSummary(
        rows.getString("id"),
        rows.getString("content_hash"),
        rows.getString("title"),
        rows.getString("published"),
        rows.getString("published_evidence"),
        rows.getString("language"),
        rows.getString("source"),
        rows.getInt("text_length"));
  }
}
