package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EventMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * The JSON of the reports table's {@code annotation} and {@code events} columns.
 *
 * <p>The annotation is kept whole (sentences, tokens with lemma, part of speech and entity tag,
 * dependencies, entity mentions, time expressions), so a stored report is equal to the one
 * extraction made and resolution — or a later extractor — can run on it without CoreNLP. It is
 * compact: tokens, entities, times and dependencies are arrays rather than objects, and a token's
 * text is left out when it is the clean text at its offsets (nearly always).
 */
final class ReportColumns {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final TypeReference<List<StoredShapes.StoredMention>> MENTIONS =
      new TypeReference<>() {};

  private ReportColumns() {}

  static String events(List<EventMention> events) {
    return write(events.stream().map(StoredShapes.StoredMention::of).toList());
  }

  static List<EventMention> events(String json) {
    try {
      return MAPPER.readValue(json, MENTIONS).stream()
          .map(StoredShapes.StoredMention::toModel)
          .toList();
    } catch (JsonProcessingException | RuntimeException e) {
      throw new StoreException("corrupt events column: " + e.getMessage(), e);
    }
  }

  static String annotation(AnnotatedDocument annotated) {
    String text = annotated.document().text();
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode sentences = root.putArray("sentences");
    for (Sentence sentence : annotated.sentences()) {
      ObjectNode node = sentences.addObject();
      node.put("index", sentence.index()).put("start", sentence.start()).put("end", sentence.end());
      ArrayNode tokens = node.putArray("tokens");
      sentence.tokens().forEach(token -> tokens.add(token(token, text)));
      ArrayNode dependencies = node.putArray("dependencies");
      for (Dependency dependency : sentence.dependencies()) {
        dependencies
            .addArray()
            .add(dependency.relation())
            .add(dependency.governor())
            .add(dependency.dependent());
      }
    }
    ArrayNode entities = root.putArray("entities");
    for (EntityMention entity : annotated.entities()) {
      entities
          .addArray()
          .add(entity.type())
          .add(entity.text())
          .add(entity.start())
          .add(entity.end())
          .add(entity.normalized())
          .add(entity.sentence());
    }
    ArrayNode times = root.putArray("times");
    for (TimeExpression time : annotated.times()) {
      times
          .addArray()
          .add(time.text())
          .add(time.start())
          .add(time.end())
          .add(time.type())
          .add(time.value())
          .add(time.sentence());
    }
    return write(root);
  }

  static AnnotatedDocument annotation(String json, Document document, String annotator) {
    try {
      JsonNode root = MAPPER.readTree(json);
      List<Sentence> sentences = new ArrayList<>();
      for (JsonNode node : root.path("sentences")) {
        sentences.add(sentence(node, document.text()));
      }
      List<EntityMention> entities = new ArrayList<>();
      for (JsonNode e : root.path("entities")) {
        entities.add(
            new EntityMention(
                e.get(0).asText(),
                e.get(1).asText(),
                e.get(2).asInt(),
                e.get(3).asInt(),
                text(e.get(4)),
                e.get(5).asInt()));
      }
      List<TimeExpression> times = new ArrayList<>();
      for (JsonNode t : root.path("times")) {
        times.add(
            new TimeExpression(
                t.get(0).asText(),
                t.get(1).asInt(),
                t.get(2).asInt(),
                t.get(3).asText(),
                text(t.get(4)),
                t.get(5).asInt()));
      }
      return new AnnotatedDocument(document, sentences, entities, times, annotator);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new StoreException(
          "corrupt annotation column of " + document.id() + ": " + e.getMessage(), e);
    }
  }

  private static ArrayNode token(Token token, String text) {
    boolean asInText =
        token.end() <= text.length()
            && text.substring(token.start(), token.end()).equals(token.text());
    ArrayNode node = MAPPER.createArrayNode();
    node.add(token.index()).add(token.start()).add(token.end());
    node.add(asInText ? null : token.text());
    return node.add(token.lemma()).add(token.pos()).add(token.ner());
  }

  private static Sentence sentence(JsonNode node, String text) {
    List<Token> tokens = new ArrayList<>();
    for (JsonNode t : node.path("tokens")) {
      int start = t.get(1).asInt();
      int end = t.get(2).asInt();
      String written = text(t.get(3));
      tokens.add(
          new Token(
              t.get(0).asInt(),
              written != null ? written : text.substring(start, end),
              start,
              end,
              text(t.get(4)),
              text(t.get(5)),
              t.get(6).asText()));
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (JsonNode d : node.path("dependencies")) {
      dependencies.add(new Dependency(d.get(0).asText(), d.get(1).asInt(), d.get(2).asInt()));
    }
    return new Sentence(
        node.get("index").asInt(),
        node.get("start").asInt(),
        node.get("end").asInt(),
        tokens,
        dependencies);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON of " + value.getClass(), e);
    }
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
