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

/** Follow-ups (an arrest, a trial) joined to their shooting by the person both name. */
class FollowUpLinkingTest {
  private static final Resolver RESOLVER = Resolver.standard();
  private static final LocalDate MARCH_5 = LocalDate.of(2021, 3, 5);

  private static Report brief() {
    return report(
            "brief",
            MARCH_5.plusDays(1),
            "A man was shot and killed Friday night on Birch Street in Gary. Officers found him in"
                + " the alley behind a laundromat.")
        .event(SubEventType.ATTACK, "shot and killed")
        .on(MARCH_5, "Friday")
        .at(GARY, "Gary")
        .figure(Slot.FATALITIES, Quantity.exact(1), "A man was shot and killed")
        .build();
  }

  private static Report named() {
    return report(
            "named",
            MARCH_5.plusDays(3),
            "The coroner identified the man shot and killed Friday on Birch Street in Gary as Owen"
                + " Pratt, 31. Pratt was found in the alley behind a laundromat.")
        .person("Owen Pratt")
        .event(SubEventType.ATTACK, "shot and killed")
        .on(MARCH_5, "Friday")
        .at(GARY, "Gary")
        .figure(Slot.FATALITIES, Quantity.exact(1), "the man shot and killed")
        .build();
  }

  @Test
  void aFollowUpMonthsLaterThatNamesTheVictimJoinsItsShooting() {
    // No day of the shooting and no town: only the victim's name ties the arrest to it, and its
    // report's day, three months on, would otherwise keep it apart.
    Report arrest =
        report(
                "arrest",
                LocalDate.of(2021, 6, 15),
                "Police charged a man with murder in the death of Owen Pratt. Pratt was shot and"
                    + " killed in the alley behind a laundromat on Birch Street.")
            .person("Owen Pratt")
            .event(SubEventType.ATTACK, "shot and")
            .figure(Slot.FATALITIES, Quantity.exact(1), "shot and")
            .build();

    List<Incident> incidents = RESOLVER.resolve(List.of(brief(), named(), arrest));

    assertThat(incidents).hasSize(1);
  }

  @Test
  void aKillingThatRecallsAnEarlierVictimByNameStaysApartFromThatKilling() {
    Report later =
        report(
                "later",
                LocalDate.of(2021, 6, 25),
                "A girl was shot and killed Thursday in a bedroom of a home in Gary. Police said her"
                    + " mother left a loaded gun in a closet. On March 5, Owen Pratt was fatally"
                    + " shot in the alley behind a laundromat on Birch Street.")
            .person("Owen Pratt")
            .event(SubEventType.ATTACK, "shot and killed")
            .on(LocalDate.of(2021, 6, 24), "Thursday")
            .at(GARY, "Gary")
            .figure(Slot.FATALITIES, Quantity.exact(1), "A girl was shot and killed")
            .event(SubEventType.ATTACK, "fatally")
            .recalled()
            .on(MARCH_5, "March 5")
            .build();

    String girl = "later#" + later.document().text().indexOf("shot and killed");

    List<Incident> incidents = RESOLVER.resolve(List.of(named(), later));

    assertThat(incidents)
        .noneMatch(
            incident ->
                incident.documents().contains("named")
                    && incident.mentions().stream().anyMatch(m -> m.id().equals(girl)));
  }
}
