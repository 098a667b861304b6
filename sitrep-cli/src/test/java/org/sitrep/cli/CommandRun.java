package org.sitrep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** One run of the {@code sitrep} command line with captured output. */
record CommandRun(int exitCode, String out, String err) {
  static CommandRun of(String... args) {
    CommandLine commandLine = SitrepCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new CommandRun(exitCode, out.toString(), err.toString());
  }

  List<String> lines() {
    return Arrays.stream(out.split("\n")).filter(line -> !line.isBlank()).toList();
  }
}
