package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.Claim;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;

/** The town a report's headline names places the events its text places nowhere else. */
class HeadlineTownTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  private static List<Claim> places(EventMention event) {
    return event.claims().stream().filter(claim -> claim.slot() == Slot.PLACE).toList();
  }

  @Test
  void placesAnUnplacedShootingInTheHeadlinesTown() {
    Report report =
        reports.readLine(
            "{\"id\": \"h1\", \"published\": \"2016-05-13\", \"title\": \"Poplar Bluff teen"
                + " recovering after being shot - KXYZ News\", \"text\": \"A 16-year-old boy was"
                + " shot in the leg on Thursday night while cleaning a rifle at a friend's home."
                + " He is expected to recover, police said.\"}");

    List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

    assertThat(places).hasSize(1);
    assertThat(((Place) places.get(0).value()).name()).isEqualTo("Poplar Bluff");
    assertThat(((Place) places.get(0).value()).admin1()).isEqualTo("Missouri");
    assertThat(places.get(0).evidence().inTitle()).isTrue();
    assertThat(report.document().textOf(places.get(0).evidence())).isEqualTo("Poplar Bluff");
  }

  @Test
  void aStreetOfTheHeadlineIsNoTown() {
    // The tagger cuts "35th Street" to "Street", a town in England.
    Report report =
        reports.readLine(
            "{\"id\": \"h0\", \"published\": \"2016-08-18\", \"title\": \"Neighbors rally"
                + " after 35th Street shooting\", \"text\": \"Five people were wounded by"
                + " gunfire from a passing SUV on Saturday night. No one has been arrested.\"}");

    assertThat(places(InventedReports.first(report, SubEventType.ATTACK))).isEmpty();
  }

  @Test
  void placesAShootingOfAStateInTheHeadlinesTownOfThatState() {
    Report report =
        reports.readLine(
            "{\"id\": \"h2\", \"published\": \"2016-05-13\", \"title\": \"Girl, 12, killed in"
                + " Traer hunting accident\", \"text\": \"A 12-year-old Iowa girl was killed"
                + " Saturday when a shotgun went off during a pheasant hunt, the sheriff said.\"}");

    List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

    assertThat(places).hasSize(1);
    assertThat(((Place) places.get(0).value()).name()).isEqualTo("Traer");
    assertThat(places.get(0).evidence().inTitle()).isTrue();
  }

  @Test
  void keepsTheTextsOwnTownOverTheHeadlines() {
    Report report =
        reports.readLine(
            "{\"id\": \"h3\", \"published\": \"2016-05-13\", \"title\": \"Poplar Bluff teen"
                + " shot\", \"text\": \"A 16-year-old boy was shot Thursday night in Dexter,"
                + " Missouri, police said.\"}");

    List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

    assertThat(places).hasSize(1);
    assertThat(((Place) places.get(0).value()).name()).isEqualTo("Dexter");
    assertThat(places.get(0).evidence().inTitle()).isFalse();
  }

  @Test
  void takesNoTownOfAStateTheReportDoesNotName() {
    Report report =
        reports.readLine(
            "{\"id\": \"h4\", \"published\": \"2016-05-13\", \"title\": \"Teen shot in Bozeman"
                + " home\", \"text\": \"A 16-year-old boy was shot Thursday night at a home in"
                + " Georgia, the sheriff said.\"}");

    List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

    assertThat(places).hasSize(1);
    assertThat(((Place) places.get(0).value()).name()).isEqualTo("Georgia");
  }

  @Test
  void placesAnUnplacedShootingInTheOutletsCityOfTheCountyItWrites() {
    Report report =
        reports.readLine(
            "{\"id\": \"o1\", \"published\": \"2015-06-13\", \"url\":"
                + " \"http://www.chicagotribune.com/news/local/breaking/x.html\", \"title\": \"Boy,"
                + " 15, dies\", \"text\": \"A 15-year-old boy was shot in the head Friday in the"
                + " stairwell of an apartment building, according to the Cook County medical"
                + " examiner's office.\"}");

    List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

    assertThat(places).hasSize(1);
    assertThat(((Place) places.get(0).value()).name()).isEqualTo("Chicago");
    assertThat(report.document().textOf(places.get(0).evidence())).isEqualTo("Cook County");
  }

  @Test
  void placesNoShootingInTheOutletsCityOfAnotherCounty() {
    Report report =
        reports.readLine(
            "{\"id\": \"o2\", \"published\": \"2015-06-13\", \"title\": \"Boy, 4, shot"
                + " - KXYZ News 12 Shreveport, Louisiana News\", \"text\": \"A 4-year-old boy was"
                + " shot Friday at a home, the Marion County Sheriff's Office said.\"}");

    List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

    assertThat(places).isEmpty();
  }

  @Test
  void placesAnUnplacedShootingInTheCityOfTheOutletsNameInTheTitle() {
    Report report =
        reports.readLine(
            "{\"id\": \"o3\", \"published\": \"2016-12-15\", \"title\": \"Teen accused in"
                + " shooting - Toledo News Now, News, Weather, Sports, Toledo, OH\", \"text\": \"A"
                + " 14-year-old girl is accused of fatally shooting her brother on Dec. 7, said Lucas"
                + " County Juvenile Prosecutor Lori Olander.\"}");

    List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

    assertThat(places).hasSize(1);
    assertThat(((Place) places.get(0).value()).admin1()).isEqualTo("Ohio");
    assertThat(places.get(0).evidence().inTitle()).isTrue();
    assertThat(report.document().textOf(places.get(0).evidence())).isEqualTo("Toledo");
  }

  @Test
  void theCityOfTheOutletsNameDecidesATownsState() {
    Report report =
        reports.readLine(
            "{\"id\": \"o4\", \"published\": \"2016-08-08\", \"title\": \"Teen dies after"
                + " rifle accident - | WXYZ Charlotte\", \"text\": \"A 17-year-old boy accidentally"
                + " shot himself Saturday afternoon while cleaning his hunting rifle at his home in"
                + " Shelby, his family said.\"}");

    List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

    assertThat(places).hasSize(1);
    assertThat(((Place) places.get(0).value()).name()).isEqualTo("Shelby");
    assertThat(((Place) places.get(0).value()).admin1()).isEqualTo("North Carolina");
  }

  @Test
  void placesAnUnplacedShootingInTheTownOfTheOutletsAddressInTheCountyItWrites() {
    Report report =
        reports.readLine(
            "{\"id\": \"o5\", \"published\": \"2016-06-06\", \"url\":"
                + " \"http://www.example-news.com/rome/news/police_fire/x.html\", \"title\": \"Man"
                + " dies\", \"text\": \"A 20-year-old man was accidentally shot by his friend on"
                + " Thursday, according to Floyd County police.\"}");

    List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

    assertThat(places).hasSize(1);
    assertThat(((Place) places.get(0).value()).name()).isEqualTo("Rome");
    assertThat(((Place) places.get(0).value()).admin1()).isEqualTo("Georgia");
  }

  @Test
  void placesAnUnplacedShootingInTheTownTheStorysAddressNamesInTheCountyItWrites() {
    String text =
        "\"text\": \"The owner of a gun shop was killed after an accidental shooting during a"
            + " class Saturday afternoon, Clermont County sheriff's deputies said.\"}";
    Report report =
        reports.readLine(
            "{\"id\": \"s1\", \"published\": \"2016-06-19\", \"url\":"
                + " \"http://www.example-tv.com/news/1-shot-dead-in-amelia/40117138\", \"title\":"
                + " \"Neighbors heartbroken\", "
                + text);
    Report elsewhere =
        reports.readLine(
            "{\"id\": \"s2\", \"published\": \"2016-06-19\", \"url\":"
                + " \"http://www.example-tv.com/news/1-shot-dead-in-glendale/40117138\","
                + " \"title\": \"Neighbors heartbroken\", "
                + text);

    List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

    assertThat(places).hasSize(1);
    assertThat(((Place) places.get(0).value()).name()).isEqualTo("Amelia");
    assertThat(((Place) places.get(0).value()).admin1()).isEqualTo("Ohio");
    assertThat(report.document().textOf(places.get(0).evidence())).isEqualTo("Clermont County");
    // No Glendale lies in Clermont County: the address's town says nothing, and the county the
    // text writes is all that places the shooting.
    assertThat(places(InventedReports.first(elsewhere, SubEventType.ATTACK)))
        .extracting(claim -> ((Place) claim.value()).name())
        .containsExactly("Clermont County");
  }

  @Test
  void aHeadlinesTownWithItsStateDecidesTheTextsBareTown() {
    String text =
        "\"text\": \"SPRINGFIELD — A woman was shot on State Street in Springfield late Sunday,"
            + " police said. She was taken to a hospital with wounds not considered"
            + " life-threatening.\"}";
    for (String title :
        List.of("Woman shot in Springfield, Mass.", "Woman shot in Springfield, Massachusetts")) {
      Report report =
          reports.readLine(
              "{\"id\": \"w1\", \"published\": \"2016-03-14\", \"title\": \""
                  + title
                  + "\", "
                  + text);

      List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

      assertThat(places)
          .extracting(claim -> ((Place) claim.value()).admin1())
          .contains("Massachusetts");
      assertThat(places)
          .extracting(claim -> ((Place) claim.value()).admin1())
          .doesNotContain("Missouri", "Illinois", "Ohio");
    }
  }

  @Test
  void aHeadlinesTownInTheCountyTheTextWritesIsTheTownWhateverOtherStateIsNamed() {
    Report report =
        reports.readLine(
            "{\"id\": \"d1\", \"published\": \"2016-10-17\", \"title\": \"Teen shot near"
                + " Dillon\", \"text\": \"Beaverhead County Sheriff Jo Doe said a 16-year-old boy"
                + " from Idaho was shot in the leg Sunday while hunting with his uncle. He was"
                + " flown to a hospital and is expected to recover.\"}");

    List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

    assertThat(places)
        .extracting(
            claim -> ((Place) claim.value()).name(), claim -> ((Place) claim.value()).admin1())
        .containsExactly(org.assertj.core.api.Assertions.tuple("Dillon", "Montana"));
  }

  @Test
  void theHeadlinesTownOutranksTheTownOfAHospital() {
    Report report =
        reports.readLine(
            "{\"id\": \"o1\", \"published\": \"2016-03-14\", \"title\": \"Man shot in"
                + " Opa-locka\", \"text\": \"A man was shot Sunday in Opa-locka, Miami-Dade"
                + " police said. He was taken to Jackson Memorial Hospital in Miami in critical"
                + " condition.\"}");

    // The tagger misses the text's "Opa-locka"; where the man was taken is no scene.
    List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

    assertThat(places)
        .extracting(claim -> ((Place) claim.value()).name())
        .containsExactly("Opa-locka");
  }

  @Test
  void theHeadlinesTownOverTheTownWhereTheWoundedAreRecovering() {
    Report report =
        reports.readLine(
            "{\"id\": \"h-recovering\", \"published\": \"2016-04-11\", \"title\": \"Boy, 6,"
                + " shot in Elizabethtown\", \"text\": \"A 6-year-old Hardin County boy is in"
                + " Louisville recovering after being shot in the arm Saturday evening. Deputies"
                + " said the boy found a pistol under a couch.\"}");

    List<Claim> places = places(InventedReports.first(report, SubEventType.ATTACK));

    assertThat(places).hasSize(1);
    assertThat(((Place) places.get(0).value()).name()).isEqualTo("Elizabethtown");
    assertThat(((Place) places.get(0).value()).admin1()).isEqualTo("Kentucky");
  }
}
