package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;

/**
 * Short reports written for a test, each read through the whole flow (CoreNLP's entities and times)
 * by one engine per test class, whose store lives in a folder of its own. A test class registers it
 * once: {@code @RegisterExtension static final InventedReports reports = new InventedReports();}.
 */
final class InventedReports implements BeforeAllCallback, AfterAllCallback {
  private Path folder;
  private Engine engine;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    folder = Files.createTempDirectory("sitrep-invented-reports");
    engine = Engine.open(EngineConfig.defaults(folder.resolve("store")));
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    engine.close();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** The report extracted from {@code text} (a "date" line, then the body), which is accepted. */
  Report read(String name, String text) throws IOException {
    Path file = folder.resolve(name + ".txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<Extraction> extractions = new ArrayList<>();
    engine.extract(List.of(file), true, extractions::add);
    assertThat(extractions).hasSize(1);
    assertThat(extractions.get(0).refusal()).isNull();
    return extractions.get(0).report();
  }

  /**
   * The report extracted from one input line ({@code {"id": …, "title": …, "text": …}}, as a script
   * or a crawler sends it), which is accepted.
   */
  Report readLine(String jsonLine) {
    List<Extraction> extractions = new ArrayList<>();
    engine.extract(
        new java.io.ByteArrayInputStream(jsonLine.getBytes(StandardCharsets.UTF_8)),
        true,
        extractions::add);
    assertThat(extractions).hasSize(1);
    assertThat(extractions.get(0).refusal()).isNull();
    return extractions.get(0).report();
  }

  /** The slots of a count of victims, as the GVC scripts take them. */
  private static final Set<Slot> VICTIM_COUNTS =
      EnumSet.of(Slot.FATALITIES, Slot.INJURIES, Slot.CASUALTIES, Slot.MISSING, Slot.ABDUCTED);

  /**
   * The report's main account, as the GVC scripts take it: its first current event with a count of
   * victims, else its first current event, else its first; null when it tells of none.
   */
  static EventMention mainAccount(Report report) {
    List<EventMention> current =
        report.events().stream().filter(event -> !event.background()).toList();
    return current.stream()
        .filter(event -> event.claims().stream().anyMatch(c -> VICTIM_COUNTS.contains(c.slot())))
        .findFirst()
        .orElse(
            !current.isEmpty()
                ? current.get(0)
                : report.events().isEmpty() ? null : report.events().get(0));
  }

  /** The report's first event of {@code subtype}. */
  static EventMention first(Report report, SubEventType subtype) {
    return report.events().stream()
        .filter(event -> event.subtype() == subtype)
        .findFirst()
        .orElseThrow();
  }

  /** The days an event's date claims give, its own date first. */
  static List<LocalDate> days(EventMention event) {
    return SeedEventsTest.values(event, Slot.DATE, EventDate.class).stream()
        .map(EventDate::value)
        .toList();
  }

  /** The days of the report's first shooting. */
  static List<LocalDate> shootingDays(Report report) {
    return days(first(report, SubEventType.ATTACK));
  }
}
