package org.sitrep.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Golden files: expected output kept as canonical JSON (keys sorted, two-space indent) in a file
 * beside the test's inputs. With {@code -Dgolden.update=true} the file is rewritten from the actual
 * output instead of compared, and the diff is reviewed in version control.
 */
public final class Golden {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Golden() {}

  /** Whether this run rewrites golden files. */
  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
  }

  /** Canonical text of a JSON tree: keys sorted at every level, two-space indent, final newline. */
  public static String canonical(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(sorted(node)).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Canonical text of a JSON document given as text. */
  public static String canonical(String json) {
    try {
      return canonical(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Compares {@code actual} with the golden file, or rewrites the file when updating. */
  public static void assertMatches(Path goldenFile, JsonNode actual) {
    String text = canonical(actual);
    try {
      if (updating() || !Files.exists(goldenFile)) {
        Files.createDirectories(goldenFile.toAbsolutePath().getParent());
        Files.writeString(goldenFile, text, StandardCharsets.UTF_8);
        if (!updating()) {
          throw new AssertionError("golden file was missing, now written: " + goldenFile);
        }
        return;
      }
      String expected = Files.readString(goldenFile, StandardCharsets.UTF_8);
      assertThat(text)
          .as("golden file %s (-Dgolden.update=true rewrites it)", goldenFile)
          .isEqualTo(canonical(expected));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      Iterator<String> it = node.fieldNames();
      it.forEachRemaining(names::add);
      Collections.sort(names);
      ObjectNode copy = MAPPER.createObjectNode();
      for (String name : names) {
        copy.set(name, sorted(node.get(name)));
      }
      return copy;
    }
    if (node.isArray()) {
      var copy = MAPPER.createArrayNode();
      node.forEach(element -> copy.add(sorted(element)));
      return copy;
    }
    return node;
  }
}
