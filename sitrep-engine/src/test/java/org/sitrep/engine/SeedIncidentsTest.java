package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Claim;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.GroupEstimate;
import org.sitrep.model.Incident;
import org.sitrep.model.Refusal;
import org.sitrep.model.SubEventType;
import org.sitrep.testkit.Corpus;

/**
 * Resolution of the five seed reports against ../shared/corpus/seeds.gold.json: its incidents, and
 * the events that must stay apart from them.
 */
class SeedIncidentsTest {
  private static List<Incident> incidents;

  @TempDir static Path store;

  @BeforeAll
  static void resolveSeeds() {
    List<Refusal> refused = new ArrayList<>();
    try (Engine engine = Engine.open(EngineConfig.defaults(store))) {
      incidents = engine.resolve(List.of(Corpus.seeds()), refused::add).incidents();
    }
    assertThat(refused).isEmpty();
  }

  private static Incident bombing() {
    return incidents.stream()
        .filter(incident -> incident.subtype() == SubEventType.SUICIDE_BOMB)
        .filter(incident -> incident.documents().size() > 1)
        .findFirst()
        .orElseThrow();
  }

  private static List<String> seeds(Incident incident) {
    return incident.documents().stream().map(id -> id.substring(0, 3)).toList();
  }

  @Test
  void theAirportBombingIsOneIncidentToldByFourReportsAndNotByTheThreatReport() {
    Incident bombing = bombing();
    assertThat(seeds(bombing)).containsExactly("000", "001", "003", "004");
    assertThat(bombing.sources().reports()).isEqualTo(4);
    assertThat(bombing.date().value()).isEqualTo(LocalDate.of(2021, 8, 26));
    assertThat(bombing.date().precision()).isEqualTo(DatePrecision.DAY);
    assertThat(bombing.place().name()).isEqualTo("Kabul");
    assertThat(bombing.place().country()).isEqualTo("AF");
  }

  @Test
  void theBombingsTollIsReconciledWithinTheGoldRanges() {
    Incident bombing = bombing();
    assertThat(bombing.fatalities().low()).isBetween(60L, 100L);
    assertThat(bombing.fatalities().best()).isBetween(100L, 115L);
    assertThat(bombing.fatalities().high())
        .satisfiesAnyOf(
            high -> assertThat(high).isNull(),
            high -> assertThat(high).isGreaterThanOrEqualTo(113L));
    assertThat(bombing.injuries().best()).isGreaterThanOrEqualTo(140L);
    Optional<GroupEstimate> us =
        bombing.breakdown().stream()
            .filter(group -> group.group().equals("US military"))
            .findFirst();
    assertThat(us).hasValueSatisfying(group -> assertThat(group.fatalities().best()).isEqualTo(13));
  }

  @Test
  void theBombingsDisagreementsAreListedAsConflicts() {
    assertThat(bombing().conflicts())
        .extracting(conflict -> conflict.slot())
        .contains("fatalities", "fatalities/US military");
  }

  private static List<String> perpetrators(Incident incident) {
    return incident.claims().stream()
        .filter(claim -> claim.slot() == org.sitrep.model.Slot.PERPETRATOR)
        .map(claim -> ((org.sitrep.model.ActorReference) claim.value()).name())
        .distinct()
        .toList();
  }

  @Test
  void theBombingIsTheKhorasanBranchsClaimedByTheIslamicState() {
    Incident bombing = bombing();
    assertThat(perpetrators(bombing)).containsExactly("Islamic State Khorasan Province");
    assertThat(bombing.claimedBy()).extracting(actor -> actor.name()).contains("Islamic State");
  }

  @Test
  void theBombingIsClaimedAndEveryFigureComesFromAClaimWithItsSpan() {
    Incident bombing = bombing();
    assertThat(bombing.claimedBy()).isNotEmpty();
    assertThat(bombing.fatalities().claims()).isNotEmpty();
    for (Claim claim : bombing.fatalities().claims()) {
      assertThat(bombing.documents()).contains(claim.evidence().documentId());
      assertThat(claim.attribution().isPerpetrator()).isFalse();
    }
  }

