package org.sitrep.server;

import static java.util.Objects.requireNonNull;

/**
 * An HTTP error answered as an RFC 9457 problem document ({@code application/problem+json} with
 * type, title, status and detail). Handlers throw it; {@link SitrepServer} maps it once. The detail
 * speaks to the caller about the request, never about the server's insides.
 */
final class Problem extends RuntimeException {
  private final int status;
  private final String title;
  private final String reason;

  private Problem(int status, String title, String detail, String reason) {
    super(requireNonNull(detail, "detail"), null, false, false);
    this.status = status;
    this.title = requireNonNull(title, "title");
    this.reason = reason;
  }

  static Problem badRequest(String detail) {
    return new Problem(400, "Bad parameter", detail, null);
  }

  static Problem unauthorized(String detail) {
    return new Problem(401, "Token required", detail, null);
  }

  static Problem notFound(String detail) {
    return new Problem(404, "Not found", detail, null);
  }

  static Problem tooLarge(String detail) {
    return new Problem(413, "Too large", detail, null);
  }

  static Problem unsupportedMediaType(String detail) {
    return new Problem(415, "Unsupported media type", detail, null);
  }

  /** A document the engine refused, with the refusal's reason label ({@code empty}, ...). */
  static Problem refused(String reason, String detail) {
    return new Problem(422, "Document refused", detail, requireNonNull(reason, "reason"));
  }

  static Problem internal() {
    return new Problem(500, "Internal error", "the server failed; the request was not done", null);
  }

  /** The status of an HTTP error Javalin raised itself, with Javalin's message as the detail. */
  static Problem of(int status, String detail) {
    return switch (status) {
      case 400 -> new Problem(400, "Bad request", detail, null);
      case 404 -> notFound(detail);
      case 413 -> tooLarge(detail);
      default -> new Problem(status, "HTTP " + status, detail, null);
    };
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }

  /** The refusal reason of a 422, else null. */
  String reason() {
    return reason;
  }

  /** The problem document; {@code instance} is the request's path, or null. */
  String json(String instance) {
    com.fasterxml.jackson.databind.node.ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("type", type());
    body.put("title", title);
    body.put("status", status);
    body.put("detail", getMessage());
    if (reason != null) {
      body.put("reason", reason);
    }
    if (instance != null) {
      body.put("instance", instance);
    }
    return Json.write(body);
  }

  /** The problem type: a stable URI naming the kind of error. */
  String type() {
    return "https://sitrep.invalid/problems/"
        + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }
}
