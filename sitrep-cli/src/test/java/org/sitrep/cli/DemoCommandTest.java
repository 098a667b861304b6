package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
  private static Path examples() {
    Path here = Paths.get("").toAbsolutePath();
    Path inModule = here.resolveSibling("examples");
    return inModule.toFile().isDirectory() ? inModule : here.resolve("examples");
  }

  @Test
  void runsTheMainJobOnTheBundledExamples() {
    CommandRun run = CommandRun.of("demo", "--examples", examples().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("read 6, new 6, duplicate 0, refused 0")
        .contains("01-wire-first.txt")
        .contains("2024-03-14")
        .contains("html-meta")
        .contains("ministry-statement")
        .contains("fatalities")
        .contains("Mopti")
        .contains("The incidents all reports tell of")
        .containsPattern("inc-\\w+ ");
  }
}
