package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventFigures;
import org.sitrep.model.EventMention;
import org.sitrep.model.Report;
import org.sitrep.model.StageContext;

/**
 * Which event a sentence's shooting is: one told again with "the", one told "hours later", read by
 * the whole extraction on invented reports annotated by hand.
 */
class EventsToldLaterTest {
  private static final EventExtractor EXTRACTOR = EventExtractor.standard();

  private static List<EventMention> events(HandAnnotated.Report report) {
    Report read = EXTRACTOR.apply(report.annotated, StageContext.withDefaults());
    return read.events();
  }

  private static Long killed(EventMention event) {
    return EventFigures.fatalities(event).best();
  }

  @Test
  void aShootingToldHoursLaterIsAnotherEventWithItsOwnDead() {
    HandAnnotated.Report report =
        new HandAnnotated.Report(
            LocalDate.of(2016, 8, 15),
            new HandAnnotated.Told(
                "A drive-by shooting wounded five people on a porch early Saturday.",
                List.of("early Saturday"),
                List.of("2016-08-13")),
            new HandAnnotated.Told(
                "The shooting came on a violent weekend: a man was shot dead across town hours later.",
                List.of(),
                List.of()));

    List<EventMention> events = events(report);

    assertThat(events).hasSize(2);
    assertThat(killed(events.get(0))).as("the first shooting's dead").isIn(null, 0L);
    assertThat(killed(events.get(1))).isEqualTo(1L);
  }

  @Test
  void theShootingToldAgainWithTheIsTheSameEventAndTakesTheDayBetween() {
    HandAnnotated.Report report =
        new HandAnnotated.Report(
            LocalDate.of(2016, 4, 20),
            new HandAnnotated.Told(
                "The district attorney will not charge a driver who shot a man on the highway last"
                    + " month, saying the shooting was self-defense.",
                List.of("last month"),
                List.of("2016-03")));

    List<EventMention> events = events(report);

    assertThat(events).hasSize(1);
    assertThat(events.get(0).claims())
        .anySatisfy(
            claim ->
                assertThat(claim.value())
                    .isInstanceOfSatisfying(
                        EventDate.class,
                        date -> assertThat(date.value()).isEqualTo(LocalDate.of(2016, 3, 1))));
  }
}
