package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Limits;
import org.sitrep.model.Refusal;
import org.sitrep.model.RefusalReason;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.SourceDocument;
import org.sitrep.model.Stage;

class OrderedRunnerTest {
  private static List<OrderedRunner.Outcome<String>> run(
      Stage<SourceDocument, String> stage, Limits limits, List<SourceDocument> inputs) {
    List<OrderedRunner.Outcome<String>> outcomes = new ArrayList<>();
    try (OrderedRunner<String> runner = new OrderedRunner<>(stage, limits, 2, outcomes::add)) {
      inputs.forEach(runner::submit);
      runner.finish();
    }
    return outcomes;
  }

  private static List<SourceDocument> documents(int count) {
    List<SourceDocument> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      documents.add(SourceDocument.text("d" + i, "test", "text " + i));
    }
    return documents;
  }

  @Test
  void handsResultsOnInInputOrderWhateverTheirSpeed() {
    Random random = new Random(7);
    int[] delays = random.ints(100, 0, 5).toArray();
    Stage<SourceDocument, String> slowAndFast =
        (input, context) -> {
          int index = Integer.parseInt(input.name().substring(1));
          try {
            Thread.sleep(delays[index]);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return input.name();
        };

    List<OrderedRunner.Outcome<String>> outcomes = run(slowAndFast, Limits.DEFAULT, documents(100));

    assertThat(outcomes)
        .extracting(OrderedRunner.Outcome::result)
        .containsExactlyElementsOf(documents(100).stream().map(SourceDocument::name).toList());
  }

  @Test
  void turnsARefusalOrACrashIntoThatDocumentsOutcomeAndGoesOn() {
    Stage<SourceDocument, String> picky =
        (input, context) -> {
          if (input.name().equals("d1")) {
            throw new RejectedInput(RefusalReason.EMPTY, "nothing there");
          }
          if (input.name().equals("d2")) {
            throw new IllegalStateException("boom");
          }
          return input.name();
        };

    List<OrderedRunner.Outcome<String>> outcomes = run(picky, Limits.DEFAULT, documents(4));

    assertThat(outcomes)
        .extracting(OrderedRunner.Outcome::input)
        .containsExactly("d0", "d1", "d2", "d3");
    assertThat(outcomes.get(1).refusal().reason()).isEqualTo(RefusalReason.EMPTY);
    assertThat(outcomes.get(2).refusal().reason()).isEqualTo(RefusalReason.INTERNAL_ERROR);
    assertThat(outcomes.get(2).refusal().detail()).contains("boom");
    assertThat(outcomes.get(3).result()).isEqualTo("d3");
  }

  @Test
  void refusesADocumentThatTakesTooLong() {
    Limits quick = new Limits(1 << 20, 1 << 20, 1 << 20, 100, 1000, Duration.ofMillis(200));
    Stage<SourceDocument, String> stuck =
        (input, context) -> {
          if (input.name().equals("d0")) {
            try {
              Thread.sleep(5_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return input.name();
        };

    List<OrderedRunner.Outcome<String>> outcomes = run(stuck, quick, documents(3));

    assertThat(outcomes.get(0).refusal())
        .extracting(Refusal::reason, Refusal::input)
        .containsExactly(RefusalReason.TIMEOUT, "d0");
    assertThat(outcomes.get(2).result()).isEqualTo("d2");
  }

  @Test
  void keepsReaderRefusalsInTheirPlace() {
    List<OrderedRunner.Outcome<String>> outcomes = new ArrayList<>();
    try (OrderedRunner<String> runner =
        new OrderedRunner<>((input, context) -> input.name(), Limits.DEFAULT, 2, outcomes::add)) {
      runner.submit(SourceDocument.text("a", "test", "x"));
      runner.refused(new Refusal("b", RefusalReason.MALFORMED, "bad line"));
      runner.submit(SourceDocument.text("c", "test", "y"));
      runner.finish();
    }

    assertThat(outcomes).extracting(OrderedRunner.Outcome::input).containsExactly("a", "b", "c");
  }
}
