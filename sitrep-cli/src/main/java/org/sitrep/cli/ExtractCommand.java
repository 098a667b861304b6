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
          + " per input document, in input order: id, publication date with its evidence, events,"
          + " and the refusal if the input was refused. Uses no store.",
      "Note: 'events' is an empty list until the event-extraction stage lands; today the line"
          + " carries the cleaned document (title, language, quality) and, with --annotate, its"
          + " NLP annotations."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders, or - for stdin")
  List<String> paths;

  @Option(names = "--text", description = "add the clean text as \"text\"")
  boolean text;

  @Option(
      names = "--annotate",
      description = "run the NLP annotator and add sentences, entities and time expressions")
  boolean annotate;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Refusal> refusals = new ArrayList<>();
    try (Engine engine = Engine.open(EngineConfig.defaults(Path.of("sitrep-data")))) {
      var sink =
          (java.util.function.Consumer<org.sitrep.engine.Extraction>)
              extraction -> {
                out.println(JsonLines.extractLine(extraction, text));
                out.flush();
                if (extraction.isRefused()) {
                  refusals.add(extraction.refusal());
                  err.println("refused " + extraction.refusal());
                  err.flush();
                }
              };
      if (paths.equals(List.of("-"))) {
        engine.extract(System.in, annotate, sink);
      } else {
        engine.extract(Inputs.paths(spec, paths), annotate, sink);
      }
    }
    return refusals.isEmpty() ? ExitCodes.DONE : ExitCodes.SOME_REFUSED;
  }
}
