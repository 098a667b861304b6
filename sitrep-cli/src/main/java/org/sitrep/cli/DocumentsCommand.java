package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.store.DocumentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep documents}: the documents in the store, one a line. */
@Command(
    name = "documents",
    mixinStandardHelpOptions = true,
    description =
        "Lists the stored documents: id, publication date and its evidence, language," + " title.")
final class DocumentsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption storeOption;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Engine engine = Engine.open(EngineConfig.defaults(storeOption.resolve()))) {
      printTable(out, engine.store().documents());
    }
    out.flush();
    return ExitCodes.DONE;
  }

  static void printTable(PrintWriter out, List<DocumentSummary> documents) {
    out.printf("%-32s %-10s %-9s %-4s %s%n", "id", "published", "evidence", "lang", "title");
    for (DocumentSummary document : documents) {
      out.printf(
          "%-32s %-10s %-9s %-4s %s%n",
          shorten(document.id(), 32),
          document.published() != null ? document.published() : "unknown",
          document.evidence(),
          document.language(),
          shorten(document.title() != null ? document.title() : "", 70));
    }
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
