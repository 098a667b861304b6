package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreSchemaTest {
  @TempDir Path dir;

  @Test
  void createsItsFolderAndDatabaseFileWhereverItIsToldTo() {
    Path folder = dir.resolve("nested folder/ünïcode store");
    try (SqliteStore store = SqliteStore.open(folder)) {
      assertThat(store.file()).isEqualTo(folder.toAbsolutePath().resolve("sitrep.db"));
    }
    assertThat(folder.resolve("sitrep.db")).isRegularFile();
  }

  private static final List<String> V2_TABLES =
      List.of("resolution", "incident_actors", "incident_mentions", "incidents", "reports");

  @Test
  void appliesEachMigrationOnceHoweverOftenTheStoreIsOpened() throws Exception {
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(Reports.report("a.txt", "A.")), List.of());
    }
    List<String> history = history();
    for (int i = 0; i < 3; i++) {
      SqliteStore.open(dir).close();
    }

    assertThat(history()).isEqualTo(history).hasSize(2);
    assertThat(history.get(0)).startsWith("1 | documents | true");
    assertThat(history.get(1)).startsWith("2 | reports and incidents | true");
  }

  @Test
  void writesAheadOfTheLog() throws Exception {
    SqliteStore.open(dir).close();
    try (Connection connection = TableDump.connect(dir);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA journal_mode")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("wal");
    }
  }

  @Test
  void opensAndMigratesWithoutPrintingOrLoggingAnything() throws Exception {
    List<LogRecord> records = new ArrayList<>();
    Handler handler = new Collector(records);
    Logger root = Logger.getLogger("");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    root.addHandler(handler);
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      SqliteStore.open(dir.resolve("first")).close();
      SqliteStore.open(dir.resolve("first")).close();
    } finally {
      System.setOut(stdout);
      root.removeHandler(handler);
    }

    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(records).filteredOn(r -> r.getLevel().intValue() >= Level.INFO.intValue()).isEmpty();
  }

  @Test
  void shipsEveryMigrationUnderTheNameFlywayExpectsUpToTheVersionItKnows() throws Exception {
    List<String> names;
    try (var files = Files.list(Path.of("src/main/resources/db/migration/sqlite"))) {
      names = files.map(file -> file.getFileName().toString()).toList();
    }

    assertThat(names).isNotEmpty().allMatch(name -> name.matches("V[1-9][0-9]*__[a-z_]+\\.sql"));
    assertThat(
            names.stream()
                .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))))
        .as("SqliteStore.SCHEMA_VERSION must name the newest migration, or it would be skipped")
        .contains(SqliteStore.SCHEMA_VERSION)
        .allMatch(version -> version <= SqliteStore.SCHEMA_VERSION);
  }

  @Test
  void migratesAStoreWhoseSchemaIsBehind() throws Exception {
    SqliteStore.open(dir).close();
    // As if the store had been made before any migration existed.
    TableDump.execute(dir, "DELETE FROM flyway_schema_history");
    for (String table : V2_TABLES) {
      TableDump.execute(dir, "DROP TABLE " + table);
    }
    TableDump.execute(dir, "DROP TABLE documents");
    TableDump.execute(dir, "DROP TABLE refusals");

    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(Reports.report("a.txt", "A.")), List.of());
      assertThat(store.documentCount()).isEqualTo(1);
    }
    assertThat(TableDump.count(dir, "flyway_schema_history")).isEqualTo(2);
  }

  @Test
  void addsReportsAndIncidentsToAStoreOfDocumentsKeepingItsDocuments() throws Exception {
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.save(List.of(Reports.report("a.txt", "A.")), List.of());
    }
    // As if the store had been made by a Sitrep that knew only the first migration.
    TableDump.execute(dir, "DELETE FROM flyway_schema_history WHERE version = '2'");
    for (String table : V2_TABLES) {
      TableDump.execute(dir, "DROP TABLE " + table);
    }

    try (SqliteStore store = SqliteStore.open(dir)) {
      assertThat(store.documentCount()).isEqualTo(1);
      assertThat(store.reports().reports()).isEmpty();
      assertThat(store.incidentsCurrent()).isTrue();
      assertThat(store.incidents(IncidentFilter.ALL)).isEmpty();
    }
    assertThat(TableDump.count(dir, "flyway_schema_history")).isEqualTo(2);
  }

  private List<String> history() throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = TableDump.connect(dir);
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT version, description, success, checksum, installed_on"
                    + " FROM flyway_schema_history ORDER BY installed_rank")) {
      while (result.next()) {
        rows.add(
            String.join(
                " | ",
                result.getString(1),
                result.getString(2),
                String.valueOf(result.getBoolean(3)),
                result.getString(4),
                result.getString(5)));
      }
    }
    return rows;
  }

  /** Keeps every log record it is given. */
  private static final class Collector extends Handler {
    private final List<LogRecord> records;

    Collector(List<LogRecord> records) {
      this.records = records;
      setLevel(Level.ALL);
    }

    @Override
    public synchronized void publish(LogRecord logRecord) {
      records.add(logRecord);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
