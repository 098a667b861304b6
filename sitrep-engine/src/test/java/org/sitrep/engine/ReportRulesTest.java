package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.engine.InventedReports.first;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventFigures;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;

/**
 * Rules of extraction that need the whole flow (CoreNLP's entities and times), each on a short
 * report written for it: where a dateline places an event, what dates an event told without a day
 * in its own sentence, a bomb that was only a strike's target.
 */
class ReportRulesTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  @Test
  void aDatelineInCapitalsPlacesTheShootingItsSentenceDoesNot() throws IOException {
    Report report =
        reports.read(
            "dateline",
            "date 2016-04-12\n"
                + "KATY, Texas - A man was arrested after his father was fatally shot Saturday at"
                + " their home.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name, Place::admin1)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Katy", "Texas"));
  }

  @Test
  void officersCalledToTheSceneOnADayDateTheShooting() throws IOException {
    Report report =
        reports.read(
            "scene",
            "date 2016-03-12\n"
                + "The police department is investigating after an accidental shooting left a"
                + " 12-year-old boy dead inside his home. Officers were called to the home on"
                + " Appaloosa Trail on Friday. A man was arrested Saturday.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 3, 11));
  }

  @Test
  void aDayWithinTheWeekAReportFirstGaveDatesTheSameShooting() throws IOException {
    Report report =
        reports.read(
            "week-then-day",
            "date 2016-06-07\n"
                + "The Overland teen who shot himself in the chest and died last week was trying"
                + " to take a selfie, police said.\n\nThe shooting happened Friday, June 3 around"
                + " 7:30 p.m. in the 9500 block of Page.\n");

    List<EventMention> shootings =
        report.events().stream().filter(e -> e.subtype() == SubEventType.ATTACK).toList();

    assertThat(shootings).hasSize(1);
    assertThat(SeedEventsTest.values(shootings.get(0), Slot.DATE, EventDate.class))
        .first()
        .extracting(EventDate::value)
        .isEqualTo(LocalDate.of(2016, 6, 3));
  }

  @Test
  void theWordsThatNameAShootingsKindDoNotMakeASecondShooting() throws IOException {
    Report report =
        reports.read(
            "kind",
            "date 2016-11-28\n"
                + "A woman was fatally shot in the abdomen in a hunting accident in Caledonia on"
                + " Sunday, according to the sheriff.\n");

    List<EventMention> shootings =
        report.events().stream().filter(e -> e.subtype() == SubEventType.ATTACK).toList();

    assertThat(shootings).hasSize(1);
    assertThat(SeedEventsTest.values(shootings.get(0), Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 11, 27));
    assertThat(SeedEventsTest.values(shootings.get(0), Slot.FATALITIES, Quantity.class))
        .extracting(Quantity::stated)
        .containsExactly(1L);
  }

  @Test
  void anEventOfYearsAgoIsNotTheShootingToldSoFarWithoutADay() throws IOException {
    Report report =
        reports.read(
            "years-ago",
            "date 2014-10-18\n"
                + "An avid hunter, Jacob was looking at the shotgun with a friend when the gun"
                + " accidentally went off, firing a shot that killed Jacob, authorities said.\n\n"
                + "Cardone said he was reminded of a November 2003 incident in which a 17-year-old"
                + " boy accidentally shot and killed his 16-year-old best friend.\n");

    assertThat(report.events())
        .filteredOn(e -> e.subtype() == SubEventType.ATTACK)
        .extracting(EventMention::background)
        .containsExactly(false, true);
  }

  @Test
  void theScenesDayJoinsAMurderToTheShootingToldAfterIt() throws IOException {
    Report report =
        reports.read(
            "scene-murder",
            "date 2016-05-27\n"
                + "A retired officer has killed his two children and himself in an alleged murder"
                + " suicide.\n\nThursday around 5:30 p.m., State Police responded to a 911 call at"
                + " the home.\n\nPolice found the man dead from a single gunshot wound to the"
                + " head.\n");

    assertThat(report.events()).filteredOn(e -> e.subtype() == SubEventType.ATTACK).hasSize(1);
  }

  @Test
  void aDeathOfAYearAndAHalfAgoIsNotTheDayShootings() throws IOException {
    Report report =
        reports.read(
            "year-and-a-half",
            "date 2016-03-01\n"
                + "A 7-year-old boy was struck and wounded by a bullet Monday evening inside a home"
                + " in Paterson.\n\nResidents say they are tired of living in fear. A year and a half"
                + " ago 12-year-old Genesis Rincon was killed after being caught in a crossfire.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.INJURIES, Quantity.class))
        .extracting(Quantity::stated)
        .containsExactly(1L);
    assertThat(SeedEventsTest.values(shooting, Slot.FATALITIES, Quantity.class)).isEmpty();
  }

  @Test
  void aCarBombAStrikeWasAimedAtIsNoBombingOfItsOwn() throws IOException {
    Report report =
        reports.read(
            "strike",
            "date 2021-08-30\n"
                + "The US announced that an air attack on an IS-prepared car bomb was carried out"
                + " in Kabul on Sunday night.\n");

    assertThat(report.events())
        .extracting(EventMention::subtype)
        .containsExactly(SubEventType.AIR_DRONE_STRIKE);
    assertThat(SeedEventsTest.values(report.events().get(0), Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2021, 8, 29));
  }

  @Test
  void anEventPlacedOnlyInItsStateTakesTheTownTheReportKeepsReturningTo() throws IOException {
    Report report =
        reports.read(
            "town",
            "date 2016-03-20\n"
                + "A 24-year-old Georgia woman died after a shooting at a home on Sunday. Police in"
                + " Macon said the woman was shot in the kitchen. Macon police have not named a"
                + " suspect.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name)
        .containsExactly("Macon");
  }

  @Test
  void aDayTheReportGivesNearAnUndatedEventDatesIt() throws IOException {
    Report report =
        reports.read(
            "likely-day",
            "date 2014-03-11\n"
                + "A Texas toddler is dead after being accidentally shot by his cousin. Braison"
                + " Howard, 3, was playing with his cousin on Monday at his family's home when the"
                + " older boy picked up a shotgun.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2014, 3, 10));
  }

  @Test
  void theDayOfAVigilOrAPostDatesNoEvent() throws IOException {
    Report report =
        reports.read(
            "aftermath-day",
            "date 2014-10-20\n"
                + "A teenager was fatally shot when a rifle accidentally discharged in a truck. Classmates"
                + " held a vigil for him on Sunday. In a Facebook post on Saturday, a friend said"
                + " he loved to dance.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.DATE, EventDate.class)).isEmpty();
  }

  @Test
  void aReportPlacingItsShootingNowhereElseIsInTheTownWhosePoliceItNames() throws IOException {
    Report report =
        reports.read(
            "police-town",
            "date 2015-07-05\n"
                + "A 7-year-old boy was shot and killed Saturday night while celebrating the Fourth"
                + " of July with his family on the city's West Side. Chicago Police Superintendent"
                + " Garry McCarthy said the bullet was meant for his father.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name, Place::admin1)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Chicago", "Illinois"));
  }

  @Test
  void crossStreetsNamedAfterTownsAreNoTowns() throws IOException {
    Report report =
        reports.read(
            "cross-streets",
            "date 2016-09-26\n"
                + "A 3-year-old girl was shot and killed while riding in a car with her family on"
                + " Sunday. Investigators searched Commerce Street, between West Jackson and West"
                + " Jefferson, Stockton police said.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name)
        .containsExactly("Stockton");
  }

  @Test
  void justBeforeAnHourOfADayDatesTheShootingOnThatDay() throws IOException {
    Report report =
        reports.read(
            "hour",
            "date 2016-03-12\n"
                + "An accidental shooting left a 12-year-old boy dead inside his home. It happened"
                + " in the 4900 block of Appaloosa Trail just before 6 p.m. Friday.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 3, 11));
  }

  @Test
  void aDayNearerTheKillingThanTheArrestIsTheKillings() throws IOException {
    Report report =
        reports.read(
            "killing-arrest",
            "date 2016-03-19\n"
                + "A 15-year-old girl was shot and killed in Apopka Saturday and a 16-year-old has"
                + " been arrested for her murder.\n");

    EventMention killing = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(killing, Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 3, 19));
  }

  @Test
  void theTownWhosePoliceWorkTheCaseOutranksTheStationsDateline() throws IOException {
    Report report =
        reports.read(
            "police-dateline",
            "date 2015-11-18\n"
                + "LITTLE ROCK, Ark. - A two-year-old boy has died after being shot on Tuesday"
                + " afternoon, police say. The Benton Police Department said officers were called to"
                + " a home on Pearl Street.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name, Place::admin1)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Benton", "Arkansas"));
  }

  @Test
  void anArrestInAKillingIsAnEventApartFromTheKilling() throws IOException {
    Report report =
        reports.read(
            "arrest-killing",
            "date 2016-11-29\n"
                + "Two suspects were arrested Monday in the killing of a 38-year-old man outside a"
                + " Little Rock home.\n");

    EventMention arrest = first(report, SubEventType.ARRESTS);

    assertThat(report.events())
        .extracting(EventMention::subtype)
        .contains(SubEventType.ARRESTS, SubEventType.ATTACK);
    assertThat(SeedEventsTest.values(arrest, Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 11, 28));
    assertThat(
            SeedEventsTest.values(first(report, SubEventType.ATTACK), Slot.DATE, EventDate.class))
        .isEmpty();
  }

  @Test
  void aWeekdayWithAnHourIsOfTheWeekJustPast() throws IOException {
    Report report =
        reports.read(
            "weekday-hour",
            "date 2016-08-08\n"
                + "Deputies say the shooting happened around 8:20 p.m. on Saturday at a home on"
                + " Townsgate Circle.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 8, 6));
    // A Friday report: the tagger puts "9:30 p.m. Saturday" on the next day, still the week past.
    Report friday =
        reports.read(
            "weekday-hour-friday",
            "date 2016-05-13\n"
                + "A man was shot around 9:30 p.m. Saturday in the 400 block of Elm Street.\n");

    assertThat(
            SeedEventsTest.values(first(friday, SubEventType.ATTACK), Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 5, 7));
  }

  @Test
  void weeksAgoIsAWeekAndAPagesTimeStampIsNoDayOfTheEvent() throws IOException {
    Report weeksAgo =
        reports.read(
            "weeks-ago",
            "date 2015-04-23\n" + "The 7-year-old died in a drive-by shooting two weeks ago.\n");
    Report stamped =
        reports.read(
            "stamp",
            "date 2016-11-29\n"
                + "November 28, 2016 02:23 PM\n\nUPDATE: A woman was fatally shot in a hunting"
                + " accident, the sheriff said.\n");

    assertThat(
            SeedEventsTest.values(first(weeksAgo, SubEventType.ATTACK), Slot.DATE, EventDate.class))
        .extracting(EventDate::precision)
        .containsExactly(org.sitrep.model.DatePrecision.WEEK);
    assertThat(
            SeedEventsTest.values(first(stamped, SubEventType.ATTACK), Slot.DATE, EventDate.class))
        .isEmpty();
  }

  @Test
  void aShootingRangeNamedAfterItsTownPlacesTheShootingThere() throws IOException {
    Report report =
        reports.read(
            "range",
            "date 2016-08-17\n"
                + "A boy was fatally shot at a gun range in northern Iowa on Sunday. He was hit"
                + " by a pellet at the Garner shooting range, police said.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name, Place::admin1)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Garner", "Iowa"));
  }

  @Test
  void theHomeWhereAShootingHappenedPlacesItInItsTown() throws IOException {
    Report report =
        reports.read(
            "home",
            "date 2016-03-08\n"
                + "A sheriff in central Montana says a woman shot her son and then herself."
                + " The sheriff says the shooting happened at a residence in Roundup on Sunday"
                + " night.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name, Place::admin1)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Roundup", "Montana"));
  }

  @Test
  void aTownBeforeTheWordHomeIsTheSceneAndAQuotedAccountIsNoPlace() throws IOException {
    Report report =
        reports.read(
            "town-home",
            "date 2016-01-22\n"
                + "Boy, 4, dies after accidentally shooting himself in the head at a Texas home"
                + " pic.twitter.com/lMG6fHTgGK — KPRC 2 Houston (@KPRC2) January 22, 2016\n\n"
                + "Authorities arrived at the Cypress home in the 15400 block of Redbud Berry Way"
                + " shortly after midnight.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name, Place::admin1)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Cypress", "Texas"));
  }

  @Test
  void aFamilysHomeNamesNoTown() throws IOException {
    Report report =
        reports.read(
            "family-home",
            "date 2016-11-20\n"
                + "A Vermont man was fatally shot Saturday, police said. Deputies found Dale"
                + " Johnson at the Johnson home after a neighbor called.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name)
        .doesNotContain("Johnson");
  }

  @Test
  void theDistrictOfColumbiaPlacesTheShootingInWashington() throws IOException {
    Report report =
        reports.read(
            "district",
            "date 2016-11-26\n"
                + "Breyona McMillian was shot and killed Friday morning outside her mother's"
                + " home in Southeast D.C.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name, Place::precision)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Washington", PlacePrecision.TOWN));
  }

  @Test
  void aTownNamedLikeItsProvinceKeepsTheNameAsWritten() throws IOException {
    Report report =
        reports.read(
            "province-town",
            "date 2021-09-07\n"
                + "A suicide bomber killed 12 people at a market in Kandahar, Afghanistan, on"
                + " Tuesday, police said.\n");

    EventMention bombing = first(report, SubEventType.SUICIDE_BOMB);

    assertThat(SeedEventsTest.values(bombing, Slot.PLACE, Place.class))
        .extracting(Place::name)
        .containsExactly("Kandahar");
  }

  @Test
  void aTownTheTaggerTakesForAPersonStillPlacesTheShooting() throws IOException {
    Report report =
        reports.read(
            "town-person",
            "date 2016-09-09\n"
                + "The Kern County Sheriff's Office is calling a deadly shooting in Rosamond that"
                + " killed a 14-year-old football player an accident.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name, Place::admin1)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Rosamond", "California"));
  }

  @Test
  void aReportThatNamesOnlyWhereItsPeopleLivePlacesTheShootingThere() throws IOException {
    Report report =
        reports.read(
            "residence-town",
            "date 2016-09-05\n"
                + "One of the victims that was involved in a shooting in the Creekwood community on"
                + " Sept. 3 died Saturday morning.\n\n"
                + "On Thursday, officials identified the four people who were shot in the Creekwood"
                + " community.\n\n"
                + "The four victims were identified as: Wakeel Stewart, 21, of Wilmington, Maurice"
                + " Bellamy, 25, of Wilmington, and Darryl Freeman, 28, of Wilmington.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 9, 3));
    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name)
        .containsExactly("Wilmington");
  }

  @Test
  void theTownOfTheDatelinesPeopleComesBeforeTheStationsCity() throws IOException {
    Report report =
        reports.read(
            "dateline-residence",
            "date 2014-08-05\n"
                + "MIAMI (CBSMiami) – A Florida City teen has been charged in the shooting death of"
                + " another teen over the weekend.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name)
        .containsExactly("Florida City");
  }

  @Test
  void aReportCitingAnAmericanStationReadsItsTownInAmerica() throws IOException {
    Report report =
        reports.read(
            "station",
            "date 2017-03-05\n"
                + "A 9-year-old boy was killed late Saturday when gunfire struck a Salisbury house,"
                + " WXYQ reports. Officers found the boy inside.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name, Place::country)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Salisbury", "US"));
  }

  @Test
  void theShootingAnOldArrestFollowedIsOfItsTime() throws IOException {
    Report report =
        reports.read(
            "old-arrest",
            "date 2016-11-29\n"
                + "A 16-year-old girl was shot and killed outside her home, police said.\n\n"
                + "The chief said at a news conference Tuesday morning that a man was seen firing"
                + " a gun near the time she was shot.\n\n"
                + "Jones was arrested in August 2014 after police said he and another man shot and"
                + " injured three men and three women in an alley.\n");

    EventMention killing = first(report, SubEventType.ATTACK);

    assertThat(killing.background()).isFalse();
    assertThat(killing.claims()).noneMatch(claim -> claim.slot() == Slot.INJURIES);
    assertThat(killing.claims()).noneMatch(claim -> claim.slot() == Slot.DATE);
    assertThat(report.events())
        .filteredOn(event -> event.subtype() == SubEventType.ATTACK && event.background())
        .singleElement()
        .satisfies(
            old -> assertThat(old.claims()).anyMatch(claim -> claim.slot() == Slot.INJURIES));
  }

  @Test
  void aMonthOrACityGovernmentsWordIsNoTown() throws IOException {
    Report report =
        reports.read(
            "month",
            "date 2016-11-07\n"
                + "An arrest has been made in the murders of a 26-year-old Long Beach woman and her"
                + " 4-year-old daughter, who were shot near their home in August, authorities"
                + " announced Monday.\n");

    assertThat(report.events())
        .flatExtracting(event -> SeedEventsTest.values(event, Slot.PLACE, Place.class))
        .extracting(Place::name)
        .doesNotContain("August")
        .contains("Long Beach");
    Report metro =
        reports.read(
            "metro",
            "date 2015-03-13\n"
                + "A 4-year-old girl was shot at a home Friday, police said. Officers responded"
                + " along with Metro Police officers.\n");
    assertThat(metro.events())
        .flatExtracting(event -> SeedEventsTest.values(event, Slot.PLACE, Place.class))
        .extracting(Place::name)
        .doesNotContain("Metro");
  }

  @Test
  void aTownTheTaggerTakesForAnOrganizationStillTellsWhereSomeoneLives() throws IOException {
    Report report =
        reports.read(
            "town-organization",
            "date 2016-07-30\n"
                + "TRENTON — A Browns Mills teenager was charged Friday with fatally shooting a"
                + " classmate in a garage.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name, Place::admin1)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Browns Mills", "New Jersey"));
  }

  @Test
  void thePoliceOfATownNamedLikeASectionOfACityAreTheTownsOwn() throws IOException {
    Report report =
        reports.read(
            "police-section",
            "date 2015-12-12\n"
                + "A 16-year-old boy was accidentally shot in the leg early Saturday while cleaning"
                + " a rifle, Universal City Police said.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name, Place::admin1)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Universal City", "Texas"));
  }

  @Test
  void aHolidayBeforeTheShootingDatesIt() throws IOException {
    Report report =
        reports.read(
            "holiday",
            "date 2016-12-28\n"
                + "The 18-year-old went out deer hunting on Christmas Eve with his father.\n\n"
                + "He struck his rifle butt on the ice. But the muzzleloader fired, ripping into"
                + " his chest.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 12, 24));
  }

  @Test
  void aCountrysNameBeforeAWordForAPersonIsATown() throws IOException {
    Report report =
        reports.read(
            "country-town",
            "date 2014-09-20\n"
                + "A 2-year-old boy died of a gunshot wound last Saturday at a neighbor's home."
                + " The Denmark man was charged Friday with possession of a stolen weapon.\n");

    assertThat(report.events())
        .flatExtracting(event -> SeedEventsTest.values(event, Slot.PLACE, Place.class))
        .extracting(Place::name, Place::country)
        .contains(org.assertj.core.groups.Tuple.tuple("Denmark", "US"))
        .doesNotContain(org.assertj.core.groups.Tuple.tuple("Denmark", "DK"));
  }

  @Test
  void twoNamedDeadToldInTwoSentencesAreTwoDeaths() throws IOException {
    Report report =
        reports.read(
            "named-dead",
            "date 2015-03-10\n"
                + "A mother and her son were shot at their home in Springfield on Sunday, police"
                + " said.\n\n"
                + "Jaxon Reed, 6, was pronounced dead at the scene.\n\n"
                + "His older sister was not home at the time.\n\n"
                + "Morgan Reed died Tuesday of the injuries she suffered, the sheriff said.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(2L);
  }

  @Test
  void namedDeadAmongACountOfTheDeadAreNotCountedTwice() throws IOException {
    Report report =
        reports.read(
            "named-dead-counted",
            "date 2015-03-10\n"
                + "Two people were killed in a shooting at a home in Springfield on Sunday, police"
                + " said.\n\n"
                + "Jaxon Reed, 6, was pronounced dead at the scene.\n\n"
                + "Morgan Reed died at a hospital, the sheriff said.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(2L);
  }

  @Test
  void aWeekdayThatDisagreesWithItsDateIsTheDay() throws IOException {
    Report report =
        reports.read(
            "weekday-date",
            "date 2016-11-16\n"
                + "A 4-year-old girl was shot and killed by a robber on Monday, Nov. 15, outside"
                + " her apartment.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(SeedEventsTest.values(shooting, Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 11, 14));
  }

  @Test
  void theVictimAndThePlaceOfAnArrestSentenceAreTheShootingsItTellsOf() throws IOException {
    Report report =
        reports.read(
            "arrest-after-shooting",
            "date 2016-01-19\n"
                + "A 19-year-old man was arrested after a teenage girl was accidentally shot while"
                + " he was showing off a pistol Monday night in Slidell, officials said.\n\n"
                + "She was taken to a hospital in Baton Rouge with a wound to her arm.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);
    EventMention arrest = first(report, SubEventType.ARRESTS);

    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(1L);
    assertThat(EventFigures.injuries(arrest, report.document()).isKnown()).isFalse();
    assertThat(SeedEventsTest.values(shooting, Slot.PLACE, Place.class))
        .extracting(Place::name)
        .containsExactly("Slidell");
  }

  @Test
  void aShooterKillingHimselfAfterTheShootingIsNoEventOfItsOwn() throws IOException {
    Report report =
        reports.read(
            "killing-himself",
            "date 2016-05-13\n"
                + "A man shot his wife and two children before killing himself Sunday in"
                + " Springfield, Illinois.\n");

    assertThat(report.events()).hasSize(1);
    assertThat(SeedEventsTest.values(report.events().get(0), Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 5, 8));
  }

  @Test
  void theDayOfADeathGivesWayToTheDayOfTheWound() throws IOException {
    Report report =
        reports.read(
            "death-day",
            "date 2016-05-13\n"
                + "A 5-year-old girl died Monday from a gunshot wound she suffered Saturday in"
                + " Springfield, Illinois.\n");

    assertThat(
            SeedEventsTest.values(first(report, SubEventType.ATTACK), Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 5, 7));
  }

  @Test
  void theDayOfADeathDatesTheShootingWhenNoOtherDayIsTold() throws IOException {
    // "2-year" is a time expression too, but no day; a bond hearing's day is no event's.
    Report report =
        reports.read(
            "death-day-alone",
            "date 2016-05-13\n"
                + "Bond was set Friday on the neighbor of the 2-year-old who died of a gunshot"
                + " wound last Saturday in Springfield, Illinois.\n");

    assertThat(
            SeedEventsTest.values(first(report, SubEventType.ATTACK), Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 5, 7));
  }

  @Test
  void oneOfTheInjuredWhoLaterDiedIsDeadAndNoLongerInjured() throws IOException {
    Report report =
        reports.read(
            "injured-who-died",
            "date 2016-05-13\n"
                + "Two people were killed and three others were injured in a shooting Sunday in"
                + " Springfield, Illinois. One of the injured later died.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(3L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(2L);
  }

  @Test
  void aGunshotVictimWhoDiedOfHerInjuriesIsDeadAndNoLongerInjured() throws IOException {
    Report report =
        reports.read(
            "victim-died-of-injuries",
            "date 2016-05-13\n"
                + "Two people were killed and two others were wounded in a shooting Sunday in"
                + " Springfield, Illinois. One of the gunshot victims has died from her"
                + " injuries.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(3L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(1L);
  }

  @Test
  void twoOfThoseShotWhoDiedLeaveTheRestInjured() throws IOException {
    Report report =
        reports.read(
            "shot-then-died",
            "date 2016-05-13\n"
                + "Four people were shot Sunday in Springfield, Illinois. Two of them died.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(2L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(2L);
  }

  @Test
  void theWoundedWhoDiedAfterATollAreInTheToll() throws IOException {
    Report report =
        reports.read(
            "toll-then-wounded-died",
            "date 2016-05-13\n"
                + "The death toll in Sunday's shooting in Springfield, Illinois, has risen to four."
                + " Police said one of the injured died at the hospital.\n");

    assertThat(EventFigures.fatalities(first(report, SubEventType.ATTACK)).best()).isEqualTo(4L);
  }

  @Test
  void aDeathDaysAfterTheShootingIsTheShootingsVictim() throws IOException {
    Report report =
        reports.read(
            "death-days-after",
            "date 2016-06-23\n"
                + "A man accidentally shot his friend at his home in Springfield, Illinois, on June"
                + " 2, police reported.\n\n"
                + "The friend died from a gunshot wound to his head on June 5.\n");

    List<EventMention> shootings =
        report.events().stream().filter(e -> e.subtype() == SubEventType.ATTACK).toList();
    assertThat(shootings).hasSize(1);
    assertThat(SeedEventsTest.values(shootings.get(0), Slot.DATE, EventDate.class))
        .extracting(EventDate::value)
        .containsExactly(LocalDate.of(2016, 6, 2));
    assertThat(EventFigures.fatalities(shootings.get(0)).best()).isEqualTo(1L);
    assertThat(EventFigures.injuries(shootings.get(0), report.document()).best()).isZero();
  }
}
