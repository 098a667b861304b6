package org.sitrep.resolve.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

class PairScorerTest {
  private static final PairScorer SCORER = new PairScorer(LinkPolicy.STANDARD);
  private static final Place GARY =
      new Place("Gary", "Indiana", "US", "United States", 41.6, -87.3, PlacePrecision.TOWN);
  private static final Place HAMMOND =
      new Place("Hammond", "Indiana", "US", "United States", 41.6, -87.5, PlacePrecision.TOWN);
  private static final Place DALLAS =
      new Place("Dallas", "Texas", "US", "United States", 32.8, -96.8, PlacePrecision.TOWN);
  private static final Place KABUL =
      new Place("Kabul", "Kabul", "AF", "Afghanistan", 34.5, 69.2, PlacePrecision.TOWN);
  private static final Map<String, Double> WORDS = Map.of("delaney", 0.8, "broadway", 0.6);

  private static MentionProfile account(
      String document, SubEventType type, LocalDate day, Place place, boolean background) {
    EventMention mention =
        new EventMention(document + "#0", type, new Span(document, 0, 4), background, List.of());
    return new MentionProfile(
        mention,
        document,
        LocalDate.of(2021, 8, 27),
        day == null ? null : EventDate.day(day),
        place,
        Set.of(),
        WORDS,
        true,
        null);
  }

  private static final LocalDate DAY = LocalDate.of(2021, 8, 24);

  private static MentionProfile onStreet(String document, String street) {
    MentionProfile account = account(document, SubEventType.ATTACK, DAY, GARY, false);
    return new MentionProfile(
        account.mention(),
        document,
        account.published(),
        account.date(),
        GARY,
        Set.of(),
        WORDS,
        true,
        null,
        Set.of(),
        new Scene(Set.of(street), List.of(), Set.of()));
  }

  @Test
  void twoAccountsOfOneStreetAreALittleAlike() {
    // A round-up's first shooting meets its own brief before another shooting's brief whose words
    // the round-up also holds.
    assertThat(SCORER.score(onStreet("a", "birch"), onStreet("b", "birch")).features())
        .containsEntry("street", PairScorer.SAME_STREET);
    assertThat(SCORER.score(onStreet("a", "birch"), onStreet("b", "cedar")).features())
        .doesNotContainKey("street");
  }

  @Test
  void twoAccountsOfOneReportAreNeverLinked() {
    assertThat(
            SCORER.score(
                account("a", SubEventType.ATTACK, DAY, GARY, false),
                account("a", SubEventType.ATTACK, DAY, GARY, false)))
        .satisfies(score -> assertThat(score.vetoed()).isTrue());
  }

  @Test
  void sameWordsSameDaySameTownScoreHigh() {
    PairScore score =
        SCORER.score(
            account("a", SubEventType.ATTACK, DAY, GARY, false),
            account("b", SubEventType.ATTACK, DAY, GARY, false));
    assertThat(score.vetoed()).isFalse();
    assertThat(score.score()).isGreaterThan(1.0);
    assertThat(score.features()).containsKeys("words", "place");
  }

  @Test
  void differentCountriesAreVetoed() {
    assertThat(
            SCORER
                .score(
                    account("a", SubEventType.ATTACK, DAY, GARY, false),
                    account("b", SubEventType.ATTACK, DAY, KABUL, false))
                .veto())
        .contains("countries");
  }

  @Test
  void aDifferentDayAloneCostsButDoesNotVeto() {
    PairScore score =
        SCORER.score(
            account("a", SubEventType.ATTACK, DAY, GARY, false),
            account("b", SubEventType.ATTACK, DAY.plusDays(3), GARY, false));
    assertThat(score.vetoed()).isFalse();
    assertThat(score.features()).containsEntry("day", -0.1);
  }

  @Test
  void daysWeeksApartInOneTownAreTwoEventsWhateverTheirWordsShare() {
    PairScore apart =
        SCORER.score(
            account("a", SubEventType.ATTACK, DAY, GARY, false),
            account("b", SubEventType.ATTACK, DAY.plusDays(26), GARY, false));
    assertThat(apart.veto()).contains("days apart");
    assertThat(
            SCORER
                .score(
                    account("a", SubEventType.ATTACK, DAY, GARY, false),
                    account("b", SubEventType.ATTACK, DAY.plusDays(14), GARY, false))
                .vetoed())
        .isFalse();
    EventDate weekend = new EventDate(DAY.plusDays(19), DatePrecision.WEEK, null);
    assertThat(PairScorer.daysOfDifferentWeeks(EventDate.day(DAY), weekend)).isTrue();
    assertThat(PairScorer.daysOfDifferentWeeks(weekend, EventDate.day(DAY))).isTrue();
    assertThat(PairScorer.daysOfDifferentWeeks(EventDate.day(DAY.plusDays(27)), weekend)).isFalse();
  }

  @Test
  void aDifferentDayAndADifferentRegionTogetherAreVetoed() {
    assertThat(
            SCORER
                .score(
                    account("a", SubEventType.ATTACK, DAY, GARY, false),
                    account("b", SubEventType.ATTACK, DAY.plusDays(3), DALLAS, false))
                .vetoed())
        .isTrue();
  }

