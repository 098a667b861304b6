package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: names the subcommands and maps failures to exit codes. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepCommand.Version.class,
    description = "Conflicting news reports in, a corroborated incident database out.",
    subcommands = {
      IngestCommand.class,
      ExtractCommand.class,
      ResolveCommand.class,
      DocumentsCommand.class,
      IncidentsCommand.class,
      ShowCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class SitrepCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** A command line with Sitrep's error handling: no stack traces, exit codes per the contract. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new SitrepCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          cmd.getErr().println("sitrep: error: " + message(exception));
          cmd.getErr().flush();
          return ExitCodes.FAILURE;
        });
    return commandLine;
  }

  private static String message(Exception exception) {
    String message = exception.getMessage();
    return message != null ? message : exception.getClass().getSimpleName();
  }

  /** The version from the jar manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = SitrepCommand.class.getPackage().getImplementationVersion();
      return new String[] {"sitrep " + (version != null ? version : "(development build)")};
    }
  }
}
