package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.engine.Extraction;
import org.sitrep.engine.output.EventJson;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Refusal;
import org.sitrep.model.TimeExpression;

/** Writes the JSON of CONTRACT.md: one {@code extract} line per input document. */
final class JsonLines {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private JsonLines() {}

  static String extractLine(Extraction extraction, boolean withText, boolean withAnnotations) {
    ObjectNode line = MAPPER.createObjectNode();
    if (extraction.isRefused()) {
      line.put("id", extraction.input());
      line.putNull("published");
      line.putArray("events");
      line.set("refused", refusal(extraction.refusal()));
      return write(line);
    }
    Document document = extraction.document();
    line.put("id", document.id());
    line.set("published", published(document.published()));
    ArrayNode events = line.putArray("events");
    if (extraction.report() != null) {
      extraction.report().events().forEach(event -> events.add(EventJson.of(event, document)));
    }
    line.putNull("refused");
    line.put("title", document.title());
    line.put("language", document.language());
    line.put("source", document.source());
    if (document.url() != null) {
      line.put("url", document.url());
    }
    line.put("contentHash", document.contentHash());
    line.set("quality", quality(document));
    if (withText) {
      line.put("text", document.text());
    }
    if (withAnnotations && extraction.annotated() != null) {
      line.set("annotations", annotations(extraction.annotated()));
    }
    return write(line);
  }

  static ObjectNode published(PublicationDate published) {
    ObjectNode node = MAPPER.createObjectNode();
    if (published.isKnown()) {
      node.put("value", published.value().toString());
    } else {
      node.putNull("value");
    }
    node.put("evidence", published.evidence().label());
    node.put("detail", published.detail());
    return node;
  }

  static ObjectNode refusal(Refusal refusal) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("reason", refusal.reason().label());
    node.put("detail", refusal.detail());
    return node;
  }

  private static ObjectNode quality(Document document) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("boilerplateRemoved", document.quality().boilerplateRemoved());
    node.put("repeatsRemoved", document.quality().repeatsRemoved());
    ArrayNode diagnostics = node.putArray("diagnostics");
    for (Diagnostic diagnostic : document.quality().diagnostics()) {
      diagnostics.addObject().put("code", diagnostic.code()).put("message", diagnostic.message());
    }
    return node;
  }

  private static ObjectNode annotations(AnnotatedDocument annotated) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("annotator", annotated.annotator());
    node.put("sentences", annotated.sentences().size());
    node.put("tokens", annotated.tokenCount());
    ArrayNode entities = node.putArray("entities");
    for (EntityMention mention : annotated.entities()) {
      ObjectNode entity = entities.addObject();
      entity.put("type", mention.type()).put("text", mention.text());
      entity.putArray("span").add(mention.start()).add(mention.end());
      if (mention.normalized() != null) {
        entity.put("normalized", mention.normalized());
      }
    }
    ArrayNode times = node.putArray("times");
    for (TimeExpression time : annotated.times()) {
      ObjectNode timeNode = times.addObject();
      timeNode.put("type", time.type()).put("text", time.text()).put("value", time.value());
      timeNode.putArray("span").add(time.start()).add(time.end());
    }
    return node;
  }

  private static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON of a tree cannot fail", e);
    }
  }
}
