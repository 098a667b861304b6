package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.Resolution;
import org.sitrep.engine.output.IncidentJson;
import org.sitrep.model.Refusal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep resolve}: the whole flow in memory, one JSON document with all incidents. */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = {
      "Reads documents (files, folders, or JSON lines from stdin with '-'), extracts the events"
          + " each tells of, links the accounts of all of them into incidents and writes one JSON"
          + " document {\"incidents\": [...]}, ordered by date then id: reconciled figures (low /"
          + " best / high), conflicts, sources (reports / independent), every claim with its words"
          + " and offsets, and why accounts were linked. Uses no store."
    })
final class ResolveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders, or - for stdin")
  List<String> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Refusal> refusals = new ArrayList<>();
    Consumer<Refusal> refused =
        refusal -> {
          refusals.add(refusal);
          err.println("refused " + refusal);
          err.flush();
        };
    Resolution resolution;
    try (Engine engine = Engine.open(EngineConfig.defaults(Path.of("sitrep-data")))) {
      resolution =
          paths.equals(List.of("-"))
              ? engine.resolve(System.in, refused)
              : engine.resolve(Inputs.paths(spec, paths), refused);
    }
    out.println(IncidentJson.document(resolution.incidents(), resolution.documents()));
    out.flush();
    return refusals.isEmpty() ? ExitCodes.DONE : ExitCodes.SOME_REFUSED;
  }
}
