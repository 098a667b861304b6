package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.ProgressListener;

/** The server without a token, and when its store fails; no NLP runs here. */
class SitrepServerFailureTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir Path dir;

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(SitrepServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  @Test
  void onLoopbackWithoutATokenWritesNeedNone() throws Exception {
    try (Engine engine = Engine.open(EngineConfig.defaults(dir.resolve("store")));
        SitrepServer server = SitrepServer.start(engine, ServerConfig.loopback(0))) {
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(uri(server, "/api/documents"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"\"}"))
                  .build());

      assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
      assertThat(response.body()).contains("\"reason\":\"empty\"");
    }
  }

  @Test
  void aSearchIndexDeletedWhileServingIsBuiltAgainAndSaysSo() throws Exception {
    Path report = dir.resolve("report.txt");
    Files.writeString(report, "date 2021-08-26\nA bomb exploded near the airport in Kabul.\n");
    try (Engine engine = Engine.open(EngineConfig.defaults(dir.resolve("store")));
        SitrepServer server = SitrepServer.start(engine, ServerConfig.loopback(0))) {
      engine.ingest(List.of(report), false, ProgressListener.none());
      assertThat(get(server, "/api/search?q=bombs").body()).contains("report.txt");
      deleteTree(dir.resolve("store").resolve("search"));

      HttpResponse<String> response = get(server, "/api/search?q=bombs");

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.body())
          .contains("report.txt")
          .contains("\"code\":\"search-index-rebuilt\"")
          .doesNotContain(dir.toString());
    }
  }

  @Test
  void searchingAFailingStoreIsA500ProblemWithoutAStackTrace() throws Exception {
    Engine engine = Engine.open(EngineConfig.defaults(dir.resolve("store")));
    try (SitrepServer server = SitrepServer.start(engine, ServerConfig.loopback(0))) {
      engine.close();

      for (String path : List.of("/api/search?q=kabul", "/api/incidents?q=kabul")) {
        HttpResponse<String> response = get(server, path);

        assertThat(response.statusCode()).as(path).isEqualTo(500);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
      }
    }
  }

  private static HttpResponse<String> get(SitrepServer server, String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(server, path)).GET().build());
  }

  private static void deleteTree(Path path) throws IOException {
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }

  @Test
  void aFailingStoreIsA500ProblemWithoutAStackTrace() throws Exception {
    Engine engine = Engine.open(EngineConfig.defaults(dir.resolve("store")));
    try (SitrepServer server = SitrepServer.start(engine, ServerConfig.loopback(0))) {
      engine.close();

      HttpResponse<String> response =
          send(HttpRequest.newBuilder(uri(server, "/api/stats")).GET().build());

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(response.body())
          .contains("\"status\":500")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }
  }
}
