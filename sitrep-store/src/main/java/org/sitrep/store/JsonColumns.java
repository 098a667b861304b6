package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.DocumentQuality;
import org.sitrep.model.OffsetMap;

/** The JSON kept in the documents table's {@code offsets} and {@code quality} columns. */
final class JsonColumns {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private JsonColumns() {}

  static String offsets(OffsetMap offsets) {
    return write(MAPPER.valueToTree(offsets.toPairs()));
  }

  static OffsetMap offsets(String json) {
    try {
      return OffsetMap.fromPairs(MAPPER.readValue(json, int[][].class));
    } catch (JsonProcessingException e) {
      throw new StoreException("corrupt offsets column", e);
    }
  }

  static String quality(DocumentQuality quality) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("boilerplateRemoved", quality.boilerplateRemoved());
    node.put("repeatsRemoved", quality.repeatsRemoved());
    node.put("duplicateOf", quality.duplicateOf());
    if (quality.paraphraseScore() != null) {
      node.put("paraphraseScore", quality.paraphraseScore());
    }
    ArrayNode diagnostics = node.putArray("diagnostics");
    quality
        .diagnostics()
        .forEach(d -> diagnostics.addObject().put("code", d.code()).put("message", d.message()));
    return write(node);
  }

  static DocumentQuality quality(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("corrupt quality column", e);
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    node.get("diagnostics")
        .forEach(
            d ->
                diagnostics.add(new Diagnostic(d.get("code").asText(), d.get("message").asText())));
    JsonNode duplicateOf = node.get("duplicateOf");
    JsonNode paraphrase = node.get("paraphraseScore");
    return new DocumentQuality(
        node.get("boilerplateRemoved").asInt(),
        node.get("repeatsRemoved").asInt(),
        duplicateOf == null || duplicateOf.isNull() ? null : duplicateOf.asText(),
        paraphrase == null || paraphrase.isNull() ? null : paraphrase.asDouble(),
        diagnostics);
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON of a tree cannot fail", e);
    }
  }
}
