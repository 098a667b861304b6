package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.output.ExportFormat;
import org.sitrep.engine.output.Exports;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;
import org.sitrep.store.IncidentFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep incidents}: the reconciled incidents in the store. */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the incidents in the store (resolved from every stored report at each ingest),"
          + " ordered by date then id: a table, the INCIDENT JSON of 'sitrep resolve', CSV with a"
          + " header, or a GeoJSON FeatureCollection of the incidents with coordinates."
    })
final class IncidentsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption storeOption;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table (default), json, csv or geojson")
  IncidentFormat format = IncidentFormat.TABLE;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "dated on or after this day")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "dated on or before this day")
  LocalDate until;

  @Option(names = "--country", paramLabel = "C", description = "ISO 3166 code or English name")
  String country;

  @Option(names = "--type", paramLabel = "T", description = "ACLED event type or sub-event type")
  String type;

  @Option(names = "--actor", paramLabel = "A", description = "words of an actor's name")
  String actor;

  @Override
  public Integer call() {
    IncidentFilter filter = filter();
    PrintWriter out = spec.commandLine().getOut();
    try (Engine engine = Engine.open(EngineConfig.defaults(storeOption.resolve()))) {
      StoredIncidents stored =
          StoredIncidents.read(engine.store(), filter, spec.commandLine().getErr());
      switch (format) {
        case TABLE -> IncidentTable.print(out, stored.incidents());
        case JSON -> Exports.write(out, ExportFormat.JSON, stored.incidents(), stored.documents());
        case CSV -> Exports.sitrepCsv(out, stored.incidents(), stored.documents());
        case GEOJSON ->
            Exports.write(out, ExportFormat.GEOJSON, stored.incidents(), stored.documents());
      }
    }
    out.flush();
    return ExitCodes.DONE;
  }

  private IncidentFilter filter() {
    if (since != null && until != null && since.isAfter(until)) {
      throw new ParameterException(
          spec.commandLine(), "--since " + since + " is after --until " + until);
    }
    if (type != null && !knownType(type)) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown --type '"
              + type
              + "': give an ACLED event type or sub-event type, such as"
              + " 'Explosions/Remote violence' or 'Suicide bomb'");
    }
    if (country != null && country.isBlank() || actor != null && actor.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--country and --actor must not be blank");
    }
    return new IncidentFilter(since, until, country, type, actor);
  }

  private static boolean knownType(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Stream.concat(
            Arrays.stream(EventType.values()).map(EventType::label),
            Arrays.stream(SubEventType.values()).map(SubEventType::label))
        .anyMatch(label -> label.toLowerCase(Locale.ROOT).equals(wanted));
  }
}
