package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.DocumentQuality;
import org.sitrep.model.OffsetMap;

/**
 * The JSON of the documents table's {@code offsets} and {@code quality} columns. The stored shape
 * is spelled out here, not derived from the model records, so renaming a model field cannot make
 * stored rows unreadable.
 */
final class JsonColumns {
  // Unknown fields are ignored so an older Sitrep can still read rows a newer one wrote.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private JsonColumns() {}

  static String offsets(OffsetMap offsets) {
    return write(offsets.toPairs());
  }

  static OffsetMap offsets(String json) {
    return OffsetMap.fromPairs(read(json, int[][].class, "offsets"));
  }

  static String quality(DocumentQuality quality) {
    return write(StoredQuality.of(quality));
  }

  static DocumentQuality quality(String json) {
    return read(json, StoredQuality.class, "quality").toModel();
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON of " + value.getClass(), e);
    }
  }

  private static <T> T read(String json, Class<T> type, String column) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("corrupt " + column + " column: " + e.getOriginalMessage(), e);
    }
  }

  /** The stored shape of {@link DocumentQuality}. */
  record StoredQuality(
      int boilerplateRemoved,
      int repeatsRemoved,
      String duplicateOf,
      Double paraphraseScore,
      List<StoredDiagnostic> diagnostics) {
    static StoredQuality of(DocumentQuality quality) {
      return new StoredQuality(
          quality.boilerplateRemoved(),
          quality.repeatsRemoved(),
          quality.duplicateOf(),
          quality.paraphraseScore(),
          quality.diagnostics().stream().map(StoredDiagnostic::of).toList());
    }

    DocumentQuality toModel() {
      List<StoredDiagnostic> stored = diagnostics == null ? List.of() : diagnostics;
      return new DocumentQuality(
          boilerplateRemoved,
          repeatsRemoved,
          duplicateOf,
          paraphraseScore,
          stored.stream().map(StoredDiagnostic::toModel).toList());
    }
  }

  /** The stored shape of {@link Diagnostic}. */
  record StoredDiagnostic(String code, String message) {
    static StoredDiagnostic of(Diagnostic diagnostic) {
      return new StoredDiagnostic(diagnostic.code(), diagnostic.message());
    }

    Diagnostic toModel() {
      return new Diagnostic(code, message);
    }
  }
}
