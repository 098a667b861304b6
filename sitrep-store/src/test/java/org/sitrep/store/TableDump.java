package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every row of every table of a store file, read over a connection of its own, so tests can compare
 * a store before and after with nothing hidden by the store's own queries.
 */
final class TableDump {
  private TableDump() {}

  static List<String> of(Path directory) throws SQLException {
    try (Connection connection = connect(directory)) {
      List<String> lines = new ArrayList<>();
      for (String table : tables(connection)) {
        lines.addAll(rows(connection, table));
      }
      return lines;
    }
  }

  static Connection connect(Path directory) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + directory.resolve(SqliteStore.FILE_NAME));
  }

  static long count(Path directory, String table) throws SQLException {
    try (Connection connection = connect(directory);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static void execute(Path directory, String sql) throws SQLException {
    try (Connection connection = connect(directory);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  private static List<String> rows(Connection connection, String table) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY rowid")) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        StringBuilder line = new StringBuilder(table);
        for (int column = 1; column <= columns; column++) {
          line.append(" | ").append(rows.getString(column));
        }
        lines.add(line.toString());
      }
    }
    return lines;
  }
}
