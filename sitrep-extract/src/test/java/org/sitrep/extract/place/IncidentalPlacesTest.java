package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncidentalPlacesTest {
  private static boolean incidental(String text, String place) {
    int start = text.indexOf(place);
    return IncidentalPlaces.incidental(text, start, start + place.length());
  }

  @Test
  void whereAVictimOrASuspectLivesIsIncidental() {
    assertThat(incidental("Queshandis Seals, 20, of Waterloo, is charged.", "Waterloo")).isTrue();
    assertThat(incidental("A 19-year-old Beverly man has been held.", "Beverly")).isTrue();
    assertThat(incidental("A Coudersport-area man was wounded Monday.", "Coudersport")).isTrue();
    assertThat(incidental("Anthony Webster, who lives in Prior Lake, said.", "Prior Lake"))
        .isTrue();
    assertThat(incidental("26-year-old Anthony Shannon of Robbinsdale.", "Robbinsdale")).isTrue();
    assertThat(incidental("The hunter is from La Crosse.", "La Crosse")).isTrue();
    assertThat(incidental("He and his father, both from La Crosse, said.", "La Crosse")).isTrue();
    assertThat(incidental("The shooter was from the La Crosse area.", "La Crosse")).isTrue();
    assertThat(incidental("A 60-year-old hunter from Harrisburg was killed.", "Harrisburg"))
        .isTrue();
    assertThat(incidental("Her boyfriend from Gary was arrested.", "Gary")).isTrue();
    assertThat(incidental("A Utah truck driver who shot a man was not charged.", "Utah")).isTrue();
    assertThat(incidental("An Oakdale hunter was wounded Saturday.", "Oakdale")).isTrue();
    assertThat(incidental("He drove from Madison to the scene.", "Madison")).isFalse();
    assertThat(incidental("Jayden Choate, of Fort Atkinson, was visiting.", "Fort Atkinson"))
        .isTrue();
  }

  @Test
  void wherePeopleNamedTogetherOrAVictimsFamilyLiveIsIncidental() {
    assertThat(
            incidental(
                "Christopher Calloway and Kalisha Smith, both of South St. Paul, were charged.",
                "South St. Paul"))
        .isTrue();
    assertThat(
            incidental(
                "Burnette lived with her grandmother in Minnetonka and was visiting.",
                "Minnetonka"))
        .isTrue();
    assertThat(incidental("He was shot with a rifle in Minnetonka.", "Minnetonka")).isFalse();
    assertThat(incidental("She moved back to her home in Minnetonka.", "Minnetonka")).isTrue();
    // A home the shooting happened at or near is its scene.
    assertThat(incidental("A boy was shot near his home in Denmark.", "Denmark")).isFalse();
    assertThat(incidental("She was found shot at her home in Minnetonka.", "Minnetonka")).isFalse();
  }

  @Test
  void whereTheWoundedWereTakenIsIncidental() {
    assertThat(incidental("He was rushed to a hospital in Modesto where he died.", "Modesto"))
        .isTrue();
    assertThat(incidental("The victims were taken to Bellevue Hospital.", "Bellevue")).isTrue();
    assertThat(incidental("The body will be sent to Dallas for an autopsy.", "Dallas")).isTrue();
    // A hospital system's name: "Baptist Health", "Mercy Health".
    assertThat(incidental("The girl is at Mercy Health in Lorain tonight.", "Lorain")).isTrue();
    assertThat(incidental("SHE IS AT MERCY HEALTH IN LORAIN TONIGHT.", "LORAIN")).isTrue();
    // Where the wounded are now.
    assertThat(incidental("A Hart County girl is in Lexington recovering after", "Lexington"))
        .isTrue();
    assertThat(incidental("He remains in Lexington in stable condition.", "Lexington")).isTrue();
    assertThat(incidental("He is recovering in Lexington.", "Lexington")).isTrue();
    assertThat(incidental("The shooting was in Lexington, police said.", "Lexington")).isFalse();
  }

  @Test
  void aGatheringAfterTheEventIsIncidental() {
    assertThat(incidental("Neighbors met at a town hall meeting in Goshen on Tuesday.", "Goshen"))
        .isTrue();
    assertThat(incidental("The sheriff held a news conference Monday in Goshen.", "Goshen"))
        .isTrue();
    assertThat(incidental("Funeral services are Saturday in Goshen.", "Goshen")).isTrue();
    // A vigil is often held where it happened.
    assertThat(incidental("Friends held a vigil in Goshen.", "Goshen")).isFalse();
    assertThat(incidental("He was meeting a buyer in Goshen when he was shot.", "Goshen"))
        .isFalse();
  }

  @Test
  void aPlaceNamedToFindAnotherIsIncidental() {
    assertThat(incidental("A man was shot in a Chicago suburb.", "Chicago")).isTrue();
    assertThat(incidental("Police in one Long Island community said", "Long Island")).isTrue();
    assertThat(incidental("A man was shot in a Greenacres neighborhood.", "Greenacres")).isFalse();
    assertThat(incidental("A man was shot in the Chicago suburb of Cicero.", "Chicago")).isFalse();
    assertThat(incidental("a town about 150 miles northeast of Denver.", "Denver")).isTrue();
    assertThat(incidental("in the area between Ronan and St. Ignatius.", "Ronan")).isTrue();
    assertThat(incidental("in the area between Ronan and St. Ignatius.", "St. Ignatius")).isTrue();
    assertThat(incidental("He was taken in a personal vehicle to St. Luke's in Ronan.", "Ronan"))
        .isTrue();
    // A boundary told by the town beyond it.
    assertThat(incidental("in the woods off Mill Road near the Warwick line.", "Warwick")).isTrue();
    assertThat(incidental("just over the Dover town line.", "Dover")).isTrue();
    assertThat(incidental("in Warwick, police said.", "Warwick")).isFalse();
  }

  @Test
  void aTownSomeoneWasGoingToOrComingFromIsIncidental() {
    assertThat(incidental("A man was shot Sunday while driving to Peoria.", "Peoria")).isTrue();
    assertThat(incidental("He was shot on his way home from Peoria.", "Peoria")).isTrue();
    assertThat(incidental("He was shot a day after he moved from Peoria.", "Peoria")).isTrue();
    assertThat(incidental("He was shot while visiting relatives in Peoria.", "Peoria")).isFalse();
  }

  @Test
  void aSchoolSomeoneAttendsAwayIsIncidental() {
    assertThat(
            incidental(
                "She was home from a boarding school she attended in Peoria when she was shot.",
                "Peoria"))
        .isTrue();
    assertThat(incidental("He had been studying in Peoria before he was shot.", "Peoria")).isTrue();
    assertThat(incidental("A man was shot at a school in Peoria.", "Peoria")).isFalse();
  }

  @Test
  void theTownOfThePartWhereSomeoneLivesIsIncidental() {
    assertThat(incidental("A man from Hyde Park in Chicago was shot in Gary.", "Chicago")).isTrue();
    assertThat(incidental("Jo Doe, 24, of the Miller section of Gary, was shot.", "Gary")).isTrue();
    assertThat(incidental("A man was shot in the 600 block of Main Street in Hobart.", "Hobart"))
        .isFalse();
    assertThat(incidental("A man was shot in the Miller section of Gary.", "Gary")).isFalse();
  }

  @Test
  void anotherCasesTownAndATownAPlaceLiesBesideAreIncidental() {
    assertThat(
            incidental(
                "In a killing with echoes of the Tamir Rice case out of Cleveland, an officer shot"
                    + " a boy.",
                "Cleveland"))
        .isTrue();
    assertThat(
            incidental("on the 700 block of Tennessee, which is south of Jefferson.", "Jefferson"))
        .isTrue();
    assertThat(incidental("The suspect was caught just east of Portland.", "Portland")).isTrue();
    assertThat(incidental("A man was shot in south Portland.", "Portland")).isFalse();
    assertThat(incidental("They were home at a trailer park north of Tampa.", "Tampa")).isTrue();
    assertThat(incidental("A man was shot in the north of Tampa.", "Tampa")).isFalse();
  }

  @Test
  void whereSomeoneWorksIsIncidental() {
    assertThat(incidental("Jones was represented by Phoenix attorney Jo Doe.", "Phoenix")).isTrue();
    assertThat(incidental("A teen was shot by a Santa Cruz deputy near Watsonville.", "Santa Cruz"))
        .isTrue();
    assertThat(
            incidental("A teen was shot by a Santa Cruz deputy near Watsonville.", "Watsonville"))
        .isFalse();
  }

  @Test
  void aTownSomeoneMovedAwayFromIsIncidental() {
    assertThat(incidental("His mother recently moved away from Anchorage.", "Anchorage")).isTrue();
  }

  @Test
  void aHospitalNamedInOneMentionIsIncidental() {
    String text = "He was pronounced dead at Comer's Children's Hospital.";
    int start = text.indexOf("Comer");
    int end = text.indexOf(".");

    assertThat(IncidentalPlaces.incidental(text, start, end)).isTrue();
    assertThat(incidental("He was shot at Flagler Beach.", "Flagler Beach")).isFalse();
  }

  @Test
  void aStateIsToldAfterAnIncidentalTown() {
    String home = "the shooting death of Sam Roe, of Miami, Florida.";
    String taken = "He was taken to a hospital in Albany, New York.";
    String scene = "He was shot in Albany, New York.";

    assertThat(IncidentalPlaces.afterAnIncidentalTown(home, home.indexOf("Florida"))).isTrue();
    assertThat(IncidentalPlaces.afterAnIncidentalTown(taken, taken.indexOf("New York"))).isTrue();
    assertThat(IncidentalPlaces.afterAnIncidentalTown(scene, scene.indexOf("New York"))).isFalse();
  }

  @Test
  void wherePeopleWereShotIsNot() {
    assertThat(incidental("A man was shot and wounded in Stockton on Sunday.", "Stockton"))
        .isFalse();
    assertThat(incidental("A 15-year-old boy from the Town of Shelby has died.", "Shelby"))
        .isFalse();
    assertThat(incidental("Police in Kokomo are investigating a shooting.", "Kokomo")).isFalse();
  }
}
