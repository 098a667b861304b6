package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.engine.InventedReports.first;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;

/**
 * How US local news says where and when a shooting happened, each phrasing on a short report
 * written for it and read through the whole flow (CoreNLP's entities and times).
 */
class PlaceAndDayPhrasingsTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  @Test
  void theEarlyMorningHoursOfAWeekdayAreThatDay() throws IOException {
    Report report =
        reports.read(
            "early-hours",
            "date 2016-05-11\n"
                + "A man was shot in the early morning hours of Sunday outside a bar on Elm"
                + " Street.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 5, 8));
  }

  @Test
  void aDeathTwoDaysAfterTheShootingDatesTheShootingTwoDaysBefore() throws IOException {
    Report report =
        reports.read(
            "days-after",
            "date 2016-05-10\n"
                + "A man died Tuesday at a hospital, two days after he was shot in the chest outside"
                + " his home.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 5, 8));
  }

  private static List<String> towns(EventMention event) {
    return SeedEventsTest.values(event, Slot.PLACE, Place.class).stream().map(Place::name).toList();
  }

  @Test
  void aNeighborhoodNamedWithItsTownIsPlacedInTheTown() throws IOException {
    Report report =
        reports.read(
            "neighborhood-of",
            "date 2016-05-11\n"
                + "SPRINGFIELD, Ill. - A man was shot Sunday in the East Lake neighborhood of Tarpon"
                + " Springs.\n");

    assertThat(towns(first(report, SubEventType.ATTACK))).containsExactly("Tarpon Springs");
  }

  @Test
  void aParkNamedWithItsTownIsPlacedInTheTown() throws IOException {
    Report report =
        reports.read(
            "park-in",
            "date 2016-05-11\n"
                + "SPRINGFIELD, Ill. - A man was shot Sunday at Lake Park in Granite City.\n");

    assertThat(towns(first(report, SubEventType.ATTACK))).containsExactly("Granite City");
  }

  @Test
  void aTownTheTaggerLeftUntaggedInTheDatelinesStatePlacesTheShooting() throws IOException {
    Report report =
        reports.read(
            "untagged",
            "date 2016-05-11\n"
                + "SPRINGFIELD, Ill. - A Bloomington man was fatally shot Sunday in Normal.\n");

    assertThat(towns(first(report, SubEventType.ATTACK))).containsExactly("Normal");
  }

  @Test
  void aTownJustOutsideWhichTheTaggerTookForAPersonPlacesTheShooting() throws IOException {
    Report report =
        reports.read(
            "outside",
            "date 2016-05-11\n"
                + "SPRINGFIELD, Ill. - A man was shot Sunday just outside Quincy.\n\n"
                + "Officers found Tyler outside Smith's house after the shooting.\n");

    assertThat(towns(first(report, SubEventType.ATTACK))).containsExactly("Quincy");
  }

  @Test
  void aTownBeforeItsNeighborhoodPlacesTheShootingWhenTheTaggerTookItForAPerson()
      throws IOException {
    Report report =
        reports.read(
            "possessive",
            "date 2016-05-10\n"
                + "GARY, Ind. (AP) - A man was shot Sunday in Gary's Glen Park neighborhood.\n");

    assertThat(towns(first(report, SubEventType.ATTACK))).containsExactly("Gary");
  }

  @Test
  void aTownOfTwoWordsTheTaggerTookForAPersonPlacesTheShooting() throws IOException {
    Report report =
        reports.read(
            "two-words",
            "date 2016-05-10\n"
                + "DETROIT (WXYZ) - A shooting in Harper Woods left one man dead Sunday.\n");

    assertThat(towns(first(report, SubEventType.ATTACK))).containsExactly("Harper Woods");
  }

  @Test
  void aTownNamedBeforeTheBarOrTheHomeWhereItHappenedPlacesTheShooting() throws IOException {
    Report bar =
        reports.read(
            "venue-bar",
            "date 2016-05-10\n" + "DETROIT (WXYZ) - A man was shot Sunday outside a Warren bar.\n");
    Report home =
        reports.read(
            "venue-home",
            "date 2016-05-10\n" + "DETROIT (WXYZ) - A man was shot Sunday at a Taylor home.\n");

    assertThat(towns(first(bar, SubEventType.ATTACK))).containsExactly("Warren");
    assertThat(towns(first(home, SubEventType.ATTACK))).containsExactly("Taylor");
  }

  @Test
  void aTownAfterAFamilysHomePlacesTheShooting() throws IOException {
    Report report =
        reports.read(
            "family-home",
            "date 2016-05-11\n"
                + "A 3-year-old boy accidentally shot himself Wednesday at his family's home in"
                + " Normal.\n");

    assertThat(towns(first(report, SubEventType.ATTACK))).containsExactly("Normal");
  }
}
