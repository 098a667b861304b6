package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The API described: the hand-written OpenAPI 3 document ({@code openapi.json} beside this class)
 * as JSON, and the same document rendered as a plain HTML page. Every text is escaped.
 */
final class ApiDescription {
  private final JsonNode openApi;
  private final String json;
  private final String page;

  private ApiDescription(JsonNode openApi) {
    this.openApi = openApi;
    this.json = Json.write(openApi);
    this.page = render();
  }

  static ApiDescription load() {
    try (InputStream in = ApiDescription.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the server's resources");
      }
      return new ApiDescription(Json.MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code GET /openapi.json}. */
  void json(Context context) {
    context.contentType(Json.MEDIA_TYPE).result(json);
  }

  /** {@code GET /api}. */
  void page(Context context) {
    context.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    context.contentType("text/html; charset=utf-8").result(page);
  }

  private String render() {
    StringBuilder html = new StringBuilder();
    html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(openApi.path("info").path("title").asText()))
        .append("</title><style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;")
        .append("padding:0 1rem;line-height:1.4}code{background:#eee;padding:0 .2rem}")
        .append("li{margin:.2rem 0}</style></head><body>\n<h1>")
        .append(escape(openApi.path("info").path("title").asText()))
        .append("</h1>\n<p>")
        .append(escape(openApi.path("info").path("description").asText()))
        .append("</p>\n<p>Machine-readable: <a href=\"/openapi.json\">/openapi.json</a></p>\n");
    for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
          operations.hasNext(); ) {
        Map.Entry<String, JsonNode> operation = operations.next();
        operation(html, operation.getKey(), path.getKey(), operation.getValue());
      }
    }
    return html.append("</body></html>\n").toString();
  }

  private void operation(StringBuilder html, String method, String path, JsonNode operation) {
    html.append("<h2><code>")
        .append(escape(method.toUpperCase(java.util.Locale.ROOT) + " " + path))
        .append("</code></h2>\n<p>")
        .append(escape(operation.path("summary").asText()))
        .append("</p>\n");
    if (operation.has("description")) {
      html.append("<p>").append(escape(operation.path("description").asText())).append("</p>\n");
    }
    if (operation.path("parameters").size() > 0) {
      html.append("<ul>\n");
      for (JsonNode parameter : operation.path("parameters")) {
        JsonNode resolved = resolve(parameter);
        html.append("<li><code>")
            .append(escape(resolved.path("name").asText()))
            .append("</code> ")
            .append(escape(resolved.path("description").asText()))
            .append("</li>\n");
      }
      html.append("</ul>\n");
    }
    html.append("<p>Answers: ")
        .append(escape(String.join(", ", statuses(operation))))
        .append("</p>\n");
  }

  private static java.util.List<String> statuses(JsonNode operation) {
    java.util.List<String> statuses = new java.util.ArrayList<>();
    operation.path("responses").fieldNames().forEachRemaining(statuses::add);
    return statuses;
  }

  private JsonNode resolve(JsonNode node) {
    String reference = node.path("$ref").asText("");
    return reference.isEmpty() ? node : openApi.at(reference.substring(1));
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
