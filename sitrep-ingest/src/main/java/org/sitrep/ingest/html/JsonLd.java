package org.sitrep.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * The article described by a page's JSON-LD ({@code <script type="application/ld+json">}): its
 * headline, publication date and body text, each null when absent, and where in the page's source
 * the script holding them is ({@code -1} when unknown). Unreadable JSON is skipped.
 */
record JsonLd(
    String headline, String datePublished, String articleBody, int sourceStart, int sourceEnd) {
  static final JsonLd NONE = new JsonLd(null, null, null, -1, -1);

  // Pages emit JSON-LD by hand; accept the usual slips rather than lose the metadata.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .build();

  /** Reads the first article-typed JSON-LD object of {@code page}; {@link #NONE} when none. */
  static JsonLd of(Document page) {
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      List<JsonNode> objects = new ArrayList<>();
      collectObjects(parse(script.data()), objects);
      for (JsonNode object : objects) {
        if (isArticle(object)) {
          return of(object, script);
        }
      }
    }
    return NONE;
  }

  private static JsonLd of(JsonNode article, Element script) {
    Range range = script.sourceRange();
    boolean tracked = range.isTracked();
    return new JsonLd(
        text(article.get("headline")),
        text(article.get("datePublished")),
        text(article.get("articleBody")),
        tracked ? range.startPos() : -1,
        tracked ? script.endSourceRange().endPos() : -1);
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json.strip());
    } catch (JsonProcessingException unreadable) {
      return null;
    }
  }

  /** Flattens arrays and {@code @graph} lists into objects, without recursion on the JSON depth. */
  private static void collectObjects(JsonNode root, List<JsonNode> objects) {
    Deque<JsonNode> pending = new ArrayDeque<>();
    if (root != null) {
      pending.add(root);
    }
    while (!pending.isEmpty()) {
      JsonNode node = pending.removeFirst();
      if (node.isArray()) {
        node.forEach(pending::addLast);
      } else if (node.isObject()) {
        objects.add(node);
        JsonNode graph = node.get("@graph");
        if (graph != null) {
          pending.addLast(graph);
        }
        JsonNode main = node.get("mainEntity");
        if (main != null && main.isObject()) {
          pending.addLast(main);
        }
      }
    }
  }

  private static boolean isArticle(JsonNode object) {
    JsonNode type = object.get("@type");
    String types = type == null ? "" : type.toString().toLowerCase(Locale.ROOT);
    return types.contains("article")
        || types.contains("posting")
        || object.has("articleBody")
        || (object.has("headline") && object.has("datePublished"));
  }

  /** The text of a scalar, or of the first item of a list ("headline": ["a", "b"]); else null. */
  private static String text(JsonNode node) {
    JsonNode value = node != null && node.isArray() && !node.isEmpty() ? node.get(0) : node;
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText("").strip();
    return text.isEmpty() ? null : text;
  }
}
