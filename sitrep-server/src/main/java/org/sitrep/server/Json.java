package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/** The server's one JSON mapper and how an answer is written with it. */
final class Json {
  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  static final String MEDIA_TYPE = "application/json";

  private Json() {}

  /** Answers the node as JSON with this status. */
  static void send(Context context, int status, JsonNode node) {
    context.status(status).contentType(MEDIA_TYPE).result(write(node));
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
