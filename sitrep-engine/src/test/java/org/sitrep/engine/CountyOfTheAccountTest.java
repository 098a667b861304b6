package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.engine.InventedReports.first;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;

/**
 * A report that gives no town but a county (rural news: "GRAYSON COUNTY, Ky. –", "Newton County
 * sheriff's investigators said") places its shooting in the county, finer than its state. Each case
 * is a short report written for it.
 */
class CountyOfTheAccountTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  private static List<Place> places(Report report) {
    return SeedEventsTest.values(first(report, SubEventType.ATTACK), Slot.PLACE, Place.class);
  }

  @Test
  void aDatelinesCountyPlacesTheShooting() throws IOException {
    Report report =
        reports.read(
            "dateline-county",
            "date 2016-03-14\n"
                + "GRAYSON COUNTY, Ky. (WXYZ) - Deputies responded to an accidental shooting in"
                + " Grayson County on Monday.\n\n"
                + "A man was shot in the leg while he cleaned a rifle in a barn on Hickory Road,"
                + " the sheriff said. He is expected to recover.\n");

    assertThat(places(report))
        .singleElement()
        .satisfies(
            place -> {
              assertThat(place.name()).isEqualTo("Grayson County");
              assertThat(place.admin1()).isEqualTo("Kentucky");
              assertThat(place.precision()).isEqualTo(PlacePrecision.COUNTY);
              assertThat(place.lat()).isNotNull();
            });
  }

  @Test
  void aCountysPoliceNamedWithoutTheWordPlaceTheShootingInTheCounty() throws IOException {
    Report report =
        reports.read(
            "county-police-without-the-word",
            "date 2016-09-06\n"
                + "A 9-year-old boy was shot in the arm Sunday night outside a home in a quiet"
                + " neighborhood, Miami-Dade Police said.\n\n"
                + "The boy is expected to recover, a Miami-Dade Police spokesman said. No arrests"
                + " have been made.\n");

    assertThat(places(report))
        .singleElement()
        .satisfies(
            place -> {
              assertThat(place.name()).isEqualTo("Miami-Dade County");
              assertThat(place.admin1()).isEqualTo("Florida");
              assertThat(place.precision()).isEqualTo(PlacePrecision.COUNTY);
              assertThat(place.seat()).isEqualTo("Miami");
            });
  }

  @Test
  void theLawmensCountyNotWhereTheManLivedNorTheLineNearby() throws IOException {
    Report report =
        reports.read(
            "lawmen-county",
            "date 2015-11-09\n"
                + "A Walton County man was shot and killed Saturday at a hunting camp near the"
                + " Morgan County line, Newton County sheriff's investigators said.\n\n"
                + "It was the third hunting death in rural Georgia this season, a state wildlife"
                + " officer said.\n");

    assertThat(places(report)).extracting(Place::name).containsExactly("Newton County");
  }

  @Test
  void theCountyOverATownOfAnotherCountyWhereTheWoundedWereTaken() throws IOException {
    Report report =
        reports.read(
            "county-over-hospital-town",
            "date 2016-04-18\n"
                + "A 4-year-old boy was shot in the leg Saturday, deputies said. He was flown to"
                + " a hospital in Fort Pierce.\n\n"
                + "Okeechobee County Sheriff Jo Doe said the shooting was accidental.\n");

    assertThat(places(report))
        .extracting(Place::name, Place::admin1)
        .containsExactly(org.assertj.core.api.Assertions.tuple("Okeechobee County", "Florida"));
  }

  @Test
  void aTownOfTheReportComesBeforeItsCounty() throws IOException {
    Report report =
        reports.read(
            "town-and-county",
            "date 2016-05-02\n"
                + "MARIETTA, Ga. -- A man was shot outside a bar on Friday night, the Cobb County"
                + " Sheriff's Office said.\n");

    assertThat(places(report))
        .extracting(Place::name, Place::precision)
        .containsExactly(org.assertj.core.api.Assertions.tuple("Marietta", PlacePrecision.TOWN));
  }

  @Test
  void aCountyOfManyStatesInAReportOfNoStateIsNoPlace() throws IOException {
    Report report =
        reports.read(
            "many-states-county",
            "date 2016-07-18\n"
                + "Washington County deputies are investigating a shooting that left one man dead"
                + " Sunday night.\n");

    assertThat(places(report)).isEmpty();
  }

  @Test
  void aStatesOwnAgencyTellsWhichStatesCountyItIs() throws IOException {
    Report report =
        reports.read(
            "county-of-the-state-agency",
            "date 2016-02-09\n"
                + "A teenager was wounded Sunday evening when a rifle went off inside a house in"
                + " Floyd County.\n\n"
                + "Agents of the Georgia Bureau of Investigation are helping deputies find out"
                + " who fired the rifle, a spokesman said.\n");

    assertThat(places(report))
        .extracting(Place::name, Place::admin1)
        .containsExactly(org.assertj.core.api.Assertions.tuple("Floyd County", "Georgia"));
  }

  @Test
  void aMeetingsTownAfterTheShootingIsNotItsPlace() throws IOException {
    Report report =
        reports.read(
            "meeting-town",
            "date 2016-10-04\n"
                + "A 15-year-old boy was shot in the leg outside a birthday party on Saturday"
                + " night, Broward Sheriff's Office deputies said.\n\n"
                + "Parents and pastors gathered at a community meeting in Dania Beach on Monday"
                + " to talk about violence among teenagers.\n");

    assertThat(places(report))
        .extracting(Place::name, Place::admin1)
        .containsExactly(org.assertj.core.api.Assertions.tuple("Broward County", "Florida"));
  }
}
