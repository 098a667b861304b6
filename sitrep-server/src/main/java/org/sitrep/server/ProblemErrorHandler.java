package org.sitrep.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own errors (a request it cannot parse, an ambiguous path such as {@code /../x}) as
 * problem documents too, instead of Jetty's HTML page, so no answer of the server is anything but
 * JSON and none carries a stack trace.
 */
final class ProblemErrorHandler extends ErrorHandler {
  ProblemErrorHandler() {
    setShowStacks(false);
    setShowServlet(false);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, SitrepServer.PROBLEM_MEDIA_TYPE);
    String detail = reason != null ? reason : "the request could not be read";
    return ByteBuffer.wrap(Problem.of(status, detail).json(null).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    baseRequest.setHandled(true);
    response.setContentType(SitrepServer.PROBLEM_MEDIA_TYPE);
    String detail = message != null ? message : "the request could not be answered";
    response
        .getOutputStream()
        .write(Problem.of(code, detail).json(null).getBytes(StandardCharsets.UTF_8));
  }
}
