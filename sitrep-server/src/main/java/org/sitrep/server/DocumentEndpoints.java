package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.sitrep.engine.Engine;
import org.sitrep.engine.IngestSummary;
import org.sitrep.engine.ProgressListener;
import org.sitrep.engine.output.EventJson;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;
import org.sitrep.model.Refusal;
import org.sitrep.model.Report;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.IncidentFilter;

/**
 * The documents: the paged list, one document's clean text with the events and claim spans found in
 * it, and adding one. Adding runs the whole ingest (clean, annotate, extract, store, resolve again)
 * one request at a time: the engine is used from one thread.
 */
final class DocumentEndpoints {
  private static final List<String> FIELDS =
      List.of("id", "text", "html", "title", "published", "url", "outlet");

  private final Engine engine;
  private final DocumentStore store;
  private final Object ingesting = new Object();

  DocumentEndpoints(Engine engine) {
    this.engine = engine;
    this.store = engine.store();
  }

  /** {@code GET /api/documents}: id, date and its evidence, language, title, length. */
  void list(Context context) {
    QueryParameters.Page page = new QueryParameters(context).page();
    List<DocumentSummary> documents = store.documents();
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("total", documents.size()).put("offset", page.offset()).put("limit", page.limit());
    ArrayNode items = answer.putArray("documents");
    for (DocumentSummary document : page.of(documents)) {
      items
          .addObject()
          .put("id", document.id())
          .put("title", document.title())
          .put("published", document.published())
          .put("evidence", document.evidence())
          .put("language", document.language())
          .put("source", document.source())
          .put("length", document.length());
    }
    Json.send(context, 200, answer);
  }

  /**
   * {@code GET /api/documents/{id}}: the clean text, the EVENT objects extracted from it (each
   * claim with its span into {@code text}), and the incidents it is part of.
   */
  void one(Context context) {
    String id = context.pathParam("id");
    Document document = store.document(id).orElseThrow(() -> Problem.notFound("no document " + id));
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("id", document.id());
    answer.put("title", document.title());
    ObjectNode published = answer.putObject("published");
    published.put(
        "value",
        document.published().value() != null ? document.published().value().toString() : null);
    published.put("evidence", document.published().evidence().label());
    published.put("detail", document.published().detail());
    answer.put("language", document.language());
    answer.put("source", document.source());
    answer.put("url", document.url());
    answer.put("outlet", document.outlet());
    answer.put("text", document.text());
    ArrayNode events = answer.putArray("events");
    Report report = store.report(id).orElse(null);
    if (report != null && report.document().contentHash().equals(document.contentHash())) {
      report.events().forEach(event -> events.add(EventJson.of(event, document)));
    }
    ArrayNode incidents = answer.putArray("incidents");
    incidentsOf(id).forEach(incident -> incidents.add(incident.id()));
    Json.send(context, 200, answer);
  }

  /**
   * {@code POST /api/documents}: one input line of CONTRACT.md as the body. 201 with the stored id
   * and the incidents the document is part of; 200 when the same text was stored before; 422 with
   * the reason when the engine refuses it.
   */
  void add(Context context) {
    JsonNode body = body(context);
    String line = Json.write(body);
    IngestSummary summary;
    synchronized (ingesting) {
      summary =
          engine.ingest(
              new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
              "request",
              ProgressListener.none());
    }
    if (!summary.refused().isEmpty()) {
      Refusal refusal = summary.refused().get(0);
      throw Problem.refused(refusal.reason().label(), refusal.detail());
    }
    String id = summary.stored().get(0);
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("id", id);
    answer.put("duplicate", summary.duplicates() > 0);
    answer.put("events", summary.events());
    ArrayNode incidents = answer.putArray("incidents");
    incidentsOf(id).forEach(incident -> incidents.add(IncidentEndpoints.summary(incident)));
    context.header(
        "Location", "/api/documents/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8));
    Json.send(context, summary.duplicates() > 0 ? 200 : 201, answer);
  }

  private static JsonNode body(Context context) {
    String contentType = context.contentType();
    if (contentType == null
        || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith(Json.MEDIA_TYPE)) {
      throw Problem.unsupportedMediaType("send the document as application/json");
    }
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(context.body());
    } catch (JsonProcessingException e) {
      throw Problem.badRequest("the body is not JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isObject()) {
      throw Problem.badRequest("the body must be a JSON object with \"text\" or \"html\"");
    }
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      if (!FIELDS.contains(field.getKey())) {
        throw Problem.badRequest("unknown field '" + field.getKey() + "': known are " + FIELDS);
      }
      if (!field.getValue().isTextual() && !field.getValue().isNull()) {
        throw Problem.badRequest("'" + field.getKey() + "' must be a string");
      }
    }
    if (!body.path("text").isTextual() && !body.path("html").isTextual()) {
      throw Problem.badRequest("the document needs \"text\" or \"html\"");
    }
    return body;
  }

  private List<Incident> incidentsOf(String documentId) {
    return store.incidents(IncidentFilter.ALL).stream()
        .filter(incident -> incident.documents().contains(documentId))
        .toList();
  }
}
