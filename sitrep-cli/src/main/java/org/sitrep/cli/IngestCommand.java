package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.IngestSummary;
import org.sitrep.engine.ProgressListener;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Refusal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest}: reads documents into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads files and folders (.txt, .html, .jsonl, RSS/Atom .xml, .warc, .warc.gz) into the"
          + " store: cleaned text, publication date with its evidence, language, and the events"
          + " each new text tells of; then resolves the incidents of all stored reports again."
          + " Ingesting the same content again changes nothing. Refused inputs are reported on"
          + " stderr and recorded.",
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption storeOption;

  @Option(
      names = "--no-events",
      description =
          "store the cleaned documents only: no NLP, no events, no incidents (fast); a later"
              + " ingest of the same inputs without this option extracts them")
  boolean noEvents;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to read")
  List<String> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestSummary summary;
    List<Diagnostic> index;
    try (Engine engine = Engine.open(EngineConfig.defaults(storeOption.resolve()))) {
      summary = engine.ingest(Inputs.paths(spec, paths), !noEvents, progress(err));
      index = engine.store().searchDiagnostics();
    }
    for (Diagnostic diagnostic : index) {
      err.println("sitrep: search index: " + diagnostic.message());
    }
    for (Refusal refusal : summary.refused()) {
      err.println("refused " + refusal);
    }
    err.flush();
    out.printf(
        "read %d, new %d, duplicate %d, refused %d, skipped %d%n",
        summary.read(),
        summary.added(),
        summary.duplicates(),
        summary.refused().size(),
        summary.skipped().size());
    if (summary.incidents() >= 0) {
      out.printf(
          "extracted %d, events %d, incidents in the store %d%n",
          summary.extracted(), summary.events(), summary.incidents());
    }
    out.flush();
    return summary.refused().isEmpty() ? ExitCodes.DONE : ExitCodes.SOME_REFUSED;
  }

  /** Progress on stderr, at most every two seconds, only for runs long enough to need it. */
  private static ProgressListener progress(PrintWriter err) {
    long started = System.nanoTime();
    long[] last = {started};
    return (done, refused) -> {
      long now = System.nanoTime();
      if (now - last[0] > 2_000_000_000L) {
        last[0] = now;
        err.printf("... %d inputs, %d refused%n", done, refused);
        err.flush();
      }
    };
  }
}
