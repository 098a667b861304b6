package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Limits;

/**
 * Replays every input in {@code src/test/resources/regressions/} through reading and cleaning. A
 * file's name says what must become of it: {@code ok--*} is read into a document, {@code
 * refused-REASON--*} is refused with that reason; nothing may throw. Inputs that ever broke Sitrep
 * go there and stay.
 */
class RegressionReplayTest {
  @TempDir Path store;

  @TestFactory
  Stream<DynamicTest> replaysEveryRegressionInput() throws IOException, URISyntaxException {
    Path folder = Paths.get(getClass().getResource("/regressions").toURI());
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.sorted().toList();
    }
    Limits limits = Limits.DEFAULT.withMaxDecompressedBytes(1L << 20);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(file.getFileName().toString(), () -> replay(file, limits)));
  }

  private void replay(Path file, Limits limits) {
    String name = file.getFileName().toString();
    String expected = name.substring(0, name.indexOf("--"));
    List<Extraction> outcomes = new ArrayList<>();
    try (Engine engine = Engine.open(EngineConfig.defaults(store).withLimits(limits))) {
      engine.extract(List.of(file), false, outcomes::add);
    }
    assertThat(outcomes).as(name).hasSize(1);
    Extraction outcome = outcomes.get(0);
    if (expected.equals("ok")) {
      assertThat(outcome.refusal()).as(name).isNull();
      assertThat(outcome.document().text()).isNotBlank();
    } else {
      assertThat(outcome.refusal()).as(name).isNotNull();
      assertThat("refused-" + outcome.refusal().reason().label()).isEqualTo(expected);
    }
  }
}
