package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.ActorReference;
import org.sitrep.model.Claim;
import org.sitrep.model.EventMention;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;

/** The SQL of the {@code incidents} tables, over one connection. Not thread-safe. */
final class IncidentTable {
  private static final String INSERT =
      "INSERT INTO incidents (id, date, date_precision, country, country_name, admin1, place,"
          + " latitude, longitude, type, subtype, background, fatalities_low, fatalities_best,"
          + " fatalities_high, injuries_best, reports, independent, body)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  // As the resolver orders them: by date, undated last, then by id.
  private static final String ORDER = " ORDER BY date IS NULL, date, id";

  private final Connection connection;

  IncidentTable(Connection connection) {
    this.connection = connection;
  }

  /** Replaces every stored incident; the caller holds the transaction. */
  void replace(List<Incident> incidents, long reportsSeq, String now) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM incident_actors");
      statement.executeUpdate("DELETE FROM incident_mentions");
      statement.executeUpdate("DELETE FROM incidents");
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT);
        PreparedStatement mention =
            connection.prepareStatement(
                "INSERT INTO incident_mentions (incident_id, mention_id, document_id)"
                    + " VALUES (?, ?, ?)");
        PreparedStatement actor =
            connection.prepareStatement(
                "INSERT OR IGNORE INTO incident_actors (incident_id, name) VALUES (?, ?)")) {
      for (Incident incident : incidents) {
        bind(insert, incident);
        insert.executeUpdate();
        for (EventMention account : incident.mentions()) {
          mention.setString(1, incident.id());
          mention.setString(2, account.id());
          mention.setString(3, account.trigger().documentId());
          mention.executeUpdate();
        }
        for (String name : actorNames(incident)) {
          actor.setString(1, incident.id());
          actor.setString(2, name);
          actor.executeUpdate();
        }
      }
    }
    try (PreparedStatement resolution =
        connection.prepareStatement(
            "UPDATE resolution SET reports_seq = ?, resolved_at = ? WHERE singleton = 1")) {
      resolution.setLong(1, reportsSeq);
      resolution.setString(2, now);
      resolution.executeUpdate();
    }
  }

  /** The last report the stored incidents were resolved from. */
  long resolvedSeq() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT reports_seq FROM resolution")) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }

  /** Names the stored resolution: the last report it covered and when it was made. */
  String resolution() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT reports_seq, resolved_at FROM resolution")) {
      return rows.next() ? rows.getLong(1) + "@" + rows.getString(2) : "none";
    }
  }

  List<Incident> matching(IncidentFilter filter) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT body FROM incidents WHERE 1 = 1");
    List<String> arguments = new ArrayList<>();
    if (filter.since() != null) {
      sql.append(" AND date >= ?");
      arguments.add(filter.since().toString());
    }
    if (filter.until() != null) {
      sql.append(" AND date <= ?");
      arguments.add(filter.until().toString());
    }
    if (filter.country() != null) {
      sql.append(" AND (lower(country) = ? OR lower(country_name) = ?)");
      arguments.add(lower(filter.country()));
      arguments.add(lower(filter.country()));
    }
    if (filter.type() != null) {
      sql.append(" AND (lower(type) = ? OR lower(subtype) = ?)");
      arguments.add(lower(filter.type()));
      arguments.add(lower(filter.type()));
    }
    if (filter.actor() != null) {
      sql.append(
          " AND id IN (SELECT incident_id FROM incident_actors WHERE instr(lower(name), ?) > 0)");
      arguments.add(lower(filter.actor()));
    }
    sql.append(ORDER);
    try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < arguments.size(); i++) {
        query.setString(i + 1, arguments.get(i));
      }
      try (ResultSet rows = query.executeQuery()) {
        List<Incident> incidents = new ArrayList<>();
        while (rows.next()) {
          incidents.add(IncidentColumns.body(rows.getString(1)));
        }
        return incidents;
      }
    }
  }

  Optional<Incident> byId(String id) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT body FROM incidents WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next()
            ? Optional.of(IncidentColumns.body(rows.getString(1)))
            : Optional.empty();
      }
    }
  }

  private static void bind(PreparedStatement insert, Incident incident) throws SQLException {
    Place place = incident.place();
    insert.setString(1, incident.id());
    insert.setString(2, incident.date() != null ? incident.date().value().toString() : null);
    insert.setString(3, incident.date() != null ? incident.date().precision().label() : null);
    insert.setString(4, place != null ? place.country() : null);
    insert.setString(5, place != null ? place.countryName() : null);
    insert.setString(6, place != null ? place.admin1() : null);
    insert.setString(7, place != null ? place.name() : null);
    setDouble(insert, 8, place != null ? place.lat() : null);
    setDouble(insert, 9, place != null ? place.lon() : null);
    insert.setString(10, incident.type().label());
    insert.setString(11, incident.subtype().label());
    insert.setInt(12, incident.background() ? 1 : 0);
    setLong(insert, 13, incident.fatalities().low());
    setLong(insert, 14, incident.fatalities().best());
    setLong(insert, 15, incident.fatalities().high());
    setLong(insert, 16, incident.injuries().best());
    insert.setInt(17, incident.sources().reports());
    insert.setInt(18, incident.sources().independent());
    insert.setString(19, IncidentColumns.body(incident));
  }

  private static Set<String> actorNames(Incident incident) {
    Set<String> names = new TreeSet<>();
    for (Claim claim : incident.claims()) {
      if (claim.value() instanceof ActorReference actor) {
        names.add(actor.name());
        names.add(actor.named());
      }
    }
    return names;
  }

  private static String lower(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  private static void setLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setLong(index, value);
    }
  }

  private static void setDouble(PreparedStatement statement, int index, Double value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.REAL);
    } else {
      statement.setDouble(index, value);
    }
  }
}
