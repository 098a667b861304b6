package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.IngestSummary;
import org.sitrep.engine.ProgressListener;
import org.sitrep.model.Claim;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Refusal;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.server.ServerConfig;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.IncidentFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep demo}: the main job on the bundled example reports. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Sitrep on the bundled example reports (examples/): ingests them into a fresh store,"
          + " lists the documents with their publication dates and evidence, the events each"
          + " report tells of, with their figures (hedges kept) and sources, and the incidents"
          + " they are linked into; then serves them with the web UI until stopped with Ctrl-C"
          + " (--no-serve ends the demo there)."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--examples",
      paramLabel = "DIR",
      description = "the example reports (default: examples/ of the Sitrep checkout)")
  Path examples;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "keep the demo store here (default: a temporary folder, removed at exit)")
  Path store;

  @Option(names = "--no-annotate", description = "skip the NLP part (faster)")
  boolean noAnnotate;

  @Option(
      names = "--no-serve",
      description = "end after printing, without serving the web UI (for scripts and tests)")
  boolean noServe;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description =
          "the port the web UI is served on, on loopback (default 7070; 0 for any free one)")
  int port = ServerConfig.DEFAULT_PORT;

  @Override
  public Integer call() throws IOException {
    ServerConfig serving = noServe ? null : serverConfig();
    PrintWriter out = spec.commandLine().getOut();
    Path folder = examples != null ? examples : defaultExamples();
    Path storeDir = store != null ? store : Files.createTempDirectory("sitrep-demo");
    out.println("Sitrep demo: the reports in " + folder);
    out.println("store: " + storeDir);
    out.println();
    Engine engine = Engine.open(EngineConfig.defaults(storeDir));
    Runnable cleanup =
        () -> {
          engine.close();
          if (store == null) {
            deleteRecursively(storeDir);
          }
        };
    boolean handedOver = false;
    try {
      report(out, engine, folder);
      if (serving != null) {
        handedOver = true;
        return ForegroundServer.run(
            engine,
            serving,
            out,
            store != null ? "the demo's store " + store : "the demo's store",
            cleanup);
      }
      out.println(
          store != null
              ? "'sitrep serve --store "
                  + store
                  + "' serves them with the web UI at http://127.0.0.1:7070/."
              : "Without --no-serve the demo ends by serving them with the web UI.");
    } finally {
      if (!handedOver) {
        cleanup.run();
      }
    }
    out.flush();
    return ExitCodes.DONE;
  }

  private ServerConfig serverConfig() {
    try {
      return ServerConfig.loopback(port);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Ingests the examples and prints the documents, each report's events and the incidents. */
  private void report(PrintWriter out, Engine engine, Path folder) {
    IngestSummary summary = engine.ingest(List.of(folder), !noAnnotate, ProgressListener.none());
    out.printf(
        "ingested: read %d, new %d, duplicate %d, refused %d%n%n",
        summary.read(), summary.added(), summary.duplicates(), summary.refused().size());
    for (Refusal refusal : summary.refused()) {
      out.println("  refused " + refusal);
    }
    List<DocumentSummary> documents = engine.store().documents();
    DocumentsCommand.printTable(out, documents);
    if (noAnnotate) {
      out.println();
      return;
    }
    out.println();
    out.println("The events each report tells of, with its figures and who gives them:");
    for (DocumentSummary document : documents) {
      engine.store().report(document.id()).ifPresent(report -> printFacts(out, report));
    }
    out.println();
    out.println("The incidents all reports tell of, linked and reconciled:");
    out.println();
    IncidentTable.print(out, engine.store().incidents(IncidentFilter.ALL));
    out.println();
    out.println(
        store != null
            ? "'sitrep show ID --store " + store + "' shows one with its evidence."
            : "Give --store DIR to keep the demo's store; 'sitrep show ID --store DIR' then"
                + " shows an incident with its evidence.");
  }

  private static void printFacts(PrintWriter out, Report report) {
    out.println();
    out.println("  " + report.document().id());
    String text = report.document().text();
    for (EventMention event : report.events()) {
      out.printf(
          Locale.ROOT,
          "    %s%s, %s, %s%n",
          event.subtype().label(),
          event.background() ? " (background)" : "",
          first(event, Slot.DATE)
              .map(c -> ((EventDate) c.value()).value().toString())
              .orElse("date unknown"),
          first(event, Slot.PLACE).map(c -> ((Place) c.value()).name()).orElse("place unknown"));
      for (Claim claim : event.claims()) {
        if (claim.slot().isFigure()) {
          out.printf(
              Locale.ROOT,
              "      %-10s %-24s (%s) \"%s\"%n",
              claim.slot().label(),
              describe((Quantity) claim.value())
                  + (claim.group() != null ? " " + claim.group() : ""),
              claim.attribution().kind().label(),
              context(text, claim.evidence().start(), claim.evidence().end()));
        }
      }
    }
    out.flush();
  }

  private static java.util.Optional<Claim> first(EventMention event, Slot slot) {
    return event.claims().stream().filter(claim -> claim.slot() == slot).findFirst();
  }

  private static String describe(Quantity quantity) {
    String hedge = quantity.hedge().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String stated = quantity.stated() != null ? String.valueOf(quantity.stated()) : "";
    return (quantity.isExact() ? stated : hedge + " " + stated).strip();
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - 30);
    int to = Math.min(text.length(), end + 30);
    return text.substring(from, to).replaceAll("\\s+", " ").strip();
  }

  private static Path defaultExamples() {
    String home = System.getProperty("sitrep.home");
    Path base = home != null ? Paths.get(home) : Paths.get("").toAbsolutePath();
    Path folder = base.resolve("examples");
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("no examples folder at " + folder + "; give --examples DIR");
    }
    return folder;
  }

  private static void deleteRecursively(Path dir) {
    try (var walk = Files.walk(dir)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
