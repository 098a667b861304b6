package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep serve}'s refusals; the API itself is tested in sitrep-server. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void refusesToListenBeyondLoopbackWithoutAToken() {
    CommandRun run =
        CommandRun.of("serve", "--bind", "0.0.0.0", "--port", "0", "--store", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("token");
  }

  @Test
  void aPortOutOfRangeIsBadUsage() {
    CommandRun run = CommandRun.of("serve", "--port", "70000", "--store", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("port");
  }

  @Test
  void aPortInUseIsAFailureWithoutAStackTrace() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CommandRun run =
          CommandRun.of(
              "serve", "--port", String.valueOf(taken.getLocalPort()), "--store", dir.toString());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).startsWith("sitrep: error:").doesNotContain("\tat ");
    }
  }
}
