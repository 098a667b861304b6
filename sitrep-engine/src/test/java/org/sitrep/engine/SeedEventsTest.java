package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ActorReference;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;
import org.sitrep.testkit.Corpus;

/**
 * The first version of event extraction on the five seed reports, checked against what a careful
 * coder reads in them (../shared/corpus/seeds.gold.json). These are the parts it already gets
 * right; what it does not yet is listed in docs/EXTRACTION.md.
 */
class SeedEventsTest {
  private static final Map<String, Report> REPORTS = new HashMap<>();

  @TempDir static Path store;

  @BeforeAll
  static void extractSeeds() {
    List<Extraction> extractions = new ArrayList<>();
    try (Engine engine = Engine.open(EngineConfig.defaults(store))) {
      engine.extract(List.of(Corpus.seeds()), true, extractions::add);
    }
    for (Extraction extraction : extractions) {
      assertThat(extraction.refusal()).isNull();
      REPORTS.put(extraction.document().id().substring(0, 3), extraction.report());
    }
  }

  private static List<EventMention> events(String seed, SubEventType subtype) {
    return REPORTS.get(seed).events().stream().filter(e -> e.subtype() == subtype).toList();
  }

  static <T> List<T> values(EventMention event, Slot slot, Class<T> type) {
    return event.claims().stream()
        .filter(claim -> claim.slot() == slot)
        .map(Claim::value)
        .map(type::cast)
        .toList();
  }

  @Test
  void findsTheRocketAttackOfMondayWithItsExplicitZeroAndItsClaim() {
    EventMention rockets = events("000", SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK).get(0);

    assertThat(values(rockets, Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .contains(LocalDate.of(2021, 8, 30));
    assertThat(values(rockets, Slot.PLACE, Place.class))
        .singleElement()
        .satisfies(place -> assertThat(place.name()).isEqualTo("Kabul"));
    assertThat(values(rockets, Slot.FATALITIES, Quantity.class))
        .singleElement()
        .satisfies(zero -> assertThat(zero.high()).isZero());
    assertThat(values(rockets, Slot.CLAIMED_BY, ActorReference.class))
        .extracting(ActorReference::name)
        .containsAnyOf("Islamic State", "Islamic State Khorasan Province");
    assertThat(rockets.background()).isFalse();
  }

  @Test
  void findsTheBombingItRecallsWithItsTotalAndTheUsToll() {
    EventMention bombing = events("000", SubEventType.SUICIDE_BOMB).get(0);

    List<Claim> fatalities =
        bombing.claims().stream().filter(claim -> claim.slot() == Slot.FATALITIES).toList();
    assertThat(fatalities)
        .anySatisfy(
            claim -> {
              assertThat(claim.group()).isNull();
              assertThat(((Quantity) claim.value()).low()).isGreaterThanOrEqualTo(100L);
            });
    assertThat(fatalities)
        .anySatisfy(
            claim -> {
              assertThat(claim.group()).contains("US");
              assertThat(((Quantity) claim.value()).stated()).isEqualTo(13L);
            });
  }

  @Test
  void keepsTheSeptemberElevenAttacksApartAsBackground() {
    assertThat(REPORTS.get("000").events())
        .filteredOn(EventMention::background)
        .isNotEmpty()
        .allSatisfy(event -> assertThat(values(event, Slot.FATALITIES, Quantity.class)).isEmpty());
  }

  @Test
  void keepsThePerpetratorsOwnCountAsTheirs() {
    EventMention bombing = events("001", SubEventType.SUICIDE_BOMB).get(0);

    assertThat(bombing.claims())
        .filteredOn(claim -> claim.slot() == Slot.CASUALTIES)
        .anySatisfy(
            claim -> {
              assertThat(claim.attribution().kind()).isEqualTo(Attribution.Kind.PERPETRATOR);
              assertThat(((Quantity) claim.value()).stated()).isEqualTo(160L);
            });
  }

  @Test
  void reportsNoBombingInTheArticleAboutTheThreatOfOne() {
    assertThat(events("002", SubEventType.SUICIDE_BOMB)).isEmpty();
  }

  @Test
  void keepsTheParisAttacksApartFromKabul() {
    List<EventMention> events = REPORTS.get("004").events();

    EventMention paris =
        events.stream()
            .filter(
                e ->
                    values(e, Slot.DATE, EventDate.class).stream()
                        .anyMatch(d -> d.value().equals(LocalDate.of(2015, 11, 13))))
            .findFirst()
            .orElseThrow();
    assertThat(values(paris, Slot.FATALITIES, Quantity.class))
        .extracting(Quantity::stated)
        .containsExactly(130L);
    assertThat(events)
        .filteredOn(e -> e != paris)
        .allSatisfy(
            e ->
                assertThat(values(e, Slot.FATALITIES, Quantity.class))
                    .extracting(Quantity::stated)
                    .doesNotContain(130L));
  }

  @Test
  void givesEveryClaimItsWordsInTheDocument() {
    REPORTS
        .values()
        .forEach(
            report ->
                report
                    .events()
                    .forEach(
                        event ->
                            event
                                .claims()
                                .forEach(
                                    claim -> {
                                      assertThat(claim.evidence().documentId())
                                          .isEqualTo(report.document().id());
                                      assertThat(report.document().textOf(claim.evidence()))
                                          .isNotBlank();
                                    })));
  }
}
