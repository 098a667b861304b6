package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.ProgressListener;
import org.sitrep.testkit.Corpus;

/**
 * The REST API against the real server on a free port, over a store holding the five seed reports
 * (ingested once: CoreNLP runs here). Writes carry the token the server was started with.
 */
class SitrepServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "test-token";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static Engine engine;
  private static SitrepServer server;

  @BeforeAll
  static void serveTheSeeds() {
    engine = Engine.open(EngineConfig.defaults(dir.resolve("store")));
    engine.ingest(List.of(Corpus.seeds()), ProgressListener.none());
    server =
        SitrepServer.start(
            engine, ServerConfig.loopback(0).withToken(TOKEN).withMaxBodyBytes(64 * 1024));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (engine != null) {
      engine.close();
    }
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  private static HttpResponse<String> post(String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/api/documents"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  private static HttpResponse<String> postWithToken(String body)
      throws IOException, InterruptedException {
    return post(body, "Content-Type", "application/json", "Authorization", "Bearer " + TOKEN);
  }

  private static HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asText()).isNotBlank();
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    return problem;
  }

  private static JsonNode kabulBombing() throws IOException, InterruptedException {
    for (JsonNode incident : json(get("/api/incidents?limit=1000")).get("incidents")) {
      if (incident.get("subtype").asText().equals("Suicide bomb")) {
        return incident;
      }
    }
    throw new AssertionError("no suicide bombing among the seeds' incidents");
  }

  @Test
  void listsTheIncidentsAsSummariesWithTheirTotal() throws Exception {
    HttpResponse<String> response = get("/api/incidents");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode answer = json(response);
    assertThat(answer.get("total").asInt()).isPositive();
    assertThat(answer.get("incidents").size()).isEqualTo(answer.get("total").asInt());
    JsonNode first = answer.get("incidents").get(0);
    assertThat(first.has("fatalities")).isTrue();
    assertThat(first.has("sources")).isTrue();
    assertThat(first.has("claims")).isFalse();
  }

  @Test
  void pagesWithLimitAndOffset() throws Exception {
    JsonNode all = json(get("/api/incidents"));
    JsonNode second = json(get("/api/incidents?limit=1&offset=1"));

    assertThat(second.get("limit").asInt()).isEqualTo(1);
    assertThat(second.get("incidents").size()).isEqualTo(Math.min(1, all.get("total").asInt() - 1));
    if (all.get("total").asInt() > 1) {
      assertThat(second.get("incidents").get(0).get("id"))
          .isEqualTo(all.get("incidents").get(1).get("id"));
    }
    assertThat(json(get("/api/incidents?offset=100000")).get("incidents")).isEmpty();
  }

  @Test
  void filtersByCountryDatesTypeActorAndWords() throws Exception {
    String kabul = kabulBombing().get("id").asText();
    List<String> filters =
        List.of(
            "country=AF",
            "since=2021-08-26&until=2021-08-26",
            "type=" + query("Suicide bomb"),
            "type=" + query("Explosions/Remote violence"),
            "actor=" + query("Islamic State"),
            "q=" + query("kabul airport"));

    for (String filter : filters) {
      assertThat(ids(json(get("/api/incidents?" + filter)))).as(filter).contains(kabul);
    }
    assertThat(ids(json(get("/api/incidents?country=NO")))).doesNotContain(kabul);
    assertThat(json(get("/api/incidents?q=" + query("zzzz nowhere"))).get("total").asInt())
        .isZero();
  }

  @Test
  void theWordsFilterSearchesTheIncidentsIndexWithTheOtherFiltersAndSorting() throws Exception {
    String kabul = kabulBombing().get("id").asText();

    assertThat(ids(json(get("/api/incidents?q=" + query("ISIS-K"))))).contains(kabul);
    assertThat(ids(json(get("/api/incidents?q=" + query("kabul bombings"))))).contains(kabul);
    assertThat(ids(json(get("/api/incidents?q=" + query("\"kabul airport\" OR nowhere")))))
        .contains(kabul);
    assertThat(ids(json(get("/api/incidents?q=kabul&country=NO")))).isEmpty();
    assertThat(ids(json(get("/api/incidents?q=kabul&country=AF&sort=-fatalities"))))
        .contains(kabul);
    assertThat(ids(json(get("/api/incidents?q=" + query("kabul -kabul"))))).isEmpty();
  }

  @Test
  void searchesDocumentsAndIncidentsWithFragmentsAsTextAndMatchOffsets() throws Exception {
    HttpResponse<String> response = get("/api/search?q=" + query("kabul airport"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode answer = json(response);
    assertThat(answer.get("q").asText()).isEqualTo("kabul airport");
    assertThat(answer.get("kind").asText()).isEqualTo("both");
    assertThat(answer.get("total").asInt()).isGreaterThanOrEqualTo(answer.get("hits").size());
    List<String> kinds = new ArrayList<>();
    int matches = 0;
    for (JsonNode hit : answer.get("hits")) {
      kinds.add(hit.get("kind").asText());
      assertThat(hit.get("id").asText()).isNotBlank();
      assertThat(hit.get("label").asText()).isNotBlank();
      assertThat(hit.get("score").asDouble()).isPositive();
      for (JsonNode fragment : hit.get("fragments")) {
        String text = fragment.get("text").asText();
        for (JsonNode match : fragment.get("matches")) {
          String word = text.substring(match.get(0).asInt(), match.get(1).asInt());
          assertThat(word.toLowerCase(java.util.Locale.ROOT)).matches("kabul([’']s)?|airports?");
          matches++;
        }
      }
    }
    assertThat(kinds).contains("document", "incident");
    assertThat(matches).isPositive();
    assertThat(answer.get("diagnostics").isArray()).isTrue();
  }

  @Test
  void searchFindsTheOtherFormsOfAWordAndKeepsToTheKindAskedFor() throws Exception {
    JsonNode documents = json(get("/api/search?kind=documents&q=kills&limit=100"));
    JsonNode incidents = json(get("/api/search?kind=incidents&q=kabul"));

    assertThat(documents.get("hits")).isNotEmpty();
    documents
        .get("hits")
        .forEach(hit -> assertThat(hit.get("kind").asText()).isEqualTo("document"));
    assertThat(documents.get("hits").toString()).containsIgnoringCase("killed");
    assertThat(ids(incidents.get("hits"))).contains(kabulBombing().get("id").asText());
    incidents
        .get("hits")
        .forEach(hit -> assertThat(hit.get("kind").asText()).isEqualTo("incident"));
    String firstId = documents.get("hits").get(0).get("id").asText();
    assertThat(get("/api/documents/" + query(firstId)).statusCode()).isEqualTo(200);
  }

  @Test
  void pagesThroughSearchHits() throws Exception {
    JsonNode all = json(get("/api/search?q=kabul&limit=100"));
    JsonNode second = json(get("/api/search?q=kabul&limit=1&offset=1"));

    assertThat(all.get("total").asInt()).isGreaterThan(1);
    assertThat(second.get("limit").asInt()).isEqualTo(1);
    assertThat(second.get("hits")).hasSize(1);
    assertThat(second.get("hits").get(0).get("id")).isEqualTo(all.get("hits").get(1).get("id"));
    assertThat(json(get("/api/search?q=zzzznothing")).get("total").asInt()).isZero();
  }

  @Test
  void sortsByFatalitiesMostFirst() throws Exception {
    List<Long> best = new ArrayList<>();
    for (JsonNode incident : json(get("/api/incidents?sort=-fatalities")).get("incidents")) {
      JsonNode value = incident.get("fatalities").get("best");
      if (!value.isNull()) {
        best.add(value.asLong());
      }
    }
    assertThat(best).isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  void answersOneIncidentWithClaimsSentencesSourcesAndDecisions() throws Exception {
    String id = kabulBombing().get("id").asText();

    HttpResponse<String> response = get("/api/incidents/" + id);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode incident = json(response);
    assertThat(incident.get("id").asText()).isEqualTo(id);
    assertThat(incident.get("fatalities").get("best").asLong()).isPositive();
    assertThat(incident.get("claims")).isNotEmpty();
    JsonNode claim = incident.get("claims").get(0);
    assertThat(claim.get("text").asText()).isNotBlank();
    assertThat(claim.get("span")).hasSize(2);
    assertThat(incident.get("sources").get("independent").asInt()).isPositive();
    assertThat(incident.has("decisions")).isTrue();
  }

  @Test
  void anUnknownIncidentIsA404Problem() throws Exception {
    JsonNode problem = problem(get("/api/incidents/inc-00000000"), 404);

    assertThat(problem.get("detail").asText()).contains("inc-00000000");
  }

  @Test
  void badParametersAre400ProblemsNamingTheParameter() throws Exception {
    List<List<String>> cases =
        List.of(
            List.of("/api/incidents?since=yesterday", "since"),
            List.of("/api/incidents?until=2021-13-40", "until"),
            List.of("/api/incidents?since=2021-09-01&until=2021-08-01", "since"),
            List.of("/api/incidents?limit=0", "limit"),
            List.of("/api/incidents?limit=many", "limit"),
            List.of("/api/incidents?offset=-1", "offset"),
            List.of("/api/incidents?type=Picnic", "type"),
            List.of("/api/incidents?sort=colour", "sort"),
            List.of("/api/incidents?country=", "country"),
            List.of("/api/documents?limit=5000", "limit"),
            List.of("/api/export?format=xlsx", "format"),
            List.of("/api/export", "format"),
            List.of("/api/incidents?q=" + query("\"unclosed"), "'q' is not a valid query"),
            List.of("/api/incidents?q=" + query("x".repeat(501)), "'q' has 501 characters"),
            List.of("/api/incidents?q=", "q"),
            List.of("/api/search", "'q' is required"),
            List.of("/api/search?q=", "q"),
            List.of("/api/search?q=" + query("x".repeat(501)), "at most 500"),
            List.of("/api/search?q=" + query("\"unclosed"), "'q' is not a valid query"),
            List.of("/api/search?q=" + query("*bomb"), "'q' is not a valid query"),
            List.of("/api/search?q=" + query("title:(kabul"), "'q' is not a valid query"),
            List.of("/api/search?q=" + query("AND"), "'q' is not a valid query"),
            List.of("/api/search?q=kabul&kind=people", "kind"),
            List.of("/api/search?q=kabul&limit=0", "limit"),
            List.of("/api/search?q=kabul&limit=101", "limit"),
            List.of("/api/search?q=kabul&offset=-1", "offset"),
            List.of("/api/search?q=kabul&offset=10001", "offset"));
    for (List<String> badCase : cases) {
      JsonNode problem = problem(get(badCase.get(0)), 400);
      assertThat(problem.get("detail").asText()).as(badCase.get(0)).contains(badCase.get(1));
    }
  }

  @Test
  void anUnknownPathIsA404Problem() throws Exception {
    problem(get("/api/nothing-here"), 404);
    problem(get("/api/incidents/x/y"), 404);
  }

  @Test
  void aPathThatClimbsOutIsA400ProblemAndAnEncodedOneIsJustAnUnknownId() throws Exception {
    problem(get("/../../etc/passwd"), 400);
    problem(get("/api/documents/..%2F..%2Fetc%2Fpasswd"), 404);
  }

  @Test
  void listsTheDocuments() throws Exception {
    JsonNode answer = json(get("/api/documents?limit=2"));

    assertThat(answer.get("total").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(answer.get("documents")).hasSize(2);
    assertThat(answer.get("documents").get(0).get("id").asText()).startsWith("000_");
    assertThat(answer.get("documents").get(0).get("length").asInt()).isPositive();
  }

  @Test
  void answersADocumentsCleanTextWithTheSpansOfItsClaims() throws Exception {
    String id = kabulBombing().get("documents").get(0).asText();

    JsonNode document = json(get("/api/documents/" + query(id)));

    String text = document.get("text").asText();
    assertThat(text).isNotBlank();
    assertThat(document.get("incidents").toString()).contains(kabulBombing().get("id").asText());
    int claims = 0;
    for (JsonNode event : document.get("events")) {
      for (JsonNode claim : event.get("claims")) {
        int start = claim.get("span").get(0).asInt();
        int end = claim.get("span").get(1).asInt();
        assertThat(text.substring(start, end)).isEqualTo(claim.get("text").asText());
        claims++;
      }
    }
    assertThat(claims).isPositive();
  }

  @Test
  void anUnknownDocumentIsA404Problem() throws Exception {
    problem(get("/api/documents/no-such-document.txt"), 404);
  }

  @Test
  void listsActorsWithTheirIncidentCounts() throws Exception {
    JsonNode actors = json(get("/api/actors")).get("actors");

    assertThat(actors).isNotEmpty();
    assertThat(actors.get(0).get("incidents").asInt()).isPositive();
    assertThat(actors.get(0).get("roles").size()).isPositive();
    assertThat(actors.toString()).contains("Islamic State");
  }

  @Test
  void listsEachActorsAliasesKindAndTheWordsReportsNamedItWith() throws Exception {
    JsonNode iskp = actor(json(get("/api/actors")), "Islamic State Khorasan Province");

    assertThat(texts(iskp.get("aliases"))).contains("ISIS-K", "IS-K", "ISKP");
    assertThat(iskp.get("kind").asText()).isEqualTo("rebel-group");
    assertThat(iskp.get("country").asText()).isEqualTo("AF");
    assertThat(texts(iskp.get("named"))).contains("ISIS-Khorasan");
    assertThat(iskp.get("roles").get("perpetrator").asInt()).isPositive();
  }

  @Test
  void theActorsFollowTheIncidentFilters() throws Exception {
    JsonNode inAfghanistan = json(get("/api/actors?country=AF&since=2021-08-26&until=2021-08-26"));
    JsonNode inNorway = json(get("/api/actors?country=NO"));

    assertThat(inAfghanistan.get("actors").toString()).contains("Islamic State Khorasan Province");
    assertThat(inNorway.get("actors")).isEmpty();
    assertThat(problem(get("/api/actors?since=soon"), 400).get("detail").asText())
        .contains("since");
  }

  @Test
  void theActorGraphLinksThePerpetratorToWhomTheIncidentHit() throws Exception {
    JsonNode graph = json(get("/api/actors/graph"));
    String bombing = kabulBombing().get("id").asText();

    JsonNode iskp = node(graph, "Islamic State Khorasan Province");
    assertThat(texts(iskp.get("aliases"))).contains("ISIS-K");
    List<JsonNode> fromIskp = new ArrayList<>();
    for (JsonNode edge : graph.get("edges")) {
      assertThat(node(graph, edge.get("source").asText())).isNotNull();
      assertThat(node(graph, edge.get("target").asText())).isNotNull();
      if (edge.get("source").asText().equals("Islamic State Khorasan Province")) {
        fromIskp.add(edge);
      }
    }
    assertThat(fromIskp)
        .anySatisfy(
            edge -> {
              assertThat(edge.get("role").asText()).isEqualTo("perpetrator");
              assertThat(texts(edge.get("incidents"))).contains(bombing);
              assertThat(edge.get("target").asText()).startsWith(ActorGraph.GROUP_PREFIX);
              assertThat(edge.get("target").asText()).contains("US military");
              assertThat(edge.get("fatalities").asLong()).isPositive();
            });
    assertThat(node(graph, ActorGraph.GROUP_PREFIX + "US military").get("kind").asText())
        .isEqualTo("group");
  }

  @Test
  void theActorGraphFollowsTheIncidentFiltersAndChecksThem() throws Exception {
    JsonNode none = json(get("/api/actors/graph?country=NO"));

    assertThat(none.get("nodes")).isEmpty();
    assertThat(none.get("edges")).isEmpty();
    assertThat(json(get("/api/actors/graph?type=" + query("Suicide bomb"))).get("edges"))
        .isNotEmpty();
    problem(get("/api/actors/graph?type=Picnic"), 400);
    problem(get("/api/actors/graph?since=2021-09-01&until=2021-08-01"), 400);
  }

  @Test
  void countsWhatTheStoreHolds() throws Exception {
    JsonNode stats = json(get("/api/stats"));

    assertThat(stats.get("documents").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(stats.get("incidents").asInt()).isPositive();
    assertThat(stats.get("byType").size()).isPositive();
    assertThat(stats.get("byCountry").has("AF")).isTrue();
    assertThat(stats.get("fatalitiesBest").asLong()).isPositive();
  }

  @Test
  void exportsInEveryFormatWithItsMediaType() throws Exception {
    HttpResponse<String> json = get("/api/export?format=json");
    HttpResponse<String> acled = get("/api/export?format=acled");
    HttpResponse<String> ucdp = get("/api/export?format=ucdp");
    HttpResponse<String> gtd = get("/api/export?format=gtd");
    HttpResponse<String> geojson = get("/api/export?format=geojson&country=AF");

    assertThat(json(json).get("incidents")).isNotEmpty();
    assertThat(acled.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(acled.body()).startsWith("event_id_cnty").contains("\r\n");
    assertThat(ucdp.body().lines().count()).isGreaterThan(1);
    assertThat(gtd.body().lines().count()).isGreaterThan(1);
    assertThat(geojson.headers().firstValue("Content-Type")).hasValue("application/geo+json");
    assertThat(json(geojson).get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(acled.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("sitrep-acled.csv");
  }

  @Test
  void theOpenApiDocumentListsEveryEndpoint() throws Exception {
    JsonNode openApi = json(get("/openapi.json"));

    assertThat(openApi.get("openapi").asText()).startsWith("3.");
    JsonNode paths = openApi.get("paths");
    for (String path :
        List.of(
            "/api/incidents",
            "/api/incidents/{id}",
            "/api/documents",
            "/api/documents/{id}",
            "/api/actors",
            "/api/actors/graph",
            "/api/stats",
            "/api/export",
            "/api/search",
            "/openapi.json",
            "/api")) {
      assertThat(paths.has(path)).as(path).isTrue();
    }
    assertThat(paths.get("/api/documents").has("post")).isTrue();
  }

  @Test
  void theApiPageIsReadableHtml() throws Exception {
    HttpResponse<String> page = get("/api");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(page.body())
        .contains("<h1>Sitrep REST API</h1>")
        .contains("GET /api/incidents")
        .contains("GET /api/search");
  }

  @Test
  void sendsNoCorsHeadersToOtherOrigins() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri("/api/incidents"))
                .header("Origin", "https://elsewhere.example")
                .GET()
                .build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void writesWithoutTheTokenAre401() throws Exception {
    String body = "{\"text\": \"Nothing happened.\"}";

    problem(post(body, "Content-Type", "application/json"), 401);
    problem(post(body, "Content-Type", "application/json", "Authorization", "Bearer wrong"), 401);
  }

  @Test
  void aBodyThatIsNotJsonIs415Or400() throws Exception {
    problem(post("text", "Content-Type", "text/plain", "Authorization", "Bearer " + TOKEN), 415);
    problem(postWithToken("{not json"), 400);
    problem(postWithToken("[1, 2]"), 400);
    problem(postWithToken("{\"title\": \"no text\"}"), 400);
    problem(postWithToken("{\"text\": 12}"), 400);
    problem(postWithToken("{\"text\": \"x\", \"colour\": \"red\"}"), 400);
  }

  @Test
  void aBodyAboveTheLimitIs413() throws Exception {
    String text = "word ".repeat(20_000);

    problem(postWithToken("{\"text\": \"" + text + "\"}"), 413);
  }

  @Test
  void aDocumentTheEngineRefusesIs422WithTheReason() throws Exception {
    JsonNode problem = problem(postWithToken("{\"id\": \"blank\", \"text\": \"   \"}"), 422);

    assertThat(problem.get("reason").asText()).isEqualTo("empty");
  }

  @Test
  void aPostedReportIsStoredAndJoinsItsIncident() throws Exception {
    String body =
        JSON.writeValueAsString(
            java.util.Map.of(
                "id",
                "posted-kabul.txt",
                "title",
                "Kabul airport attack toll rises",
                "published",
                "2021-08-27",
                "text",
                "At least 170 people were killed in the suicide bombing at Kabul airport on"
                    + " Thursday, Afghan health officials said on Friday. Islamic State Khorasan"
                    + " Province claimed the attack."));

    HttpResponse<String> created = postWithToken(body);
    HttpResponse<String> again = postWithToken(body);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode answer = json(created);
    assertThat(answer.get("id").asText()).isEqualTo("posted-kabul.txt");
    assertThat(answer.get("duplicate").asBoolean()).isFalse();
    assertThat(answer.get("incidents")).isNotEmpty();
    assertThat(created.headers().firstValue("Location"))
        .hasValue("/api/documents/posted-kabul.txt");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("duplicate").asBoolean()).isTrue();
    assertThat(get("/api/documents/posted-kabul.txt").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesToListenBeyondLoopbackWithoutAToken() {
    assertThatThrownBy(() -> new ServerConfig("0.0.0.0", 0, null, 1024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token");
    assertThat(new ServerConfig("0.0.0.0", 0, "t", 1024).token()).isEqualTo("t");
    assertThat(new ServerConfig("localhost", 0, null, 1024).token()).isNull();
  }

  private static JsonNode actor(JsonNode answer, String name) {
    for (JsonNode actor : answer.get("actors")) {
      if (actor.get("name").asText().equals(name)) {
        return actor;
      }
    }
    throw new AssertionError("no actor " + name + " in " + answer);
  }

  private static JsonNode node(JsonNode graph, String id) {
    for (JsonNode node : graph.get("nodes")) {
      if (node.get("id").asText().equals(id)) {
        return node;
      }
    }
    throw new AssertionError("no node " + id + " in " + graph.get("nodes"));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static List<String> ids(JsonNode answerOrItems) {
    JsonNode items =
        answerOrItems.has("incidents") ? answerOrItems.get("incidents") : answerOrItems;
    List<String> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }
}
