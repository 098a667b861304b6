package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.model.Refusal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep extract}: stateless per-document processing, one JSON line per input document. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads documents (files, folders, or JSON lines from stdin with '-') and writes one JSON line"
          + " per input document, in input order: id, publication date with its evidence, the"
          + " events the report tells of (type, date, place, actors, responsibility, figures, and"
          + " every claim with its words and offsets), and the refusal if the input was refused."
          + " Uses no store.",
      "Event extraction is a first version: one event per sentence, figures read within their"
          + " sentence. --no-events skips NLP and extraction (fast: cleaning and dates only)."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders, or - for stdin")
  List<String> paths;

  @Option(names = "--text", description = "add the clean text as \"text\"")
  boolean text;

  @Option(
      names = "--annotate",
      description = "add the NLP annotations: sentences, entities and time expressions")
  boolean annotate;

  @Option(names = "--no-events", description = "skip NLP and event extraction")
  boolean noEvents;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Refusal> refusals = new ArrayList<>();
    try (Engine engine = Engine.open(EngineConfig.defaults(Path.of("sitrep-data")))) {
      var sink =
          (java.util.function.Consumer<org.sitrep.engine.Extraction>)
              extraction -> {
                out.println(JsonLines.extractLine(extraction, text, annotate));
                out.flush();
                if (extraction.isRefused()) {
                  refusals.add(extraction.refusal());
                  err.println("refused " + extraction.refusal());
                  err.flush();
                }
              };
      if (paths.equals(List.of("-"))) {
        engine.extract(System.in, !noEvents, sink);
      } else {
        engine.extract(Inputs.paths(spec, paths), !noEvents, sink);
      }
    }
    return refusals.isEmpty() ? ExitCodes.DONE : ExitCodes.SOME_REFUSED;
  }
}
