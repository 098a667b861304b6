package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

class PlaceFinderTest {
  private static EntityMention location(String text, String word) {
    int start = text.indexOf(word);
    return new EntityMention("LOCATION", word, start, start + word.length(), null, 0);
  }

  private static Place place(String name, String state, PlacePrecision precision) {
    return new Place(name, state, "US", "United States", null, null, precision);
  }

  @Test
  void aSpotOfOneTownIsNotInsideAnotherTownOfItsState() {
    // A teaser's neighbourhood of Charleston does not refine a shooting in Denmark.
    Place spot = place("Charleston", "South Carolina", PlacePrecision.POINT);

    assertThat(PlaceFinder.inside(spot, place("Denmark", "South Carolina", PlacePrecision.TOWN)))
        .isFalse();
    assertThat(PlaceFinder.inside(spot, place("Charleston", "South Carolina", PlacePrecision.TOWN)))
        .isTrue();
    assertThat(PlaceFinder.inside(spot, place("South Carolina", null, PlacePrecision.REGION)))
        .isTrue();
  }

  @Test
  void aHouseNumberBeforeANameMakesItAStreet() {
    String text =
        "The car was leaving the Elm Court apartments at 6200 Garland Plaza when he was shot.";
    String near = "A boy was shot near 415 Fairview on the East Side.";
    String count = "Police said 300 Garland residents were without power.";

    assertThat(PlaceFinder.isStreet(text, location(text, "Garland Plaza"))).isTrue();
    assertThat(PlaceFinder.isStreet(near, location(near, "Fairview"))).isTrue();
    assertThat(PlaceFinder.isStreet(count, location(count, "Garland"))).isFalse();
  }

  @Test
  void twoNamesCrossingAtABusinessAreStreets() {
    String text = "The shots were fired inside of the business at Flamingo and Durango.";
    String towns = "The family moved between Reno and Durango last year.";
    String one = "He was arrested at Durango and taken to jail.";

    assertThat(PlaceFinder.isStreet(text, location(text, "Durango"))).isTrue();
    assertThat(PlaceFinder.isStreet(text, location(text, "Flamingo"))).isTrue();
    assertThat(PlaceFinder.isStreet(towns, location(towns, "Durango"))).isFalse();
    assertThat(PlaceFinder.isStreet(one, location(one, "Durango"))).isFalse();
  }

  @Test
  void aStreetCrossingANumberedStreetAndARoadAreStreets() {
    String crossing = "The shooting happened inside of a home near Wallace and 33rd Street.";
    String avenues = "The boy was found near Laurel and Linden avenues early Monday.";
    String road = "She was hunting in a field on River Road in Moretown.";
    String towns = "Shots were fired near Reno and Sparks on Sunday.";

    assertThat(PlaceFinder.isStreet(crossing, location(crossing, "Wallace"))).isTrue();
    assertThat(PlaceFinder.isStreet(avenues, location(avenues, "Laurel"))).isTrue();
    assertThat(PlaceFinder.isStreet(road, location(road, "River Road"))).isTrue();
    assertThat(PlaceFinder.isStreet(road, location(road, "Moretown"))).isFalse();
    assertThat(PlaceFinder.isStreet(towns, location(towns, "Reno"))).isFalse();
  }

  @Test
  void aNameInAListOfCountiesIsACounty() {
    String list = "The ban would cover Boulder, Grand, Clear Creek and Park counties next year.";
    String two = "Deputies from Caddo and Bossier parishes searched the woods.";
    String town = "The man was shot in Boulder and taken to a hospital in Denver.";
    String county = "Larimer County deputies said the hunter was from Boulder.";

    assertThat(PlaceFinder.isOneOfSeveralCounties(list, location(list, "Boulder"))).isTrue();
    assertThat(PlaceFinder.isOneOfSeveralCounties(list, location(list, "Clear Creek"))).isTrue();
    assertThat(PlaceFinder.isOneOfSeveralCounties(list, location(list, "Park"))).isTrue();
    assertThat(PlaceFinder.isOneOfSeveralCounties(two, location(two, "Caddo"))).isTrue();
    assertThat(PlaceFinder.isOneOfSeveralCounties(town, location(town, "Boulder"))).isFalse();
    assertThat(PlaceFinder.isOneOfSeveralCounties(town, location(town, "Denver"))).isFalse();
    assertThat(PlaceFinder.isOneOfSeveralCounties(county, location(county, "Boulder"))).isFalse();
  }

  @Test
  void aPartOfTheCityIsTheReportsTown() {
    String text = "A teen was shot and killed in the city's Garfield neighborhood Monday.";
    String town = "A teen was shot and killed in Garfield on Monday.";

    assertThat(PlaceFinder.partOfTheReportsTown(text, location(text, "Garfield"))).isTrue();
    assertThat(PlaceFinder.partOfTheReportsTown(town, location(town, "Garfield"))).isFalse();
  }

  @Test
  void aNameBeforeNeighborhoodIsToldAsANeighborhood() {
    String neighborhood = "A man was found shot in an alley in the Garfield neighborhood.";
    String ofATown = "A man was shot in the Garfield neighborhood of Paterson.";
    String town = "A man was shot in Garfield on Monday.";

    assertThat(PlaceFinder.toldAsANeighborhood(neighborhood, location(neighborhood, "Garfield")))
        .isTrue();
    assertThat(PlaceFinder.toldAsANeighborhood(ofATown, location(ofATown, "Garfield"))).isFalse();
    assertThat(PlaceFinder.toldAsANeighborhood(town, location(town, "Garfield"))).isFalse();
  }

  @Test
  void theSecondOfTwoStreetsWrittenInThePluralIsAStreet() {
    String text = "He was shot near North 12th and West Garland streets on Saturday.";
    String town = "He was shot in West Garland on Saturday.";

    assertThat(PlaceFinder.isStreet(text, location(text, "Garland"))).isTrue();
    assertThat(PlaceFinder.isStreet(text, location(text, "North"))).isTrue();
    assertThat(PlaceFinder.isStreet(town, location(town, "Garland"))).isFalse();
  }

  @Test
  void aPartOfAPlaceNamedWithThePlaceIsThePlace() {
    String text = "A man was shot Sunday on the South Side of Chicago.";
    EntityMention whole = location(text, "South Side of Chicago");

    assertThat(PlaceFinder.placeOfItsPart(whole))
        .extracting(EntityMention::text, EntityMention::start)
        .containsExactly("Chicago", text.indexOf("Chicago"));
    assertThat(PlaceFinder.placeOfItsPart(location(text, "Chicago")).text()).isEqualTo("Chicago");
    String bank = "He was shot near the Bank of America tower.";
    assertThat(PlaceFinder.placeOfItsPart(location(bank, "Bank of America")).text())
        .isEqualTo("Bank of America");
  }

  @Test
  void aTownNamedAfterAPersonIsAPlaceAfterInAndAPartOfTheTown() {
    // The tagger took the town for a person in "Ray Dunn, of central Medford"; the same word
    // after "in" and a part of the town is the town.
    String text =
        "He was shot in the 400 block of Oak Street, also in central Medford, police said.";
    String bare = "Medford was taken to a hospital, police said.";
    Set<String> people = Set.of("Medford", "Dunn");

    assertThat(PlaceFinder.namesAPerson(location(text, "Medford"), people, text)).isFalse();
    assertThat(PlaceFinder.namesAPerson(location(bare, "Medford"), people, bare)).isTrue();
  }
}
