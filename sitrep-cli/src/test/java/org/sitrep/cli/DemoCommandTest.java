package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {
  private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
  private static final Pattern STORE = Pattern.compile("store: (\\S+)");

  private static Path examples() {
    Path here = Paths.get("").toAbsolutePath();
    Path inModule = here.resolveSibling("examples");
    return inModule.toFile().isDirectory() ? inModule : here.resolve("examples");
  }

  @Test
  void runsTheMainJobOnTheBundledExamples() {
    CommandRun run = CommandRun.of("demo", "--no-serve", "--examples", examples().toString());

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
        .containsPattern("inc-\\w+ ")
        .contains("Without --no-serve the demo ends by serving them with the web UI.");
  }

  @Test
  void endsByServingTheWebUiUntilStoppedThenRemovesItsStore() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread demo =
        new Thread(
            () -> {
              CommandLine commandLine = SitrepCommand.commandLine();
              commandLine.setOut(new PrintWriter(out));
              commandLine.setErr(new PrintWriter(err));
              exitCode.set(
                  commandLine.execute(
                      "demo", "--no-annotate", "--port", "0", "--examples", examples().toString()));
            });
    demo.start();
    try {
      Matcher address = ADDRESS.matcher("");
      Instant deadline = Instant.now().plusSeconds(120);
      while (!address.reset(out.toString()).find()) {
        assertThat(Instant.now()).as(out.toString()).isBefore(deadline);
        assertThat(demo.isAlive()).as(out.toString()).isTrue();
        Thread.sleep(100);
      }
      assertThat(out.toString()).contains("serving the demo's store with the web UI at");

      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(address.group()))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("/app.js");
    } finally {
      demo.interrupt();
      demo.join(30_000);
    }
    assertThat(demo.isAlive()).isFalse();
    assertThat(exitCode.get()).as(err.toString()).isZero();
    Matcher store = STORE.matcher(out.toString());
    assertThat(store.find()).isTrue();
    assertThat(Files.exists(Path.of(store.group(1)))).as("the temporary store").isFalse();
  }
}
