package org.sitrep.server;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.sitrep.engine.Engine;

/**
 * Sitrep's REST API on Javalin over one engine's store: routes, the token check for writes, the
 * size limit, and the one mapping of every error to a problem document. CORS is closed: no
 * cross-origin header is ever sent. Start it with {@link #start}, stop it with {@link #close()};
 * the engine stays the caller's to close.
 */
public final class SitrepServer implements AutoCloseable {
  static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

  /** The web UI's files, served at {@code /} from the class path (no directory listing). */
  static final String WEB_DIRECTORY = "/org/sitrep/server/web";

  /** The UI's pages load only their own scripts, styles and data. */
  static final String UI_POLICY =
      "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Javalin app;

  private SitrepServer(Javalin app) {
    this.app = app;
  }

  /** Starts the server; fails when the address cannot be bound. */
  public static SitrepServer start(Engine engine, ServerConfig config) {
    requireNonNull(engine, "engine");
    requireNonNull(config, "config");
    IncidentEndpoints incidents = new IncidentEndpoints(engine.store());
    DocumentEndpoints documents = new DocumentEndpoints(engine);
    SearchEndpoints search = new SearchEndpoints(engine.store());
    ApiDescription description = ApiDescription.load();
    Javalin app =
        Javalin.create(
            javalin -> {
              javalin.showJavalinBanner = false;
              javalin.http.maxRequestSize = config.maxBodyBytes();
              javalin.startupWatcherEnabled = false;
              javalin.jetty.modifyServer(jetty -> jetty.setErrorHandler(new ProblemErrorHandler()));
              javalin.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = WEB_DIRECTORY;
                    files.location = Location.CLASSPATH;
                  });
              // Leaflet and uPlot for the map and the timeline, from their WebJars at /webjars/.
              javalin.staticFiles.enableWebjars();
            });
    app.before(context -> secure(context, config));
    app.get("/api/incidents", incidents::list);
    app.get("/api/incidents/{id}", incidents::one);
    app.get("/api/actors", incidents::actors);
    app.get("/api/actors/graph", incidents::actorGraph);
    app.get("/api/stats", incidents::stats);
    app.get("/api/export", incidents::export);
    app.get("/api/documents", documents::list);
    app.get("/api/documents/{id}", documents::one);
    app.post("/api/documents", documents::add);
    app.get("/api/search", search::search);
    app.get("/openapi.json", description::json);
    app.get("/api", description::page);
    app.exception(Problem.class, (problem, context) -> answer(context, problem));
    app.exception(
        HttpResponseException.class,
        (error, context) -> answer(context, Problem.of(error.getStatus(), error.getMessage())));
    app.exception(Exception.class, (error, context) -> answer(context, Problem.internal()));
    app.error(
        404,
        context -> {
          if (!PROBLEM_MEDIA_TYPE.equals(context.res().getContentType())) {
            answer(context, Problem.notFound("no such resource: " + context.path()));
          }
        });
    app.start(config.bind(), config.port());
    return new SitrepServer(app);
  }

  /** The port listened on (the one chosen when the config asked for 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void secure(Context context, ServerConfig config) {
    context.header("X-Content-Type-Options", "nosniff");
    context.header("Referrer-Policy", "no-referrer");
    context.header("Cache-Control", "no-store");
    if (!context.path().startsWith("/api") && !context.path().equals("/openapi.json")) {
      context.header("Content-Security-Policy", UI_POLICY);
    }
    long length = context.contentLength();
    if (length > config.maxBodyBytes()) {
      throw Problem.tooLarge(
          "the body has " + length + " bytes; at most " + config.maxBodyBytes() + " are accepted");
    }
    if (context.method() != HandlerType.GET && context.method() != HandlerType.HEAD) {
      requireToken(context, config.token());
    }
  }

  private static void requireToken(Context context, String token) {
    if (token == null) {
      return;
    }
    String given = context.header("Authorization");
    String expected = "Bearer " + token;
    if (given == null
        || !MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      context.header("WWW-Authenticate", "Bearer");
      throw Problem.unauthorized("writes need 'Authorization: Bearer TOKEN'");
    }
  }

  private static void answer(Context context, Problem problem) {
    context
        .status(problem.status())
        .contentType(PROBLEM_MEDIA_TYPE)
        .result(problem.json(context.path()));
  }
}
