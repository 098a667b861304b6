package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.engine.output.ExportFormat;
import org.sitrep.engine.output.Exports;
import org.sitrep.engine.output.IncidentJson;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.IncidentFilter;
import org.sitrep.store.SearchSyntaxException;

/**
 * The read side over incidents: the filtered, sorted, paged list, one incident with all its
 * evidence, the actors, counts, and the exports. Each public-facing method is one Javalin handler.
 */
final class IncidentEndpoints {
  private static final List<String> SORTS =
      List.of("date", "-date", "id", "-id", "fatalities", "-fatalities");
  private static final List<String> EXPORTS = List.of("json", "acled", "ucdp", "gtd", "geojson");

  private final DocumentStore store;

  IncidentEndpoints(DocumentStore store) {
    this.store = store;
  }

  /** {@code GET /api/incidents}: summaries (no claims, mentions, decisions) of one page. */
  void list(Context context) {
    QueryParameters parameters = new QueryParameters(context);
    IncidentFilter filter = parameters.incidentFilter().withWords(parameters.query("q"));
    String sort = parameters.choice("sort", "date", SORTS);
    QueryParameters.Page page = parameters.page();
    List<Incident> incidents;
    try {
      incidents = new ArrayList<>(store.incidents(filter));
    } catch (SearchSyntaxException e) {
      throw Problem.badRequest("'q' is " + e.getMessage());
    }
    incidents.sort(order(sort));
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("total", incidents.size()).put("offset", page.offset()).put("limit", page.limit());
    answer.put("current", store.incidentsCurrent());
    ArrayNode items = answer.putArray("incidents");
    page.of(incidents).forEach(incident -> items.add(summary(incident)));
    Json.send(context, 200, answer);
  }

  /** {@code GET /api/incidents/{id}}: the whole INCIDENT object. */
  void one(Context context) {
    String id = context.pathParam("id");
    Incident incident = store.incident(id).orElseThrow(() -> Problem.notFound("no incident " + id));
    Map<String, Document> documents = new LinkedHashMap<>();
    for (String document : incident.documents()) {
      store.report(document).ifPresent(report -> documents.put(document, report.document()));
    }
    Json.send(context, 200, IncidentJson.of(incident, documents));
  }

  /**
   * {@code GET /api/actors}: every actor named in an incident that matches, with its aliases and
   * counts by role.
   */
  void actors(Context context) {
    IncidentFilter filter = new QueryParameters(context).incidentFilter();
    ObjectNode answer = Json.MAPPER.createObjectNode();
    ArrayNode actors = answer.putArray("actors");
    ActorCount.of(store.incidents(filter)).forEach(count -> actors.add(count.json()));
    Json.send(context, 200, answer);
  }

  /** {@code GET /api/actors/graph}: actors as nodes, incidents as edges, perpetrator to target. */
  void actorGraph(Context context) {
    IncidentFilter filter = new QueryParameters(context).incidentFilter();
    Json.send(context, 200, ActorGraph.of(store.incidents(filter)));
  }

  /** {@code GET /api/stats}: what the store holds. */
  void stats(Context context) {
    List<Incident> incidents = store.incidents(IncidentFilter.ALL);
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("documents", store.documentCount());
    answer.put("refusals", store.refusals().size());
    answer.put("incidents", incidents.size());
    answer.put("current", store.incidentsCurrent());
    answer.put(
        "fatalitiesBest",
        incidents.stream()
            .map(incident -> incident.fatalities().best())
            .filter(java.util.Objects::nonNull)
            .mapToLong(Long::longValue)
            .sum());
    Map<String, Integer> byType = new TreeMap<>();
    Map<String, Integer> byCountry = new TreeMap<>();
    for (Incident incident : incidents) {
      byType.merge(incident.type().label(), 1, Integer::sum);
      String country = incident.place() != null ? incident.place().country() : null;
      byCountry.merge(country != null ? country : "unknown", 1, Integer::sum);
    }
    byType.forEach(answer.putObject("byType")::put);
    byCountry.forEach(answer.putObject("byCountry")::put);
    ObjectNode dates = answer.putObject("dates");
    List<Incident> dated = incidents.stream().filter(incident -> incident.date() != null).toList();
    dates.put("first", dated.isEmpty() ? null : dated.get(0).date().value().toString());
    dates.put(
        "last", dated.isEmpty() ? null : dated.get(dated.size() - 1).date().value().toString());
    Json.send(context, 200, answer);
  }

  /** {@code GET /api/export?format=...}: the incidents that match, as the CLI exports them. */
  void export(Context context) {
    QueryParameters parameters = new QueryParameters(context);
    String name = parameters.text("format");
    if (name == null) {
      throw Problem.badRequest("'format' is required: one of " + String.join(", ", EXPORTS));
    }
    String format = parameters.choice("format", "json", EXPORTS);
    IncidentFilter filter = parameters.incidentFilter();
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      Exports.write(
          out,
          ExportFormat.valueOf(format.toUpperCase(Locale.ROOT)),
          store.incidents(filter),
          documents());
    }
    String extension =
        switch (format) {
          case "json" -> "json";
          case "geojson" -> "geojson";
          default -> "csv";
        };
    String mediaType =
        switch (format) {
          case "json" -> Json.MEDIA_TYPE;
          case "geojson" -> "application/geo+json";
          default -> "text/csv; charset=utf-8";
        };
    context
        .header(
            "Content-Disposition",
            "attachment; filename=\"sitrep-" + format + "." + extension + "\"")
        .contentType(mediaType)
        .result(text.toString());
  }

  private Map<String, Document> documents() {
    Map<String, Document> documents = new LinkedHashMap<>();
    store.reportDocuments().forEach(document -> documents.put(document.id(), document));
    return documents;
  }

  static ObjectNode summary(Incident incident) {
    ObjectNode node = IncidentJson.of(incident, Map.of());
    node.remove(List.of("claims", "mentions", "decisions"));
    return node;
  }

  private static Comparator<Incident> order(String sort) {
    Comparator<Incident> byStore = (a, b) -> 0;
    Comparator<Incident> byFatalities =
        Comparator.comparing(
            (Incident incident) -> incident.fatalities().best(),
            Comparator.nullsLast(Comparator.<Long>naturalOrder()));
    return switch (sort) {
      case "id" -> Comparator.comparing(Incident::id);
      case "-id" -> Comparator.comparing(Incident::id).reversed();
      case "fatalities" -> byFatalities.thenComparing(Incident::id);
      case "-fatalities" ->
          Comparator.comparing(
                  (Incident incident) -> incident.fatalities().best(),
                  Comparator.nullsLast(Comparator.<Long>reverseOrder()))
              .thenComparing(Incident::id);
      case "-date" ->
          Comparator.comparing(
                  (Incident incident) -> incident.date() != null ? incident.date().value() : null,
                  Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
              .thenComparing(Incident::id);
      default -> byStore;
    };
  }
}
