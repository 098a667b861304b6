package org.sitrep.cli;

/** The {@code sitrep} program's entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(SitrepCommand.commandLine().execute(args));
  }
}
