package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.engine.InventedReports.first;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;

/**
 * The town of a report's shooting as a careful reader places it, where extraction took another
 * place of the report: where the victim lives, a dateline's station read over the people's town, a
 * street taken for a town, a part of the city taken for a namesake elsewhere. Each case is a short
 * report written for it.
 */
class TownOfTheAccountTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  private static List<String> places(Report report) {
    return SeedEventsTest.values(first(report, SubEventType.ATTACK), Slot.PLACE, Place.class)
        .stream()
        .map(Place::name)
        .toList();
  }

  @Test
  void aPartOfThePolicesCityTheGazetteerLacksIsNoFarOffNamesake() throws IOException {
    // Houston's Sunnyside is in no gazetteer row; Sunnyside, New York is the largest namesake.
    Report report =
        reports.read(
            "police-city-part",
            "date 2016-02-08\n"
                + "A 19-year-old man was shot and killed Saturday night in Sunnyside, Houston"
                + " police said.\n\n"
                + "Officers found him in the parking lot of a convenience store. No arrests have"
                + " been made.\n");

    assertThat(places(report)).containsExactly("Houston");
  }

  @Test
  void aNeighbourhoodTheGazetteerKeepsAsATownIsAPartOfThePolicesCity() throws IOException {
    // Broad Ripple is a town of its own in the gazetteer, 10 km from the centre of Indianapolis
    // and in its county; the city's police work there.
    Report report =
        reports.read(
            "police-city-neighbourhood",
            "date 2016-05-02\n"
                + "A 22-year-old man was shot early Sunday outside a bar in Broad Ripple,"
                + " Indianapolis Metro Police said.\n\n"
                + "Officers found him on the sidewalk. His injuries were not life-threatening.\n");

    assertThat(places(report)).containsExactly("Indianapolis");
  }

  @Test
  void aSentencingReportGivesItsEarlierShootingTheHeadlinesTown() throws IOException {
    // The shooting was months before the report and its text names no town; the headline's town
    // lies in the county whose judge the text names.
    Report report =
        reports.readLine(
            "{\"id\": \"s1\", \"published\": \"2016-11-15\", \"title\": \"Dayton man gets"
                + " 15 years for bar shooting\", \"text\": \"A 24-year-old man who shot a"
                + " 30-year-old outside a bar on Third Street last May was sentenced Tuesday to 15"
                + " years in prison. Montgomery County Common Pleas Judge Jo Roe imposed the"
                + " sentence after hearing from the victim's mother.\"}");

    assertThat(places(report)).containsExactly("Dayton");
  }

  @Test
  void thePolicesCityKeepsOutAFarOffNamesakeWhenTheAddressNamesItToo() throws IOException {
    // The outlet's web address names the police's city: it still places a part the gazetteer
    // lacks.
    Report report =
        reports.readLine(
            "{\"id\": \"p1\", \"published\": \"2016-02-08\", \"url\":"
                + " \"http://www.houstonchronicle.com/news/x.html\", \"title\": \"Man dies\","
                + " \"text\": \"A 19-year-old man was shot and killed Saturday night in"
                + " Sunnyside, Houston police said. Officers found him in the parking lot of a"
                + " convenience store.\"}");

    assertThat(places(report)).containsExactly("Houston");
  }

  @Test
  void aTownAboveTheLeadDoesNotOutrankTheTownOfTheShootingsOwnSentence() throws IOException {
    // A crawled page starts with a related story's teaser; the shooting's own sentence names its
    // town, in the same state, with no word of the teaser's.
    Report report =
        reports.read(
            "teaser-above-lead",
            "date 2015-05-10\n"
                + "A Conway business owner says a trailer stolen from a Myrtle Beach lot on Friday"
                + " turned up in a ditch.\n\n"
                + "A 6-year-old girl shot and killed near her home in Dillon has left the town in"
                + " mourning.\n\n"
                + "The girl was shot Saturday afternoon on Main Street, according to the Dillon"
                + " County coroner.\n");

    assertThat(places(report)).containsExactly("Dillon");
  }

  @Test
  void aNeighborhoodAboveTheLeadStillRefinesTheLeadsCity() throws IOException {
    // The teaser's place is finer than the lead's and lies in it: it stays the event's place.
    Report report =
        reports.read(
            "finer-above-lead",
            "date 2016-03-14\n"
                + "Neighbors gathered Monday outside a corner store in Southwest Philadelphia.\n\n"
                + "A 22-year-old man was shot and killed there Sunday night, Pennsylvania State"
                + " Police said.\n");

    assertThat(places(report)).containsExactly("Philadelphia");
  }

  @Test
  void aCitysPoliceNamedByTheirAcronymPlaceTheShooting() throws IOException {
    Report report =
        reports.read(
            "police-acronym",
            "date 2016-09-12\n"
                + "A man was shot and killed Sunday in the parking lot of an apartment complex on"
                + " Desert Inn Road, according to the LVMPD.\n\n"
                + "Homicide detectives said the man, 34, had argued with someone before the"
                + " shooting.\n");

    assertThat(places(report)).containsExactly("Las Vegas");
  }

  @Test
  void theStateOfAVictimsHometownIsNotTheScene() throws IOException {
    Report report =
        reports.read(
            "hometown-state",
            "date 2016-04-11\n"
                + "SALEM, Mass. — A man has been held without bail following a fatal shooting"
                + " that his attorney says was accidental.\n\n"
                + "Jo Doe has been charged in the shooting death of 21-year-old Sam Roe, of Miami,"
                + " Florida.\n");

    assertThat(places(report)).containsExactly("Salem");
  }

  @Test
  void aVictimsHometownStateIsTheSceneWhenTheReportNamesNoOther() throws IOException {
    Report report =
        reports.read(
            "only-state",
            "date 2016-08-31\n"
                + "Deputies found Blake Roe, 20, of Tennille, Georgia, dead from a gunshot wound"
                + " on Tuesday night.\n");

    assertThat(places(report)).containsExactly("Georgia");
  }

  @Test
  void theTownOfTheDatelinesPeopleComesBeforeTheDatelineAlsoUntagged() throws IOException {
    Report report =
        reports.read(
            "untagged-resident",
            "date 2016-04-11\n"
                + "SALEM, Mass. — A 19-year-old Beverly man has been held without bail following"
                + " a fatal shooting that his attorney says was accidental.\n");

    assertThat(places(report)).containsExactly("Beverly");
  }

  @Test
  void aPlaceOfAnotherStateInASentenceTellingNoEventKeepsTheDateline() throws IOException {
    Report report =
        reports.read(
            "other-state-quote",
            "date 2016-06-21\n"
                + "KANSAS CITY, Mo. -- A 4-year-old boy was shot and killed early Monday morning,"
                + " the innocent victim of a rolling gun battle.\n\n"
                + "\"Where are the people that were lined up last Sunday about what happened in"
                + " Florida? Where they at now?\" a neighbor asked.\n");

    assertThat(places(report)).containsExactly("Kansas City");
  }

  @Test
  void aTownBetweenAPossessiveAndAHomeIsATown() throws IOException {
    Report report =
        reports.read(
            "own-home",
            "date 2016-03-01\n"
                + "Police are looking for a suspect in the shooting of a 7-year-old boy who was"
                + " struck by a stray bullet in his Paterson home Monday. Leaving her Paterson home"
                + " Tuesday night, Diana Roe said her son is a trooper.\n");

    assertThat(places(report)).containsExactly("Paterson");
  }

  @Test
  void aRoadIsNoTownAndTheTownAfterItIs() throws IOException {
    Report report =
        reports.read(
            "road-town",
            "date 2016-05-02\n"
                + "MORETOWN, Vt. — State police say a Montpelier teenager suffered minor injuries when"
                + " she was shot while turkey hunting.\n\n"
                + "Police say Jo Green, 16, was hunting in a ground blind at the edge of a corn"
                + " field on River Road in Moretown Sunday morning.\n");

    assertThat(places(report)).containsExactly("Moretown");
  }

  @Test
  void theStateOfTheDatelinesTownAddsNothingToIt() throws IOException {
    Report report =
        reports.read(
            "dateline-state",
            "date 2016-06-18\n"
                + "ELGIN — Authorities have identified the 4-year-old boy who died Friday after"
                + " being shot in the head.\n\n"
                + "The sheriff’s office and the Iowa Division of Criminal Investigation were"
                + " called to investigate the shooting.\n");

    assertThat(places(report)).containsExactly("Elgin");
  }

  @Test
  void aSurnameAfterFromIsThePerson() throws IOException {
    Report report =
        reports.read(
            "surname-from",
            "date 2016-07-01\n"
                + "MILWAUKEE — 37-year-old Oliver Kennedy of Milwaukee has been charged in the"
                + " fatal shooting of 49-year-old Alac Jackson.\n\n"
                + "A friend said he received a telephone call from Kennedy around 2:30 a.m. on the"
                + " night of the shooting.\n");

    assertThat(places(report)).containsExactly("Milwaukee");
  }

  @Test
  void aNeighborhoodOfTheCityIsTheCitys() throws IOException {
    Report report =
        reports.read(
            "city-neighborhood",
            "date 2016-09-13\n"
                + "PITTSBURGH (KDKA) — Police are investigating after a teenager was shot and"
                + " killed in the city’s Garfield neighborhood Monday night.\n");

    assertThat(places(report)).containsExactly("Pittsburgh");
  }

  @Test
  void theTownsPoliceDecideANeighbourhoodsName() throws IOException {
    Report report =
        reports.read(
            "police-town",
            "date 2016-11-18\n"
                + "A 14-year-old boy was shot to death in his Englewood home on Friday evening,"
                + " according to Chicago Police.\n");

    assertThat(places(report)).containsExactly("Chicago");
  }

  @Test
  void aStreetNamedForATownSupportsNoState() throws IOException {
    Report report =
        reports.read(
            "street-support",
            "date 2016-11-18\n"
                + "A 14-year-old boy was shot to death in his Englewood home on Friday evening,"
                + " according to Chicago Police. The shooting happened in the 5600 block of South"
                + " Princeton.\n");

    assertThat(places(report)).containsExactly("Chicago");
  }

  @Test
  void aBareTownsPoliceInAnAmericanReportAreAmerican() throws IOException {
    String text =
        "A 2-year-old girl shot on Sunday morning has died, Toledo Police said. A man was"
            + " arrested.";
    Report unsure = reports.read("police-abroad", "date 2016-12-04\n" + text + "\n");
    Report american =
        reports.read(
            "police-american",
            "date 2016-12-04\n"
                + text
                + " Anyone with information is asked to call Crime Stoppers at (419) 555-0100.\n");

    // Toledo may be in Ohio, Spain, Brazil or the Philippines: a telephone number of North America
    // says which.
    assertThat(places(unsure)).isEmpty();
    assertThat(SeedEventsTest.values(first(american, SubEventType.ATTACK), Slot.PLACE, Place.class))
        .extracting(Place::name, Place::admin1)
        .containsExactly(tuple("Toledo", "Ohio"));
  }

  @Test
  void aSceneNamedWithinTheAgencysTownIsTheScene() throws IOException {
    Report report =
        reports.read(
            "agency-scene",
            "date 2016-05-19\n"
                + "Houston police say a 17-year-old boy was shot and killed on Thursday evening"
                + " at an apartment complex in Pasadena.\n");

    assertThat(SeedEventsTest.values(first(report, SubEventType.ATTACK), Slot.PLACE, Place.class))
        .extracting(Place::name, Place::admin1)
        .containsExactly(tuple("Pasadena", "Texas"));
  }

  @Test
  void aStreetOrATownOfAnotherStateIsNoSceneWithinTheAgencysTown() throws IOException {
    Report report =
        reports.read(
            "agency-street",
            "date 2016-12-12\n"
                + "Milwaukee police are investigating the fatal shooting of a 15-year-old girl"
                + " near 35th and Silver Spring on Monday evening.\n");

    assertThat(places(report)).containsExactly("Milwaukee");
  }

  @Test
  void aDatelinesCapitalsAreNotTheTownsName() throws IOException {
    Report report =
        reports.read(
            "dateline-capitals",
            "date 2016-03-05\n"
                + "BURBANK >> Police on Friday were investigating the death of a 34-year-old man"
                + " who was shot outside of a hotel.\n");

    assertThat(places(report)).containsExactly("Burbank");
  }

  @Test
  void aStateNamedForItsAgencyLeavesTheDatelinesTown() throws IOException {
    Report report =
        reports.read(
            "state-agency",
            "date 2016-12-01\n"
                + "MILFORD, Pa. (AP) — A 40-year-old man was shot and killed at his home on"
                + " Tuesday night, Pennsylvania state police said.\n");

    assertThat(SeedEventsTest.values(first(report, SubEventType.ATTACK), Slot.PLACE, Place.class))
        .extracting(Place::name, Place::admin1)
        .containsExactly(tuple("Milford", "Pennsylvania"));
  }

  @Test
  void aCountyAfterASentencesEndIsTheCountyAlone() throws IOException {
    Report report =
        reports.read(
            "county-after-period",
            "date 2016-03-14\n"
                + "A man was shot on Keith Street on Saturday, Cleveland police said. He was taken"
                + " to Tennova Healthcare-Cleveland. The Bradley County Sheriff's Office assisted.\n");

    // "Healthcare-Cleveland. The Bradley County" is no county's name: Bradley County holds the
    // Cleveland of Tennessee, not that of Ohio.
    assertThat(SeedEventsTest.values(first(report, SubEventType.ATTACK), Slot.PLACE, Place.class))
        .extracting(Place::name, Place::admin1)
        .containsExactly(tuple("Cleveland", "Tennessee"));
  }

  @Test
  void aCountyNamedWithoutItsWordKeepsOutAFarOffNamesake() throws IOException {
    Report report =
        reports.read(
            "bare-county",
            "date 2015-01-22\n"
                + "Pinellas detectives said a 3-year-old boy shot himself with his father's handgun"
                + " at a home in Eastlake on Wednesday.\n");

    // Eastlake, Ohio is the gazetteer's only Eastlake; Pinellas is a county of Florida alone.
    assertThat(SeedEventsTest.values(first(report, SubEventType.ATTACK), Slot.PLACE, Place.class))
        .extracting(Place::admin1)
        .doesNotContain("Ohio");
  }

  @Test
  void theAreaAroundTheSceneIsNotTheScene() throws IOException {
    // "Long Island" alone is also a name of Long Island City, a part of New York City.
    Report report =
        reports.read(
            "area-around-the-scene",
            "date 2016-06-20\n"
                + "MINEOLA, N.Y. (AP) - A shooting outside a deli has police in a Long Island"
                + " village asking for help. A 31-year-old man was wounded in the shoulder early"
                + " Sunday.\n\n"
                + "Detectives said the gunman fled in a gray sedan.\n");

    assertThat(places(report)).containsExactly("Mineola");
  }
}
