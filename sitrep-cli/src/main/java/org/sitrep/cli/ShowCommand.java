package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.output.IncidentJson;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;
import org.sitrep.model.Report;
import org.sitrep.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep show ID}: one incident with its evidence. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Shows one incident of the store: its estimates and the claims they came from, the"
          + " conflicts and how each was settled, every claim with its sentence and document, the"
          + " documents and which copy which, and why the accounts were linked. Exit code 1 when"
          + " no incident has that id."
    })
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption storeOption;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  Format format = Format.TEXT;

  @Parameters(paramLabel = "ID", description = "the incident's id, such as inc-4c1f0a2e")
  String id;

  /** The formats of {@code sitrep show}. */
  enum Format {
    TEXT,
    JSON
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Engine engine = Engine.open(EngineConfig.defaults(storeOption.resolve()))) {
      DocumentStore store = engine.store();
      Incident incident = store.incident(id).orElse(null);
      if (incident == null) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("sitrep: no incident " + id + " in " + storeOption.resolve());
        err.flush();
        return ExitCodes.FAILURE;
      }
      Map<String, Report> reports = new LinkedHashMap<>();
      for (String document : incident.documents()) {
        store.report(document).ifPresent(report -> reports.put(document, report));
      }
      if (format == Format.JSON) {
        Map<String, Document> documents = new LinkedHashMap<>();
        reports.forEach((name, report) -> documents.put(name, report.document()));
        out.println(IncidentJson.pretty(IncidentJson.of(incident, documents)));
      } else {
        new IncidentText(out, reports).print(incident);
      }
    }
    out.flush();
    return ExitCodes.DONE;
  }
}
