package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the REST API over the store until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the web UI and the REST API over the store (the API is described at /api and"
          + " /openapi.json) until stopped with Ctrl-C. Listening beyond loopback needs a token, which writes (POST)"
          + " must then carry as 'Authorization: Bearer TOKEN'."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption storeOption;

  @Option(names = "--port", paramLabel = "PORT", description = "default 7070; 0 for any free port")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "the address to listen on (default 127.0.0.1, loopback only)")
  String bind = ServerConfig.DEFAULT_BIND;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "the bearer token writes need (default: $SITREP_TOKEN; prefer the variable, a command"
              + " line is visible to other users of the machine)")
  String token;

  @Override
  public Integer call() {
    ServerConfig config = config();
    Path store = storeOption.resolve();
    Engine engine = Engine.open(EngineConfig.defaults(store));
    return ForegroundServer.run(
        engine, config, spec.commandLine().getOut(), store.toString(), engine::close);
  }

  private ServerConfig config() {
    String given = token != null ? token : System.getenv("SITREP_TOKEN");
    try {
      return new ServerConfig(bind, port, given, ServerConfig.DEFAULT_MAX_BODY_BYTES);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
