package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.Fixtures.DALLAS;
import static org.sitrep.resolve.Fixtures.GARY;
import static org.sitrep.resolve.Fixtures.KABUL;
import static org.sitrep.resolve.Fixtures.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Estimate;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;

class ResolverTest {
  private static final LocalDate AUG_26 = LocalDate.of(2021, 8, 26);
  private static final LocalDate AUG_27 = LocalDate.of(2021, 8, 27);

  private static final Resolver RESOLVER = Resolver.standard();

  /** Three reports of one bombing, one of a shooting in Gary, one of another in Dallas. */
  static List<Report> reports() {
    return List.of(
        report(
                "a",
                AUG_26,
                "A suicide bomber struck the Abbey Gate of Kabul airport. At least 60 people were"
                    + " killed in the Abbey Gate blast, among them 12 American troops.")
            .event(SubEventType.SUICIDE_BOMB, "suicide bomber")
            .on(AUG_26, "struck")
            .at(KABUL, "Kabul")
            .figure(Slot.FATALITIES, Quantity.atLeast(60), "At least 60 people were killed")
            .group(Slot.FATALITIES, Quantity.exact(12), "American troops", "12 American troops")
            .build(),
        report(
                "b",
                AUG_27,
                "The toll of the Abbey Gate suicide bombing at Kabul airport rose to more than 100."
                    + " Thirteen US service members died. Amaq said 160 were killed or hurt.")
            .event(SubEventType.SUICIDE_BOMB, "suicide bombing")
            .at(KABUL, "Kabul")
            .figure(Slot.FATALITIES, Quantity.moreThan(100), "more than 100")
            .group(Slot.FATALITIES, Quantity.exact(13), "US service members", "Thirteen US service")
            .boast(Slot.CASUALTIES, Quantity.exact(160), "160 were killed or hurt")
            .build(),
        report(
                "c",
                AUG_27,
                "Officials said the Abbey Gate suicide attack at Kabul airport killed 13 US troops.")
            .event(SubEventType.SUICIDE_BOMB, "suicide attack")
            .at(KABUL, "Kabul")
            .group(Slot.FATALITIES, Quantity.exact(13), "US troops", "killed 13 US troops")
            .build(),
        report(
                "d",
                LocalDate.of(2021, 8, 25),
                "Marcus Delaney was shot dead outside the Broadway liquor store in Gary on Tuesday.")
            .event(SubEventType.ATTACK, "shot dead")
            .on(LocalDate.of(2021, 8, 24), "Tuesday")
            .at(GARY, "Gary")
            .figure(Slot.FATALITIES, Quantity.exact(1), "shot dead")
            .build(),
        report(
                "e",
                LocalDate.of(2021, 8, 25),
                "Two men were wounded in a drive-by shooting on Elm Street in Dallas on Tuesday.")
            .event(SubEventType.ATTACK, "shooting")
            .on(LocalDate.of(2021, 8, 24), "Tuesday")
            .at(DALLAS, "Dallas")
            .figure(Slot.INJURIES, Quantity.exact(2), "Two men were wounded")
            .build());
  }

