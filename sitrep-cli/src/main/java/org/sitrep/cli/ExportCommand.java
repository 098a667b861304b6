package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.output.ExportFormat;
import org.sitrep.engine.output.Exports;
import org.sitrep.store.IncidentFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: every incident in the store, in another dataset's schema. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every incident in the store: json (the INCIDENT objects, as 'sitrep resolve'),"
          + " acled, ucdp or gtd (CSV with those datasets' column names, empty where Sitrep has no"
          + " value, never 0 for unknown), or geojson."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption storeOption;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "json, acled, ucdp, gtd or geojson")
  ExportFormat format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Engine engine = Engine.open(EngineConfig.defaults(storeOption.resolve()))) {
      StoredIncidents stored =
          StoredIncidents.read(engine.store(), IncidentFilter.ALL, spec.commandLine().getErr());
      Exports.write(out, format, stored.incidents(), stored.documents());
    }
    out.flush();
    return ExitCodes.DONE;
  }
}
