package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Refusal;
import org.sitrep.model.RefusalReason;

/** The SQL of the {@code refusals} table, over one connection. Not thread-safe. */
final class RefusalTable {
  private final Connection connection;

  RefusalTable(Connection connection) {
    this.connection = connection;
  }

  /**
   * Records each refusal not recorded yet and answers how many were new; the caller holds the
   * transaction. A repeat keeps the time it was first recorded.
   */
  int insert(List<Refusal> refusals, String recordedAt) throws SQLException {
    // Not ON CONFLICT DO NOTHING: that still advances the AUTOINCREMENT counter, so recording a
    // known refusal again would change the file.
    String sql =
        "INSERT INTO refusals (input, reason, detail, recorded_at) SELECT ?1, ?2, ?3, ?4"
            + " WHERE NOT EXISTS"
            + " (SELECT 1 FROM refusals WHERE input = ?1 AND reason = ?2 AND detail = ?3)";
    int recorded = 0;
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (Refusal refusal : refusals) {
        insert.setString(1, refusal.input());
        insert.setString(2, refusal.reason().label());
        insert.setString(3, refusal.detail());
        insert.setString(4, recordedAt);
        recorded += insert.executeUpdate();
      }
    }
    return recorded;
  }

  List<Refusal> all() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT input, reason, detail FROM refusals ORDER BY seq")) {
      List<Refusal> refusals = new ArrayList<>();
      while (rows.next()) {
        refusals.add(
            new Refusal(
                rows.getString("input"),
                RefusalReason.ofLabel(rows.getString("reason")),
                rows.getString("detail")));
      }
      return refusals;
    }
  }
}