  private static Incident bombing(List<Incident> incidents) {
    return incidents.stream()
        .filter(incident -> incident.documents().contains("a"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void reportsOfOneBombingBecomeOneIncidentAndOtherEventsStayApart() {
    List<Incident> incidents = RESOLVER.resolve(reports());
    assertThat(incidents).hasSize(3);
    assertThat(bombing(incidents).documents()).containsExactly("a", "b", "c");
    assertThat(bombing(incidents).decisions()).hasSize(2);
  }

  @Test
  void theTollIsReconciledFromLowestBoundToHighestFigureAndLeftOpenAbove() {
    Incident bombing = bombing(RESOLVER.resolve(reports()));
    Estimate fatalities = bombing.fatalities();
    assertThat(fatalities.low()).isEqualTo(60);
    assertThat(fatalities.best()).isEqualTo(101);
    assertThat(fatalities.high()).isNull();
    assertThat(bombing.conflicts()).extracting(conflict -> conflict.slot()).contains("fatalities");
  }

  @Test
  void groupsWordedDifferentlyAreOneGroupAndTheirDisagreementIsAConflict() {
    Incident bombing = bombing(RESOLVER.resolve(reports()));
    assertThat(bombing.breakdown())
        .singleElement()
        .satisfies(
            group -> {
              assertThat(group.group()).isEqualTo("US military");
              assertThat(group.fatalities().low()).isEqualTo(12);
              assertThat(group.fatalities().best()).isEqualTo(13);
            });
    assertThat(bombing.conflicts())
        .filteredOn(conflict -> conflict.slot().equals("fatalities/US military"))
        .singleElement()
        .satisfies(
            conflict ->
                assertThat(conflict.values())
                    .extracting(v -> v.value())
                    .containsExactly("12", "13"));
  }

  @Test
  void thePerpetratorsBoastIsKeptAmongTheClaimsButNeverCounted() {
    Incident bombing = bombing(RESOLVER.resolve(reports()));
    assertThat(bombing.claims()).anyMatch(claim -> claim.attribution().isPerpetrator());
    assertThat(bombing.fatalities().claims())
        .noneMatch(claim -> claim.attribution().isPerpetrator());
    assertThat(bombing.injuries().isUnknown()).isTrue();
  }

  @Test
  void aVictimShotInTheFirstReportWhoDiedByTheNextIsNotAlsoInjured() {
    LocalDate sunday = LocalDate.of(2016, 3, 20);
    Report first =
        report("shot", sunday, "A 4-year-old girl was shot in her home in Gary on Sunday.")
            .event(SubEventType.ATTACK, "shot")
            .on(sunday, "Sunday")
            .at(GARY, "Gary")
            .figure(Slot.INJURIES, Quantity.exact(1), "A 4-year-old girl was shot")
            .build();
    Report later =
        report("died", sunday.plusDays(1), "The 4-year-old girl shot in Gary on Sunday has died.")
            .event(SubEventType.ATTACK, "shot")
            .on(sunday, "Sunday")
            .at(GARY, "Gary")
            .figure(Slot.FATALITIES, Quantity.exact(1), "has died")
            .build();

    Incident incident = RESOLVER.resolve(List.of(first, later)).get(0);

    assertThat(incident.fatalities().best()).isEqualTo(1L);
    assertThat(incident.injuries().best()).isZero();
    assertThat(incident.injuries().claims())
        .extracting(claim -> claim.slot())
        .contains(Slot.INJURIES, Slot.FATALITIES);
  }

  @Test
  void aLaterReportThatStillTellsOnlyOfTheShootingCountsNoInjuredBesideTheDead() {
    LocalDate sunday = LocalDate.of(2016, 3, 20);
    Report died =
        report("died", sunday, "A 4-year-old girl was shot and killed in Gary on Sunday.")
            .event(SubEventType.ATTACK, "shot")
            .on(sunday, "Sunday")
            .at(GARY, "Gary")
            .figure(Slot.FATALITIES, Quantity.exact(1), "A 4-year-old girl was shot and killed")
            .build();
    Report later =
        report("later", sunday.plusDays(4), "The girl who was shot in Gary on Sunday was 4.")
            .event(SubEventType.ATTACK, "shot")
            .on(sunday, "Sunday")
            .at(GARY, "Gary")
            .figure(Slot.INJURIES, Quantity.exact(1), "The girl who was shot")
            .build();

    Incident incident = RESOLVER.resolve(List.of(died, later)).get(0);

    assertThat(incident.fatalities().best()).isEqualTo(1L);
    assertThat(incident.injuries().best()).isZero();
  }

  @Test
  void theWoundedOfAReportThatCountsItsOwnDeadStayWounded() {
    LocalDate sunday = LocalDate.of(2016, 3, 20);
    Report first =
        report("both", sunday, "One man was killed and two were wounded in Gary on Sunday.")
            .event(SubEventType.ATTACK, "killed")
            .on(sunday, "Sunday")
            .at(GARY, "Gary")
            .figure(Slot.FATALITIES, Quantity.exact(1), "One man was killed")
            .figure(Slot.INJURIES, Quantity.exact(2), "two were wounded")
            .build();

    Incident incident = RESOLVER.resolve(List.of(first)).get(0);

    assertThat(incident.injuries().best()).isEqualTo(2L);
  }

  @Test
  void theShotOfAReportLessTheIncidentsDeadWhenOtherReportsKnowMoreDead() {
    LocalDate tuesday = LocalDate.of(2016, 6, 28);
    String shotText =
        "Officers found three people with gunshot wounds in Gary on Tuesday. The woman died.";
    Report shot =
        report("three-shot", tuesday, shotText)
            .event(SubEventType.ATTACK, "gunshot wounds")
            .on(tuesday, "Tuesday")
            .at(GARY, "Gary")
            .figure(Slot.INJURIES, Quantity.exact(3), "three people with gunshot wounds")
            .figure(Slot.FATALITIES, Quantity.exact(1), "The woman died")
            .build();
    Report dead =
        report(
                "three-dead",
                tuesday.plusDays(1),
                "Three are dead after a shooting in Gary Tuesday.")
            .event(SubEventType.ATTACK, "shooting")
            .on(tuesday, "Tuesday")
            .at(GARY, "Gary")
            .figure(Slot.FATALITIES, Quantity.exact(3), "Three are dead")
            .build();

    Incident incident = RESOLVER.resolve(List.of(shot, dead)).get(0);

    assertThat(incident.fatalities().best()).isEqualTo(3L);
    assertThat(incident.injuries().best()).isZero();
  }

  @Test
  void aRecalledEventOfNoKnownDayJoinsNoOtherEvent() {
    LocalDate monday = LocalDate.of(2021, 8, 30);
    Report today =
        report("today", monday, "A rocket attack hit Kabul airport on Monday.")
            .event(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, "rocket attack")
            .on(monday, "Monday")
            .at(KABUL, "Kabul")
            .build();
    Report recalling =
        report("recalling", null, "Last year a rocket bombardment hit Kabul airport.")
            .event(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, "rocket bombardment")
            .recalled()
            .at(KABUL, "Kabul")
            .build();

    List<Incident> incidents = RESOLVER.resolve(List.of(today, recalling));

    assertThat(incidents).hasSize(2);
  }

  @Test
  void ofTwoTownsToldAsOftenTheOneOfAReportsTextWinsOverAHeadlines() {
    Place california =
        new Place(
            "Mountain View",
            "California",
            "US",
            "United States",
            37.39,
            -122.08,
            PlacePrecision.TOWN);
    Place missouri =
        new Place(
            "Mountain View", "Missouri", "US", "United States", 37.0, -91.7, PlacePrecision.TOWN);
    Report headline =
        report("j", AUG_26, "Trevor Lane was shot dead in an apartment on Maple Street on Tuesday.")
            .event(SubEventType.ATTACK, "shot dead")
            .on(LocalDate.of(2021, 8, 24), "Tuesday")
            .atInTitle(california, 0, 13)
            .figure(Slot.FATALITIES, Quantity.exact(1), "shot dead")
            .build();
    Report text =
        report(
                "k",
                AUG_26,
                "Trevor Lane was shot dead in an apartment on Maple Street in Mountain View on"
                    + " Tuesday.")
            .event(SubEventType.ATTACK, "shot dead")
            .on(LocalDate.of(2021, 8, 24), "Tuesday")
            .at(missouri, "Mountain View")
            .figure(Slot.FATALITIES, Quantity.exact(1), "shot dead")
            .build();

    List<Incident> incidents = RESOLVER.resolve(List.of(headline, text));

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).place()).isEqualTo(missouri);
  }

  @Test
  void aTownWhoseStateTwoReportsGuessedIsTheNamesakeAThirdPlacesByItsOwnWords() {
    Place guessed =
        new Place("Riverton", "Wyoming", "US", "United States", 43.02, -108.38, PlacePrecision.TOWN)
            .withRegionGuessed();
    Place told =
        new Place("Riverton", "Utah", "US", "United States", 40.52, -111.94, PlacePrecision.TOWN);
    List<Report> reports = new ArrayList<>();
    for (String id : List.of("m", "n")) {
      reports.add(
          report(id, AUG_26, "Trevor Lane was shot dead in a Riverton apartment on Tuesday.")
              .event(SubEventType.ATTACK, "shot dead")
              .on(LocalDate.of(2021, 8, 24), "Tuesday")
              .at(guessed, "Riverton")
              .figure(Slot.FATALITIES, Quantity.exact(1), "shot dead")
              .build());
    }
    reports.add(
        report("o", AUG_26, "Trevor Lane was shot dead in Riverton, Utah, on Tuesday.")
            .event(SubEventType.ATTACK, "shot dead")
            .on(LocalDate.of(2021, 8, 24), "Tuesday")
            .at(told, "Riverton")
            .figure(Slot.FATALITIES, Quantity.exact(1), "shot dead")
            .build());

    List<Incident> incidents = RESOLVER.resolve(reports);

    assertThat(incidents).singleElement().satisfies(i -> assertThat(i.place()).isEqualTo(told));
  }

  @Test
  void aGuessedStateStandsWhenNoReportTellsTheNamesakesState() {
    Place guessed =
        new Place("Riverton", "Wyoming", "US", "United States", 43.02, -108.38, PlacePrecision.TOWN)
            .withRegionGuessed();
    Report report =
        report("p", AUG_26, "Trevor Lane was shot dead in a Riverton apartment on Tuesday.")
            .event(SubEventType.ATTACK, "shot dead")
            .on(LocalDate.of(2021, 8, 24), "Tuesday")
            .at(guessed, "Riverton")
            .figure(Slot.FATALITIES, Quantity.exact(1), "shot dead")
            .build();

    assertThat(RESOLVER.resolve(List.of(report)))
        .singleElement()
        .satisfies(i -> assertThat(i.place()).isEqualTo(guessed));
  }

  @Test
  void ofTwoStatesToldAsOftenTheOneAReportNamesATownOfPlacesTheIncident() {
    Place texas =
        new Place("Texas", "Texas", "US", "United States", 31.25, -99.25, PlacePrecision.REGION);
    Report region =
        report(
                "h",
                AUG_26,
                "Trevor Lane of Texas was shot dead in an apartment on Maple Street on Tuesday.")
            .event(SubEventType.ATTACK, "shot dead")
            .on(LocalDate.of(2021, 8, 24), "Tuesday")
            .at(texas, "Texas")
            .figure(Slot.FATALITIES, Quantity.exact(1), "shot dead")
            .build();
    Report town =
        report(
                "i",
                AUG_26,
                "Trevor Lane was shot dead in an apartment on Maple Street in Gary on Tuesday.")
            .event(SubEventType.ATTACK, "shot dead")
            .on(LocalDate.of(2021, 8, 24), "Tuesday")
            .at(GARY, "Gary")
            .figure(Slot.FATALITIES, Quantity.exact(1), "shot dead")
            .build();

    List<Incident> incidents = RESOLVER.resolve(List.of(region, town));

    assertThat(incidents).singleElement().satisfies(i -> assertThat(i.place()).isEqualTo(GARY));
  }

  @Test
  void silenceIsUnknownNeverZero() {
    Incident dallas =
        RESOLVER.resolve(reports()).stream()
            .filter(incident -> incident.documents().equals(List.of("e")))
            .findFirst()
            .orElseThrow();
    assertThat(dallas.fatalities().isUnknown()).isTrue();
    assertThat(dallas.fatalities().low()).isNull();
    assertThat(dallas.injuries().best()).isEqualTo(2);
  }

  /** One shooting told by a report of the next morning and by one written days later. */
  private static List<Report> aNightAcrossMidnight(LocalDate laterDay, String laterWords) {
    String later =
        "Rosa Quintero was shot dead outside the Elm Street bar in Gary " + laterWords + ".";
    return List.of(
        report(
                "m",
                AUG_26,
                "Rosa Quintero was shot dead outside the Elm Street bar in Gary early Thursday.")
            .event(SubEventType.ATTACK, "shot dead")
            .on(AUG_26, "early Thursday")
            .at(GARY, "Gary")
            .figure(Slot.FATALITIES, Quantity.exact(1), "shot dead")
            .build(),
        report("n", LocalDate.of(2021, 8, 30), later)
            .event(SubEventType.ATTACK, "shot dead")
            .on(laterDay, laterWords)
            .at(GARY, "Gary")
            .figure(Slot.FATALITIES, Quantity.exact(1), "shot dead")
            .build());
  }

  @Test
  void ofTwoDaysADayApartToldAsOftenTheOneOfTheReportNearestItWins() {
    List<Incident> incidents =
        RESOLVER.resolve(aNightAcrossMidnight(LocalDate.of(2021, 8, 25), "late Wednesday"));

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).date().value()).isEqualTo(AUG_26);
  }

  @Test
  void ofTwoDaysFartherApartToldAsOftenTheEarliestWins() {
    LocalDate monday = LocalDate.of(2021, 8, 23);
    List<Incident> incidents = RESOLVER.resolve(aNightAcrossMidnight(monday, "on Monday"));

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).date().value()).isEqualTo(monday);
  }

  @Test
  void twoEventsOfOneReportAreNeverOneIncident() {
    Report both =
        report(
                "f",
                AUG_27,
                "A suicide bomber struck Kabul airport. A second suicide bomber struck Kabul airport.")
            .event(SubEventType.SUICIDE_BOMB, "A suicide bomber")
            .at(KABUL, "Kabul")
            .event(SubEventType.SUICIDE_BOMB, "second suicide bomber")
            .build();
    assertThat(RESOLVER.resolve(List.of(both))).hasSize(2);
  }

  @Test
  void aRecalledEventOfAnotherDayStaysApartFromTodaysEvent() {
    List<Report> reports = new ArrayList<>(reports());
    reports.add(
        report(
                "g",
                AUG_27,
                "The Abbey Gate suicide bombing at Kabul airport recalled the suicide bombing of 2011.")
            .event(SubEventType.SUICIDE_BOMB, "suicide bombing of 2011")
            .recalled()
            .on(LocalDate.of(2011, 9, 13), "2011")
            .at(KABUL, "Kabul")
            .build());
    Incident bombing = bombing(RESOLVER.resolve(reports));
    assertThat(bombing.documents()).doesNotContain("g");
  }

  @Test
  void everyEstimateNamesClaimsWithSpansInItsOwnDocuments() {
    for (Incident incident : RESOLVER.resolve(reports())) {
      for (Estimate estimate : List.of(incident.fatalities(), incident.injuries())) {
        assertThat(estimate.isUnknown()).isEqualTo(estimate.claims().isEmpty());
        for (Claim claim : estimate.claims()) {
          assertThat(incident.documents()).contains(claim.evidence().documentId());
          assertThat(claim.evidence().length()).isPositive();
        }
      }
    }
  }

  @Property(tries = 30)
  void theIncidentsDoNotDependOnTheOrderReportsArriveIn(@ForAll @IntRange(max = 1000) int seed) {
    List<Report> shuffled = new ArrayList<>(reports());
    Collections.shuffle(shuffled, new java.util.Random(seed));
    assertThat(summary(RESOLVER.resolve(shuffled))).isEqualTo(summary(RESOLVER.resolve(reports())));
  }

  @Property(tries = 10)
  void resolvingInIncrementsGivesWhatResolvingAtOnceGives(
      @ForAll @IntRange(min = 1, max = 4) int cut) {
    List<Report> all = reports();
    List<Report> first = all.subList(0, cut);
    RESOLVER.resolve(first);
    List<Report> later = new ArrayList<>(first);
    later.addAll(all.subList(cut, all.size()));
    assertThat(summary(RESOLVER.resolve(later))).isEqualTo(summary(RESOLVER.resolve(all)));
  }

  private static List<String> summary(List<Incident> incidents) {
    return incidents.stream()
        .map(
            incident ->
                incident.id()
                    + " "
                    + incident.documents()
                    + " "
                    + incident.fatalities().low()
                    + "/"
                    + incident.fatalities().best()
                    + "/"
                    + incident.fatalities().high())
        .toList();
  }
}
