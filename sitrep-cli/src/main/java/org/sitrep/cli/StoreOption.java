package org.sitrep.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use the store. */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "the embedded store's folder (default: $SITREP_STORE or ./sitrep-data)")
  Path store;

  Path resolve() {
    if (store != null) {
      return store;
    }
    String fromEnvironment = System.getenv("SITREP_STORE");
    return fromEnvironment != null && !fromEnvironment.isBlank()
        ? Paths.get(fromEnvironment)
        : Paths.get("sitrep-data");
  }
}