  @Test
  void theRocketAttackOfThirtyAugustIsItsOwnIncidentWithNoDead() {
    Incident rockets =
        incidents.stream()
            .filter(
                incident -> incident.subtype() == SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK)
            .filter(incident -> incident.date() != null)
            .filter(incident -> incident.date().value().equals(LocalDate.of(2021, 8, 30)))
            .findFirst()
            .orElseThrow();
    assertThat(rockets.fatalities().best()).isZero();
    assertThat(rockets.claimedBy()).isNotEmpty();
    assertThat(perpetrators(rockets)).containsExactly("Islamic State Khorasan Province");
    assertThat(seeds(rockets)).contains("000").doesNotContain("001", "003", "004");
  }

  @Test
  void theUsStrikeIsAnIncidentOfItsOwnWithUnknownFatalities() {
    Incident strike =
        incidents.stream()
            .filter(incident -> incident.subtype() == SubEventType.AIR_DRONE_STRIKE)
            .findFirst()
            .orElseThrow();
    assertThat(strike.fatalities().isUnknown()).isTrue();
    assertThat(strike).isNotSameAs(bombing());
    assertThat(strike.date().value()).isEqualTo(LocalDate.of(2021, 8, 29));
    assertThat(strike.place().name()).isEqualTo("Kabul");
    assertThat(seeds(strike)).containsExactly("000");
  }

  @Test
  void theRocketBombardmentOfDecember2020StaysApartFromTheAugust2021RocketAttack() {
    Incident rockets =
        incidents.stream()
            .filter(incident -> incident.date() != null)
            .filter(incident -> incident.date().value().equals(LocalDate.of(2021, 8, 30)))
            .findFirst()
            .orElseThrow();
    assertThat(seeds(rockets)).doesNotContain("002");
    Incident bombardment =
        incidents.stream()
            .filter(incident -> seeds(incident).contains("002"))
            .filter(
                incident -> incident.subtype() == SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK)
            .findFirst()
            .orElseThrow();
    assertThat(bombardment.background()).isTrue();
    assertThat(seeds(bombardment)).containsExactly("002");
  }

  @Test
  void theAttacksOfOtherYearsAreBackground() {
    assertThat(incidents)
        .filteredOn(incident -> incident.date() != null)
        .filteredOn(incident -> incident.date().value().getYear() < 2021)
        .isNotEmpty()
        .allSatisfy(incident -> assertThat(incident.background()).isTrue());
  }

  @Test
  void pastAttacksStayOutOfTheKabulBombing() {
    Incident bombing = bombing();
    assertThat(bombing.breakdown()).extracting(GroupEstimate::group).doesNotContain("police");
    for (Incident incident : incidents) {
      if (!incident.id().equals(bombing.id()) && incident.date() != null) {
        boolean past = incident.date().value().getYear() < 2021;
        if (past) {
          assertThat(incident.mentions()).doesNotContainAnyElementsOf(bombing.mentions());
        }
      }
    }
    assertThat(bombing.mentions())
        .allSatisfy(
            mention ->
                assertThat(mention.claims())
                    .noneMatch(
                        claim ->
                            claim.value() instanceof org.sitrep.model.Quantity quantity
                                && quantity.stated() != null
                                && quantity.stated() == 130L));
  }

  @Test
  void resolvingTheSameReportsAgainGivesTheSameIncidents() {
    List<Incident> again;
    try (Engine engine = Engine.open(EngineConfig.defaults(store))) {
      again = engine.resolve(List.of(Corpus.seeds()), refusal -> {}).incidents();
    }
    assertThat(again)
        .extracting(Incident::id)
        .isEqualTo(incidents.stream().map(Incident::id).toList());
  }
}
