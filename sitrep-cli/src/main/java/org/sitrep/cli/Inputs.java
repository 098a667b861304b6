package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks the PATH arguments: a path that does not exist is bad usage, not a refusal. */
final class Inputs {
  private Inputs() {}

  static List<Path> paths(CommandSpec spec, List<String> arguments) {
    List<Path> paths = arguments.stream().map(Path::of).toList();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "no such file or folder: " + path);
      }
    }
    return paths;
  }
}
