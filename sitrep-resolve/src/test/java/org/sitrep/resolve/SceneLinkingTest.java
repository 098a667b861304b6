package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.Fixtures.GARY;
import static org.sitrep.resolve.Fixtures.report;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Incident;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;

/**
 * Two shootings of one city told in like words are kept apart by their scenes (other streets, and
 * another hour or day), while reports of one shooting that spell its street two ways, or follow it
 * up with an arrest elsewhere, still join.
 */
class SceneLinkingTest {
  private static final Resolver RESOLVER = Resolver.standard();
  private static final LocalDate SATURDAY = LocalDate.of(2021, 3, 6);

  private static Report afternoon() {
    return report(
            "afternoon",
            SATURDAY.plusDays(1),
            "A man was shot and killed Saturday afternoon in Gary, police said. Officers found him"
                + " around 3:50 pm in the 1800 block of Birch Street. Police did not release his"
                + " name or a motive.")
        .event(SubEventType.ATTACK, "shot and killed")
        .on(SATURDAY, "Saturday afternoon")
        .at(GARY, "Gary")
        .figure(Slot.FATALITIES, Quantity.exact(1), "A man was shot and killed")
        .build();
  }

  @Test
  void twoShootingsOfOneCityOnOneDayOnOtherStreetsHoursApartAreTwo() {
    Report night =
        report(
                "night",
                SATURDAY.plusDays(1),
                "A boy was shot Saturday night in Gary, police said. Officers found him around 9:20"
                    + " pm in the 4000 block of Cedar Road. Police did not release his name or a"
                    + " motive.")
            .event(SubEventType.ATTACK, "shot")
            .on(SATURDAY, "Saturday night")
            .at(GARY, "Gary")
            .figure(Slot.INJURIES, Quantity.exact(1), "A boy was shot")
            .build();

    List<Incident> incidents = RESOLVER.resolve(List.of(afternoon(), night));

    assertThat(incidents).hasSize(2);
  }

  @Test
  void aSecondKillingAWeekLaterOnAnotherStreetIsItsOwn() {
    LocalDate nextSaturday = SATURDAY.plusDays(7);
    Report later =
        report(
                "later",
                nextSaturday.plusDays(1),
                "A man was shot and killed Saturday afternoon in Gary, police said. Officers found"
                    + " him in the 300 block of Oak Street. Police did not release his name or a"
                    + " motive.")
            .event(SubEventType.ATTACK, "shot and killed")
            .on(nextSaturday, "Saturday afternoon")
            .at(GARY, "Gary")
            .figure(Slot.FATALITIES, Quantity.exact(1), "A man was shot and killed")
            .build();

    List<Incident> incidents = RESOLVER.resolve(List.of(afternoon(), later));

    assertThat(incidents).hasSize(2);
  }

  @Test
  void aReportThatWritesTheStreetAsACrossingStillJoins() {
    Report crossing =
        report(
                "crossing",
                SATURDAY.plusDays(2),
                "The man shot and killed Saturday afternoon in Gary died near Birch and Elm streets,"
                    + " police said. He was pronounced dead at 6:40 pm. Police did not release his"
                    + " name or a motive.")
            .event(SubEventType.ATTACK, "shot and killed")
            .on(SATURDAY, "Saturday afternoon")
            .at(GARY, "Gary")
            .figure(Slot.FATALITIES, Quantity.exact(1), "The man shot and killed")
            .build();

    List<Incident> incidents = RESOLVER.resolve(List.of(afternoon(), crossing));

    assertThat(incidents).hasSize(1);
  }

  @Test
  void anArrestOnAnotherStreetThatRetellsTheShootingStillJoins() {
    Report arrest =
        report(
                "arrest",
                SATURDAY.plusDays(4),
                "Police arrested a man Wednesday on Maple Avenue in Gary in the killing of a man"
                    + " Saturday afternoon in the 1800 block of Birch Street. Police did not"
                    + " release a motive.")
            .event(SubEventType.ATTACK, "killing")
            .on(SATURDAY, "Saturday afternoon")
            .at(GARY, "Gary")
            .figure(Slot.FATALITIES, Quantity.exact(1), "the killing of a man")
            .build();

    List<Incident> incidents = RESOLVER.resolve(List.of(afternoon(), arrest));

    assertThat(incidents).hasSize(1);
  }

  @Test
  void aRoundUpIsNotKeptApartFromAShootingItAlsoTells() {
    // The round-up's first shooting is its main account, yet it tells the other one too, and a
    // collection may file it under either.
    Report roundUp =
        report(
                "roundup",
                SATURDAY.plusDays(1),
                "Gary police are investigating two shootings Saturday. A man was shot and killed"
                    + " Saturday afternoon in the 1800 block of Birch Street. Later a woman was shot"
                    + " around 9:20 pm in the 4000 block of Cedar Road.")
            .event(SubEventType.ATTACK, "shot and killed")
            .on(SATURDAY, "Saturday afternoon")
            .at(GARY, "Gary")
            .figure(Slot.FATALITIES, Quantity.exact(1), "A man was shot and killed")
            .event(SubEventType.ATTACK, "woman was shot")
            .on(SATURDAY, "9:20 pm")
            .figure(Slot.INJURIES, Quantity.exact(1), "a woman was shot")
            .build();
    Report night =
        report(
                "night",
                SATURDAY.plusDays(1),
                "A woman was shot Saturday night in Gary, police said. Officers found her around 9:20"
                    + " pm in the 4000 block of Cedar Road. Police are investigating two shootings.")
            .event(SubEventType.ATTACK, "shot")
            .on(SATURDAY, "Saturday night")
            .at(GARY, "Gary")
            .figure(Slot.INJURIES, Quantity.exact(1), "A woman was shot")
            .build();

    String main = "roundup#" + roundUp.document().text().indexOf("shot and killed");

    List<Incident> incidents = RESOLVER.resolve(List.of(roundUp, night));

    assertThat(incidents)
        .anyMatch(
            incident ->
                incident.documents().contains("night")
                    && incident.mentions().stream().anyMatch(m -> m.id().equals(main)));
  }
}
