package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.place.PlaceCandidate.Kind;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  private static Place resolve(String mention, String... others) {
    Optional<Place> place = GAZETTEER.resolve(mention, List.of(others));
    assertThat(place).as(mention).isPresent();
    return place.orElseThrow();
  }

  @Test
  void loadingTwiceReturnsTheSharedInstance() {
    assertThat(Gazetteer.load()).isSameAs(Gazetteer.load());
  }

  @Test
  void kabulIsTheAfghanCapitalInKabulProvince() {
    Place kabul = resolve("Kabul");

    assertThat(kabul.country()).isEqualTo("AF");
    assertThat(kabul.countryName()).isEqualTo("Afghanistan");
    assertThat(kabul.admin1()).isEqualTo("Kabul");
    assertThat(kabul.precision()).isEqualTo(PlacePrecision.TOWN);
    assertThat(kabul.lat()).isCloseTo(34.53, org.assertj.core.data.Offset.offset(0.05));
    assertThat(kabul.lon()).isCloseTo(69.17, org.assertj.core.data.Offset.offset(0.05));
  }

  @Test
  void candidatesOfKabulListTheTownFirstAndTheProvinceToo() {
    List<PlaceCandidate> candidates = GAZETTEER.candidates("Kabul");

    assertThat(candidates.get(0).kind()).isEqualTo(Kind.TOWN);
    assertThat(candidates.get(0).place().country()).isEqualTo("AF");
    assertThat(candidates.get(0).population()).isGreaterThan(1_000_000);
    assertThat(candidates)
        .anySatisfy(
            c -> {
              assertThat(c.kind()).isEqualTo(Kind.REGION);
              assertThat(c.place().country()).isEqualTo("AF");
            });
  }

  @Test
  void aCountyTheReportNamesDecidesBetweenNamesakeTowns() {
    Place alone = GAZETTEER.resolve("Elgin", List.of()).orElseThrow();
    Place besideFayette = GAZETTEER.resolve("Elgin", List.of("Fayette County")).orElseThrow();
    Place besideTaney = GAZETTEER.resolve("Forsyth", List.of("The Taney County")).orElseThrow();

    assertThat(alone.admin1()).isEqualTo("Illinois");
    assertThat(besideFayette.admin1()).isEqualTo("Iowa");
    assertThat(besideTaney.admin1()).isEqualTo("Missouri");
  }

  @Test
  void aTownOutsideEveryStateOfTheReportsCountiesIsNoReading() {
    // The gazetteer has no Stagecoach in Colorado nor Eureka in Texas: the namesakes a thousand
    // miles off are no reading of a report of the Routt County or Navarro County sheriff.
    assertThat(GAZETTEER.resolve("Stagecoach", List.of())).map(Place::admin1).hasValue("Nevada");
    assertThat(GAZETTEER.resolve("Stagecoach", List.of("Routt County"))).isEmpty();
    assertThat(GAZETTEER.resolve("Eureka", List.of("Navarro County", "Corsicana"))).isEmpty();
    // A name written with its state is read as written; a town of a county of the report's
    // counties' states stays; a county the table does not know decides nothing.
    assertThat(GAZETTEER.resolve("Eureka, Calif.", List.of("Navarro County")))
        .map(Place::admin1)
        .hasValue("California");
    assertThat(GAZETTEER.resolve("Steamboat Springs", List.of("Routt County")))
        .map(Place::admin1)
        .hasValue("Colorado");
    assertThat(GAZETTEER.resolve("Stagecoach", List.of("Nowhereland County")))
        .map(Place::admin1)
        .hasValue("Nevada");
  }

  @Test
  void theStorysAddressNamesTownsAfterAPlaceWord() {
    assertThat(GAZETTEER.storyTowns("http://www.example.com/news/1-shot-dead-in-amelia/401"))
        .extracting(Place::name)
        .contains("Amelia")
        .allMatch("Amelia"::equals);
    // The longest name first: Glen Flora, not Glen.
    assertThat(GAZETTEER.storyTowns("http://example.com/2016/boy-dies-near-glen-flora-home.html"))
        .extracting(Place::name)
        .contains("Glen Flora")
        .doesNotContain("Glen");
    assertThat(GAZETTEER.storyTowns("http://example.com/news/teen-shot-dead/401")).isEmpty();
    assertThat(GAZETTEER.storyTowns(null)).isEmpty();
  }

  @Test
  void aHospitalNamedAfterATownIsThatTownOnlyInTheReportsStates() {
    // Bellevue Hospital is in Manhattan, Flagler Hospital in St. Augustine: a hospital's name alone
    // is no town a thousand miles off.
    assertThat(GAZETTEER.resolve("Bellevue Hospital", List.of())).isEmpty();
    assertThat(GAZETTEER.resolve("Bellevue Hospital", List.of("Seattle")))
        .map(Place::admin1)
        .hasValue("Washington");
    assertThat(GAZETTEER.resolve("Kabul airport", List.of())).map(Place::name).hasValue("Kabul");
  }

  @Test
  void aCountyDoesNotMakeAStatesNameATown() {
    Place florida = GAZETTEER.resolve("Florida", List.of("Orange County")).orElseThrow();

    assertThat(florida.precision()).isEqualTo(PlacePrecision.REGION);
    assertThat(florida.name()).isEqualTo("Florida");
  }

  @Test
  void aNameThatOnlyACountyBearsIsACounty() {
    assertThat(GAZETTEER.onlyACounty("Pinellas")).isTrue();
    assertThat(GAZETTEER.onlyACounty("Broward")).isTrue();
    // Also towns' names: Cook, Minnesota; Hillsborough, North Carolina; Chicago.
    assertThat(GAZETTEER.onlyACounty("Cook")).isFalse();
    assertThat(GAZETTEER.onlyACounty("Hillsborough")).isFalse();
    assertThat(GAZETTEER.onlyACounty("Chicago")).isFalse();
  }

  @Test
  void aSmallerTownOfThePolicesCountyNearTheirTownIsAPartOfIt() {
    // "a shooting in Broad Ripple, Indianapolis police said": the gazetteer keeps the
    // neighbourhood as a town of its own, in Indianapolis' county and 10 km from its centre.
    Place part = GAZETTEER.resolve("Broad Ripple", List.of("Indianapolis police")).orElseThrow();
    assertThat(part.name()).isEqualTo("Indianapolis");
    assertThat(part.precision()).isEqualTo(PlacePrecision.POINT);
    // A city's consolidated force: "Metro Nashville Police".
    assertThat(
            GAZETTEER
                .resolve("Hermitage", List.of("Nashville, Tenn.", "Metro Nashville police"))
                .map(Place::name))
        .contains("Nashville");
    // Without the city's police, or with the part's own, the name is its own town.
    assertThat(GAZETTEER.resolve("Broad Ripple", List.of()).map(Place::name))
        .contains("Broad Ripple");
    assertThat(
            GAZETTEER
                .resolve("Cicero", List.of("Chicago police", "Cicero police"))
                .map(Place::name))
        .contains("Cicero");
  }

  @Test
  void aNamesakeFarFromThePolicesTownIsNoReading() {
    // "Police are investigating a shooting in Madisonville … Cincinnati police said": no
    // Madisonville of Ohio is in the gazetteer, and Kentucky's is 250 km off.
    assertThat(GAZETTEER.resolve("Madisonville", List.of("Cincinnati", "Cincinnati police")))
        .isEmpty();
    assertThat(GAZETTEER.resolve("Madisonville", List.of()))
        .map(Place::admin1)
        .hasValue("Kentucky");
    // Named with its state, or in a report naming the state, it is that town.
    assertThat(GAZETTEER.resolve("Madisonville, Ky.", List.of("Cincinnati police")))
        .map(Place::admin1)
        .hasValue("Kentucky");
    assertThat(GAZETTEER.resolve("Madisonville", List.of("Cincinnati police", "Kentucky")))
        .map(Place::admin1)
        .hasValue("Kentucky");
    // A name only one town bears is read as written: the police may tell of a town elsewhere.
    assertThat(GAZETTEER.resolve("Overland Park", List.of("Chicago police")))
        .map(Place::admin1)
        .hasValue("Kansas");
    // A namesake near the police's town is read: Glendale, Wisconsin beside Milwaukee.
    assertThat(GAZETTEER.resolve("Glendale", List.of("Milwaukee", "Milwaukee police")))
        .map(Place::admin1)
        .hasValue("Wisconsin");
  }

  @Test
  void aCountyIsAPlaceOfItsOwnInTheStateTheReportNames() {
    Place boyle = GAZETTEER.county("BOYLE COUNTY", java.util.Set.of("Kentucky")).orElseThrow();

    assertThat(boyle.name()).isEqualTo("Boyle County");
    assertThat(boyle.admin1()).isEqualTo("Kentucky");
    assertThat(boyle.country()).isEqualTo("US");
    assertThat(boyle.precision()).isEqualTo(PlacePrecision.COUNTY);
    // The centroid of its towns: Danville, Perryville, Junction City lie within a few miles.
    assertThat(boyle.lat()).isCloseTo(37.64, org.assertj.core.data.Offset.offset(0.15));
    assertThat(boyle.lon()).isCloseTo(-84.78, org.assertj.core.data.Offset.offset(0.15));
    assertThat(GAZETTEER.county("Boyle Co.", java.util.Set.of("Kentucky")))
        .map(Place::name)
        .hasValue("Boyle County");
    assertThat(GAZETTEER.county("Marion County", java.util.Set.of("Texas")))
        .map(Place::admin1)
        .hasValue("Texas");
  }

  @Test
  void aCountyHasItsSeat() {
    // GeoNames marks the seat of a county (PPLA2), and a state's capital (PPLA) where it is its
    // county's seat too.
    assertThat(GAZETTEER.county("Boyle County", java.util.Set.of("Kentucky")))
        .map(Place::seat)
        .hasValue("Danville");
    assertThat(GAZETTEER.county("Harris County", java.util.Set.of("Texas")))
        .map(Place::seat)
        .hasValue("Houston");
    assertThat(GAZETTEER.county("Travis County", java.util.Set.of("Texas")))
        .map(Place::seat)
        .hasValue("Austin");
    // A town is no county and has no seat, but lies in one.
    assertThat(GAZETTEER.resolve("Danville, Ky.", List.of())).map(Place::seat).isEmpty();
    assertThat(GAZETTEER.resolve("Danville, Ky.", List.of()))
        .map(Place::admin2)
        .hasValue("Boyle County");
    assertThat(GAZETTEER.county("Boyle County", java.util.Set.of("Kentucky")))
        .map(Place::admin2)
        .hasValue("Boyle County");
    // Abroad the gazetteer knows no second-level division.
    assertThat(GAZETTEER.resolve("Kabul", List.of())).map(Place::admin2).isEmpty();
  }

  @Test
  void aCountyOfManyStatesNeedsTheReportsState() {
    // Routt County is Colorado's alone; Marion County lies in many states.
    assertThat(GAZETTEER.county("Routt County", java.util.Set.of()))
        .map(Place::admin1)
        .hasValue("Colorado");
    assertThat(GAZETTEER.county("Marion County", java.util.Set.of())).isEmpty();
    // A county of one state is that state's, whatever other states the report names.
    assertThat(GAZETTEER.county("Routt County", java.util.Set.of("Georgia")))
        .map(Place::admin1)
        .hasValue("Colorado");
    assertThat(GAZETTEER.county("Marion County", java.util.Set.of("Georgia", "Texas"))).isEmpty();
  }

  @Test
  void aBareCountyOfAMetropolisIsItsStates() {
    // Harris County, Texas holds Houston; Georgia's is rural.
    assertThat(GAZETTEER.county("Harris County", java.util.Set.of()))
        .map(Place::admin1)
        .hasValue("Texas");
    // California's and Florida's Orange County are both large: no guess.
    assertThat(GAZETTEER.county("Orange County", java.util.Set.of())).isEmpty();
    // A "County" is no parish: not New Orleans's Orleans Parish.
    assertThat(GAZETTEER.county("Orleans County", java.util.Set.of()))
        .map(Place::admin1)
        .isNotEqualTo(Optional.of("Louisiana"));
    assertThat(GAZETTEER.county("Orleans Parish", java.util.Set.of()))
        .map(Place::admin1)
        .hasValue("Louisiana");
  }

  @Test
  void aLouisianaCountyIsAParish() {
    assertThat(GAZETTEER.county("St. Bernard Parish", java.util.Set.of("Louisiana")))
        .map(Place::name)
        .hasValue("St. Bernard Parish");
    assertThat(GAZETTEER.county("Ouachita Parish", java.util.Set.of("Louisiana")))
        .map(Place::name)
        .hasValue("Ouachita Parish");
  }

  @Test
  void aParishIsACountyWithOrWithoutItsKind() {
    // The table writes "Ouachita Parish" for Monroe, Louisiana and "Rapides" for Alexandria.
    assertThat(GAZETTEER.resolve("Monroe", List.of("Ouachita Parish")))
        .map(Place::admin1)
        .hasValue("Louisiana");
    assertThat(GAZETTEER.resolve("Alexandria", List.of("Rapides Parish")))
        .map(Place::admin1)
        .hasValue("Louisiana");
  }

  @Test
  void aDivisionAbroadLeavesTheCountyItsSayBetweenNamesakeTowns() {
    // Kingston is also a parish of Jamaica; beside "Ulster County" it is the town of New York.
    Place besideUlster = GAZETTEER.resolve("Kingston", List.of("Ulster County")).orElseThrow();

    assertThat(besideUlster.admin1()).isEqualTo("New York");
    assertThat(GAZETTEER.resolve("Kingston", List.of()).orElseThrow().country()).isEqualTo("JM");
  }

  @Test
  void provincesResolveAsRegions() {
    for (String province : List.of("Nangarhar", "Jowzjan", "Nangarhar province")) {
      Place place = resolve(province);

      assertThat(place.country()).as(province).isEqualTo("AF");
      assertThat(place.precision()).as(province).isEqualTo(PlacePrecision.REGION);
    }
  }

  @Test
  void aProvinceNamedLikeItsCapitalIsTheProvinceWhenSaidSo() {
    assertThat(resolve("Kabul province").precision()).isEqualTo(PlacePrecision.REGION);
    assertThat(resolve("the province of Kabul").precision()).isEqualTo(PlacePrecision.REGION);
    assertThat(resolve("Kabul city").precision()).isEqualTo(PlacePrecision.TOWN);
  }

  @Test
  void aSectionOfACityIsAPointInThatCity() {
    Place portagePark = resolve("Portage Park", "Chicago", "Illinois");

    assertThat(portagePark.name()).isEqualTo("Chicago");
    assertThat(portagePark.admin1()).isEqualTo("Illinois");
    assertThat(portagePark.precision()).isEqualTo(PlacePrecision.POINT);
    assertThat(resolve("Chicago").precision()).isEqualTo(PlacePrecision.TOWN);
  }

  @Test
  void aCountryAloneHasCountryPrecision() {
    Place iraq = resolve("Iraq");

    assertThat(iraq.country()).isEqualTo("IQ");
    assertThat(iraq.precision()).isEqualTo(PlacePrecision.COUNTRY);
    assertThat(iraq.lat()).isNotNull();
  }

  @Test
  void countriesAreFoundByNameAliasAndCode() {
    for (String name :
        List.of(
            "United States", "the United States", "USA", "U.S.", "US", "America", "us", "usa")) {
      assertThat(GAZETTEER.country(name).map(Place::country)).as(name).contains("US");
    }
    assertThat(GAZETTEER.country("Burma").map(Place::country)).contains("MM");
    assertThat(GAZETTEER.country("UK").map(Place::country)).contains("GB");
    assertThat(GAZETTEER.country("Ivory Coast").map(Place::country)).contains("CI");
    assertThat(GAZETTEER.country("AFG").map(Place::country)).contains("AF");
    assertThat(GAZETTEER.country("Atlantis")).isEmpty();
  }

  @Test
  void abbreviationsInTextMatchOnlyInCapitals() {
    assertThat(resolve("U.S.").country()).isEqualTo("US");
    assertThat(resolve("the US").precision()).isEqualTo(PlacePrecision.COUNTRY);
    assertThat(GAZETTEER.candidates("us")).noneMatch(c -> c.kind() == Kind.COUNTRY);
  }

  @Test
  void accentsAndCaseDoNotMatter() {
    assertThat(resolve("Bogotá").country()).isEqualTo("CO");
    assertThat(resolve("BOGOTA").country()).isEqualTo("CO");
    assertThat(resolve("Ségou").country()).isEqualTo("ML");
    assertThat(resolve("Segou").country()).isEqualTo("ML");
  }

  @Test
  void alternateNamesFindTheTown() {
    Place sheberghan = resolve("Sheberghan");

    assertThat(sheberghan.country()).isEqualTo("AF");
    assertThat(sheberghan.admin1()).isEqualTo("Jowzjan");
  }

  @Test
  void hyderabadIsDecidedByTheReportsOtherPlaces() {
    assertThat(resolve("Hyderabad").country()).isEqualTo("IN");
    assertThat(resolve("Hyderabad", "Sindh").country()).isEqualTo("PK");
    assertThat(resolve("Hyderabad", "Karachi", "Pakistan").country()).isEqualTo("PK");
    assertThat(resolve("Hyderabad", "Sindh").admin1()).isEqualTo("Sindh");
  }

  @Test
  void parisBesideTexasIsParisTexas() {
    Place paris = resolve("Paris", "Texas");

    assertThat(paris.country()).isEqualTo("US");
    assertThat(paris.admin1()).isEqualTo("Texas");
    assertThat(resolve("Paris, Texas").admin1()).isEqualTo("Texas");
    assertThat(resolve("Paris (Texas)").admin1()).isEqualTo("Texas");
  }

  @Test
  void parisInSeed004StaysInFranceDespiteTheUnitedStates() {
    // The other places seed 004 names.
    Place paris =
        resolve(
            "Paris",
            "Kabul",
            "Afghanistan",
            "Iraq",
            "New Zealand",
            "Syria",
            "United States",
            "Washington");

    assertThat(paris.country()).isEqualTo("FR");
  }

  @Test
  void georgiaIsTheCountryUnlessTheReportIsAboutAmerica() {
    assertThat(resolve("Georgia").country()).isEqualTo("GE");
    assertThat(resolve("Georgia", "Atlanta").country()).isEqualTo("US");
    assertThat(resolve("Georgia", "Atlanta").precision()).isEqualTo(PlacePrecision.REGION);
  }

  @Test
  void airportsResolveToTheirTownAsAPoint() {
    for (String airport :
        List.of(
            "Kabul airport",
            "Kabul International Airport",
            "Hamid Karzai International Airport",
            "the airport in Kabul",
            "Kabul's airport",
            "Abbey Gate")) {
      Place place = resolve(airport);

      assertThat(place.name()).as(airport).isEqualTo("Kabul");
      assertThat(place.country()).as(airport).isEqualTo("AF");
      assertThat(place.precision()).as(airport).isEqualTo(PlacePrecision.POINT);
    }
  }

  @Test
  void somethingNearATownIsPlacedNoFinerThanTheTown() {
    Place place = resolve("Baran Camp near Kabul Airport");

    assertThat(place.name()).isEqualTo("Kabul");
    assertThat(place.precision()).isEqualTo(PlacePrecision.TOWN);
    assertThat(resolve("Baran Camp").precision()).isEqualTo(PlacePrecision.POINT);
    assertThat(resolve("a checkpoint outside Kandahar").precision()).isEqualTo(PlacePrecision.TOWN);
  }

  @Test
  void aVillageInAProvinceIsPlacedInTheProvince() {
    Place place = resolve("a village in Nangarhar");

    assertThat(place.country()).isEqualTo("AF");
    assertThat(place.precision()).isEqualTo(PlacePrecision.REGION);
  }

  @Test
  void anUnknownLandmarkIsNotGuessed() {
    assertThat(GAZETTEER.resolve("Zzyzxville International Airport", List.of())).isEmpty();
    assertThat(GAZETTEER.resolve("", List.of())).isEmpty();
  }

  @Test
  void regionsAreFoundByNameOrCodeWithinACountry() {
    assertThat(GAZETTEER.region("Texas", "US").map(Place::admin1)).contains("Texas");
    assertThat(GAZETTEER.region("TX", "US").map(Place::admin1)).contains("Texas");
    assertThat(GAZETTEER.region("Sindh", "PK").map(Place::precision))
        .contains(PlacePrecision.REGION);
    assertThat(GAZETTEER.region("Sindh", "IN")).isEmpty();
    assertThat(GAZETTEER.region("Nangarhar", null).map(Place::country)).contains("AF");
  }

  @Test
  void apStyleStateAbbreviationsAreUsStatesNotTownsAbroad() {
    for (String state : List.of("Fla.", "Calif.", "Tex.", "Ga.", "Ill.", "Mich.", "Pa.", "N.J.")) {
      Place place = resolve(state, "Norway", "Oslo");

      assertThat(place.country()).as(state).isEqualTo("US");
      assertThat(place.precision()).as(state).isEqualTo(PlacePrecision.REGION);
    }
    assertThat(resolve("FLA.").name()).isEqualTo("Florida");
  }

  @Test
  void aTownFollowedByItsStateAbbreviationIsThatStatesTown() {
    Place norwich = resolve("NORWICH, N.Y.");
    Place naples = resolve("Naples, Fla.");
    Place salisbury = resolve("Salisbury, NC");

    assertThat(norwich.country()).isEqualTo("US");
    assertThat(norwich.admin1()).isEqualTo("New York");
    assertThat(naples.admin1()).isEqualTo("Florida");
    assertThat(salisbury.admin1()).isEqualTo("North Carolina");
    assertThat(salisbury.precision()).isEqualTo(PlacePrecision.TOWN);
  }

  @Test
  void aTownUnknownInTheStateNamedAfterItIsReadAsTheState() {
    // Killingly is a New England town (a county subdivision): neither a GeoNames place nor a post
    // office's.
    Place place = resolve("Killingly, Conn.");

    assertThat(place.name()).isEqualTo("Connecticut");
    assertThat(place.precision()).isEqualTo(PlacePrecision.REGION);
    // Nor is it a namesake in another state: there are Lakelands in Florida and Georgia, none in
    // Ohio.
    Place other = resolve("Lakeland, Ohio");
    assertThat(other.name()).isEqualTo("Ohio");
    assertThat(other.precision()).isEqualTo(PlacePrecision.REGION);
  }

  @Test
  void aPostOfficesPlaceThatGeoNamesLacksIsATownOfTheStateNamed() {
    Place ochopee = resolve("Ochopee, Fla.");
    assertThat(ochopee.name()).isEqualTo("Ochopee");
    assertThat(ochopee.admin1()).isEqualTo("Florida");
    assertThat(ochopee.precision()).isEqualTo(PlacePrecision.TOWN);
    assertThat(ochopee.lat()).isBetween(25.5, 26.2);

    assertThat(resolve("Ochopee", "Collier County", "Florida").name()).isEqualTo("Ochopee");
    assertThat(resolve("Glen Flora", "Rusk County", "Wisconsin").admin1()).isEqualTo("Wisconsin");
    assertThat(resolve("Glen Flora", "Texas").admin1()).isEqualTo("Texas");
  }

  @Test
  void aPostOfficesPlaceIsNoReadingOutsideTheStatesOfTheReport() {
    // "exclaimed ... in Creole" in a Riviera Beach report is a language, not Creole, Louisiana;
    // "Allerton", a part of the Bronx, is not Allerton, Iowa.
    assertThat(GAZETTEER.resolve("Creole", List.of("Riviera Beach"))).isEmpty();
    assertThat(GAZETTEER.resolve("Creole", List.of())).isEmpty();
    assertThat(GAZETTEER.resolve("Allerton", List.of("Bronx"))).isEmpty();
    assertThat(GAZETTEER.town("Ochopee", "US")).isEmpty();
    assertThat(GAZETTEER.resolve("Tarzana", List.of())).isEmpty();
  }

  @Test
  void namesThatOnlyOnePostOfficeOfAStateBearsAreReadingsOfThatState() {
    // A Los Angeles report naming only its neighbourhoods "Tarzana" and "Reseda".
    Place tarzana = resolve("Tarzana", "Reseda");
    assertThat(tarzana.admin1()).isEqualTo("California");
    assertThat(tarzana.precision()).isEqualTo(PlacePrecision.TOWN);
    // "NEWPORT" in a report of a crash "in Parrottsville" is Newport, Tennessee.
    assertThat(resolve("Newport").country()).isEqualTo("GB");
    assertThat(resolve("Newport", "Parrottsville").admin1()).isEqualTo("Tennessee");
    // A post office's state lies in the United States: "in Denmark" beside "Johns Island" is
    // Denmark, South Carolina, as it would be beside a town of the state the gazetteer knows.
    assertThat(resolve("Denmark").country()).isEqualTo("DK");
    assertThat(resolve("Denmark", "Johns Island").admin1()).isEqualTo("South Carolina");
  }

  @Test
  void aPostOfficesPlaceRanksBelowEveryKnownNamesake() {
    List<PlaceCandidate> lakelands =
        GAZETTEER.candidates("Lakeland").stream()
            .filter(c -> c.kind() == Kind.TOWN && "US".equals(c.place().country()))
            .toList();

    assertThat(lakelands.get(0).place().admin1()).isEqualTo("Florida");
    assertThat(lakelands.subList(lakelands.size() - 2, lakelands.size()))
        .extracting(c -> c.place().admin1())
        .containsExactlyInAnyOrder("Louisiana", "Michigan");
    assertThat(resolve("Lakeland").admin1()).isEqualTo("Florida");
  }

  @Test
  void aCountyNamedBeforeItsWordTipsAnAmbiguousTownToTheUnitedStates() {
    assertThat(resolve("Norwich").country()).isEqualTo("GB");
    assertThat(resolve("Norwich", "Chenango County").country()).isEqualTo("US");
    assertThat(resolve("Newport", "Cocke County").country()).isEqualTo("US");
  }

  @Test
  void aHospitalNamedAfterASaintIsNoTown() {
    assertThat(GAZETTEER.resolve("St. Vincent Hospital", List.of("Miami"))).isEmpty();
    assertThat(resolve("Kabul hospital").name()).isEqualTo("Kabul");
  }

  @Test
  void anAmbiguousSmallPlaceDoesNotMoveAGreatCityToItsNamesakeVillage() {
    Place philadelphia = resolve("Philadelphia", "Kensington");

    assertThat(philadelphia.admin1()).isEqualTo("Pennsylvania");
    assertThat(resolve("Paris", "Texas").admin1()).isEqualTo("Texas");
  }

  @Test
  void aSmallTownBesideItsRegionIsStillThatRegionsTown() {
    assertThat(resolve("Woodville", "Beaumont", "Tyler County").admin1()).isEqualTo("Texas");
    assertThat(resolve("Denmark", "South Carolina").admin1()).isEqualTo("South Carolina");
  }

  @Test
  void aDivisionThatIsAllButItsCapitalIsThatTown() {
    for (String district : List.of("D.C.", "District of Columbia", "Southeast D.C.")) {
      Place place = resolve(district);

      assertThat(place.name()).as(district).isEqualTo("Washington");
      assertThat(place.precision()).as(district).isEqualTo(PlacePrecision.TOWN);
    }
    // A division named after its capital was named for the division.
    assertThat(resolve("Kabul province").precision()).isEqualTo(PlacePrecision.REGION);
    assertThat(resolve("Lusaka Province").precision()).isEqualTo(PlacePrecision.REGION);
  }

  @Test
  void aSideOfTheCityIsNoTown() {
    for (String part : List.of("West Side", "North Side", "South Side", "the Near West Side")) {
      assertThat(GAZETTEER.resolve(part, List.of("Chicago"))).as(part).isEmpty();
    }
  }

  @Test
  void aQuarterOfATownNamedByItsCompassPointIsThatTown() {
    assertThat(resolve("North Philadelphia").name()).isEqualTo("Philadelphia");
    assertThat(resolve("Southwest Baltimore").name()).isEqualTo("Baltimore");
    // Towns of their own keep their whole name.
    assertThat(resolve("West Palm Beach").name()).isEqualTo("West Palm Beach");
    assertThat(resolve("North Little Rock").name()).isEqualTo("North Little Rock");
  }

  @Test
  void aVillageAbroadIsNoReadingInAReportOfAnotherCountry() {
    assertThat(GAZETTEER.resolve("Pines", List.of("Marion County", "Texas"))).isEmpty();
    // Alone, or beside its own country, the village is still found.
    assertThat(resolve("Pines").country()).isEqualTo("PH");
    assertThat(resolve("Pines", "Philippines").country()).isEqualTo("PH");
  }

  @Test
  void anOutletsWebAddressNamesItsCity() {
    assertThat(GAZETTEER.outletCities("http://chicago.suntimes.com/news/boy-shot-in-bridgeport/"))
        .containsExactly("Chicago");
    assertThat(
            GAZETTEER.outletCities(
                "http://web.archive.org/web/20160604/http://www.chicagotribune.com:80/news/x"))
        .containsExactly("Chicago");
    assertThat(GAZETTEER.outletCities("https://www.dnainfo.com/chicago/20160619/woodlawn/x"))
        .containsExactly("Chicago");
    assertThat(GAZETTEER.outletCities("http://www.nbcnewyork.com/news/local/x.html"))
        .containsExactly("New York City");
    // Station call letters and words of the path name no city.
    assertThat(GAZETTEER.outletCities("http://www.khou.com/story/news/mobile/2016/x")).isEmpty();
    assertThat(GAZETTEER.outletCities(null)).isEmpty();
  }

  @Test
  void anOutletsCityIsACityOfItsOwnName() {
    assertThat(GAZETTEER.outletTowns("http://www.chicagotribune.com/news/x"))
        .extracting(Place::name, Place::admin1)
        .containsExactly(tuple("Chicago", "Illinois"));
    assertThat(GAZETTEER.outletCity("Toledo")).map(Place::admin1).contains("Ohio");
    assertThat(GAZETTEER.outletCity("Oklahoma City")).map(Place::admin1).contains("Oklahoma");
    // A small town is no outlet's city, nor is a word of an outlet's name.
    assertThat(GAZETTEER.outletCity("Lima")).isEmpty();
    assertThat(GAZETTEER.outletCity("News")).isEmpty();
  }

  @Test
  void anOutletsAddressNamesTownsOfAnySizeByTheirWholeName() {
    assertThat(GAZETTEER.outletTownsNamed("http://www.example-news.com/rome/news/local/x.html"))
        .extracting(Place::admin1)
        .contains("Georgia", "New York", "Lazio");
    assertThat(GAZETTEER.outletTownsNamed("http://www.example.com/sports/x")).isEmpty();
  }

  @Test
  void aTownLiesInItsCounty() {
    Place chicago = GAZETTEER.outletCity("Chicago").orElseThrow();
    assertThat(GAZETTEER.inCounty(chicago, "Cook County")).isTrue();
    assertThat(GAZETTEER.inCounty(chicago, "Cook")).isTrue();
    assertThat(GAZETTEER.inCounty(chicago, "Lake County")).isFalse();
    Place toledo = GAZETTEER.outletCity("Toledo").orElseThrow();
    assertThat(GAZETTEER.inCounty(toledo, "Lucas County")).isTrue();
    assertThat(GAZETTEER.inCounty(GAZETTEER.country("US").orElseThrow(), "Cook County")).isFalse();
  }

  @Test
  void theOutletsCityDecidesANeighbourhoodsName() {
    assertThat(resolve("Bridgeport").admin1()).isEqualTo("Connecticut");
    assertThat(resolve("Bridgeport", "Chicago").name()).isEqualTo("Chicago");
  }

  @Test
  void aCountyIsNoTownThatHasItsNameAmongItsAlternates() {
    assertThat(GAZETTEER.resolve("Fayette County", List.of("Iowa", "Elgin")))
        .map(Place::name)
        .isNotEqualTo(Optional.of("Lexington"));
    assertThat(GAZETTEER.resolve("Fayette County", List.of("Iowa")).map(Place::admin1))
        .isNotEqualTo(Optional.of("Kentucky"));
  }

  @Test
  void aCountyOfAPersonsNameIsNoTownOfThatPerson() {
    assertThat(GAZETTEER.resolve("Prince George's County", List.of("Laurel", "Maryland")))
        .isEmpty();
  }

  @Test
  void aLandmarkNamedAfterATownOfAnotherStateThanTheReportNamesIsNoPlace() {
    assertThat(GAZETTEER.resolve("Montgomery Mall", List.of("Rockville", "Maryland"))).isEmpty();
    assertThat(GAZETTEER.resolve("Montgomery Mall", List.of("Rockville")))
        .map(Place::admin1)
        .contains("Alabama");
    assertThat(resolve("Montgomery Mall", "Alabama").precision()).isEqualTo(PlacePrecision.POINT);
  }
}
