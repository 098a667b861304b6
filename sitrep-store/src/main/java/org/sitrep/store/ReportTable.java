package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Document;
import org.sitrep.model.Report;

/** The SQL of the {@code reports} table, over one connection. Not thread-safe. */
final class ReportTable {
  private static final String SELECT =
      "SELECT "
          + DocumentTable.COLUMNS
          + ", annotator, annotation, events FROM documents JOIN reports USING (content_hash)";
  // Each name once: the latest stored text of that name that has a report.
  private static final String LATEST =
      " WHERE documents.seq = (SELECT max(d.seq) FROM documents d JOIN reports r"
          + " ON r.content_hash = d.content_hash WHERE d.id = documents.id)";

  private final Connection connection;

  ReportTable(Connection connection) {
    this.connection = connection;
  }

  /**
   * Stores the report of each text that has none yet, when the text is stored under the report's
   * document id (a report's spans and account ids name its document: the report of a duplicate read
   * under another name would point at a name the store does not have); the caller holds the
   * transaction and has stored the documents.
   *
   * @return how many reports were new
   */
  int insert(List<Report> reports, String storedAt) throws SQLException {
    int added = 0;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT OR IGNORE INTO reports (content_hash, annotator, annotation, events,"
                + " event_count, stored_at) SELECT ?, ?, ?, ?, ?, ?"
                + " WHERE EXISTS (SELECT 1 FROM documents WHERE content_hash = ? AND id = ?)")) {
      for (Report report : reports) {
        insert.setString(1, report.document().contentHash());
        insert.setString(2, report.annotated().annotator());
        insert.setString(3, ReportColumns.annotation(report.annotated()));
        insert.setString(4, ReportColumns.events(report.events()));
        insert.setInt(5, report.events().size());
        insert.setString(6, storedAt);
        insert.setString(7, report.document().contentHash());
        insert.setString(8, report.document().id());
        added += insert.executeUpdate();
      }
    }
    return added;
  }

  boolean has(String contentHash) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM reports WHERE content_hash = ?")) {
      query.setString(1, contentHash);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** The newest report's sequence number, 0 when there is none. */
  long lastSeq() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT coalesce(max(seq), 0) FROM reports")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  List<Report> latest() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(SELECT + LATEST + " ORDER BY documents.id")) {
      List<Report> reports = new ArrayList<>();
      while (rows.next()) {
        reports.add(report(rows));
      }
      return reports;
    }
  }

  /** The documents of {@link #latest()}, without their annotations. */
  List<Document> latestDocuments() throws SQLException {
    String sql =
        "SELECT " + DocumentTable.COLUMNS + " FROM documents JOIN reports USING (content_hash)";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql + LATEST + " ORDER BY documents.id")) {
      List<Document> documents = new ArrayList<>();
      while (rows.next()) {
        documents.add(DocumentTable.document(rows));
      }
      return documents;
    }
  }

  Optional<Report> latest(String documentId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(SELECT + LATEST + " AND documents.id = ?")) {
      query.setString(1, documentId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(report(rows)) : Optional.empty();
      }
    }
  }

  private static Report report(ResultSet rows) throws SQLException {
    Document document = DocumentTable.document(rows);
    return new Report(
        ReportColumns.annotation(
            rows.getString("annotation"), document, rows.getString("annotator")),
        ReportColumns.events(rows.getString("events")));
  }
}
