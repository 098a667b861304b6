package org.sitrep.cli;

/** The exit codes of CONTRACT.md. */
final class ExitCodes {
  static final int DONE = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;
  static final int SOME_REFUSED = 3;

  private ExitCodes() {}
}