  @Test
  void aTownOfTheSameRegionThatIsNotTheSameTownCosts() {
    assertThat(
            SCORER
                .score(
                    account("a", SubEventType.ATTACK, DAY, GARY, false),
                    account("b", SubEventType.ATTACK, DAY, HAMMOND, false))
                .features())
        .containsEntry("place", -0.1);
  }

  @Test
  void aNeighbourhoodAndItsCityOfOneCountyPayNoTownCost() {
    // The gazetteer keeps a city's neighbourhood as a town of its own, 13 km from the city's
    // centre, in the city's county: a report may name either.
    Place city = town("Louisville", 38.25, -85.76, "Jefferson County");
    Place part = town("Okolona", 38.14, -85.69, "Jefferson County");
    // Two towns of one county 40 km apart are two towns.
    Place far = town("Shelbyville", 38.21, -85.22, "Jefferson County");

    assertThat(
            SCORER
                .score(
                    account("a", SubEventType.ATTACK, DAY, city, false),
                    account("b", SubEventType.ATTACK, DAY, part, false))
                .features())
        .doesNotContainKey("place");
    assertThat(
            SCORER
                .score(
                    account("a", SubEventType.ATTACK, DAY, city, false),
                    account("b", SubEventType.ATTACK, DAY, far, false))
                .features())
        .containsEntry("place", -0.1);
  }

  private static Place town(String name, double lat, double lon, String county) {
    return new Place(
        name, "Kentucky", "US", "United States", lat, lon, PlacePrecision.TOWN, county, null);
  }

  @Test
  void oneTownWrittenTwoWaysIsTheSameTown() {
    Place saint =
        new Place("Saint Ives", "Indiana", "US", "United States", 41.1, -86.2, PlacePrecision.TOWN);
    Place st =
        new Place("St. Ives", "Indiana", "US", "United States", 41.1, -86.2, PlacePrecision.TOWN);
    assertThat(
            SCORER
                .score(
                    account("a", SubEventType.ATTACK, DAY, saint, false),
                    account("b", SubEventType.ATTACK, DAY, st, false))
                .features())
        .containsEntry("place", 0.05);
  }

  @Test
  void datesFurtherApartThanTheWindowAreVetoedEvenWhenAllElseAgrees() {
    assertThat(
            SCORER
                .score(
                    account("a", SubEventType.ATTACK, DAY, GARY, false),
                    account("b", SubEventType.ATTACK, DAY.minusYears(10), GARY, true))
                .vetoed())
        .isTrue();
  }

  @Test
  void aRocketAttackAndASuicideBombingAreDifferentEventsButAnyBombGoesWithAnother() {
    assertThat(
            SCORER
                .score(
                    account("a", SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, DAY, KABUL, false),
                    account("b", SubEventType.SUICIDE_BOMB, DAY, KABUL, false))
                .vetoed())
        .isTrue();
    assertThat(
            SCORER
                .score(
                    account("a", SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, DAY, KABUL, false),
                    account("b", SubEventType.SUICIDE_BOMB, DAY, KABUL, false))
                .vetoed())
        .isFalse();
    assertThat(PairScorer.typeFeature(SubEventType.ATTACK, SubEventType.SUICIDE_BOMB)).isZero();
  }

  @Test
  void aWeekContainsItsDaysAndAMonthLaterDayContradictsIt() {
    EventDate week = new EventDate(LocalDate.of(2021, 8, 23), DatePrecision.WEEK, "2021-W34");
    assertThat(PairScorer.contradictDay(week, EventDate.day(LocalDate.of(2021, 8, 26)))).isFalse();
    assertThat(PairScorer.contradictDay(week, EventDate.day(LocalDate.of(2021, 9, 26)))).isTrue();
    // The Monday after the week is a day away from its Sunday, as close as two days may be.
    assertThat(PairScorer.contradictDay(week, EventDate.day(LocalDate.of(2021, 8, 30)))).isFalse();
    assertThat(PairScorer.contradictDay(week, EventDate.day(LocalDate.of(2021, 8, 31)))).isTrue();
    assertThat(PairScorer.contradictDay(week, EventDate.day(LocalDate.of(2021, 8, 22)))).isFalse();
  }

  @Test
  void aReportCannotTellOfAnEventOfADayAfterItWasPublished() {
    // A Sunday report's "a man was found shot dead in Gary", without a day, and a killing in Gary
    // on the Wednesday after: whatever their words share, the Sunday report did not know of it.
    LocalDate sunday = LocalDate.of(2021, 8, 22);
    MentionProfile undated =
        new MentionProfile(
            new EventMention("a#0", SubEventType.ATTACK, new Span("a", 0, 4), false, List.of()),
            "a",
            sunday,
            null,
            GARY,
            Set.of(),
            WORDS,
            true,
            null);
    MentionProfile wednesday = account("b", SubEventType.ATTACK, sunday.plusDays(3), GARY, false);
    MentionProfile monday = account("c", SubEventType.ATTACK, sunday.plusDays(1), GARY, false);

    assertThat(SCORER.score(undated, wednesday).veto()).contains("after the other report");
    assertThat(SCORER.score(wednesday, undated).vetoed()).isTrue();
    assertThat(SCORER.score(undated, monday).vetoed()).isFalse();
    assertThat(
            SCORER.score(undated, account("d", SubEventType.ATTACK, sunday, GARY, false)).vetoed())
        .isFalse();
  }
}
