package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.event.Trigger;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

class ReportPlacerTest {
  private static final LocalDate DAY = LocalDate.of(2014, 2, 13);

  private static Claim town(String name, String state, int start) {
    Place place = new Place(name, state, "US", "United States", null, null, PlacePrecision.TOWN);
    return new Claim(
        Slot.PLACE,
        place,
        null,
        new Span("doc", start, start + name.length()),
        Attribution.REPORTER,
        DAY);
  }

  private static EventDraft shooting() {
    return new EventDraft(
        10, 18, new Trigger(0, 8, SubEventType.ATTACK, Trigger.Mood.FACTUAL, false), null);
  }

  @Test
  void whereSomeoneLivesGivesWayToTheTownTheReportIsAbout() {
    EventDraft draft = shooting();
    draft.add(town("Chicago", "Illinois", 40));
    draft.placeIncidental(true);

    ReportPlacer.placeInTown(List.of(draft), town("Gary", "Indiana", 200), any -> true);

    assertThat(draft.claims())
        .filteredOn(claim -> claim.slot() == Slot.PLACE)
        .extracting(claim -> ((Place) claim.value()).name())
        .containsExactly("Gary");
    assertThat(draft.placeIncidental()).isFalse();
  }

  @Test
  void aTownOfTheEventItselfStays() {
    EventDraft draft = shooting();
    draft.add(town("Hammond", "Indiana", 40));

    ReportPlacer.placeInTown(List.of(draft), town("Gary", "Indiana", 200), any -> true);

    assertThat(draft.claims())
        .filteredOn(claim -> claim.slot() == Slot.PLACE)
        .extracting(claim -> ((Place) claim.value()).name())
        .containsExactly("Hammond");
  }
}
