package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTest {
  private static List<String> names(String title, String text) {
    return Headline.names(title, text).stream().map(Headline.Name::words).toList();
  }

  @Test
  void readsANameAfterAWordOfPlace() {
    assertThat(names("3-year-old dies after shooting in Lemoore", "")).containsExactly("Lemoore");
    assertThat(names("Three People Dead East of Bozeman", "")).contains("Bozeman");
    assertThat(names("Call for calm after shooting at a Toledo after-hours lounge", ""))
        .containsExactly("Toledo");
  }

  @Test
  void readsANameBeforeAWordForAPersonOrTheEvent() {
    assertThat(names("Poplar Bluff teen recovering after being shot", ""))
        .startsWith("Poplar Bluff");
    assertThat(names("Two-year-old Toledo girl shot and killed", "")).contains("Toledo");
  }

  @Test
  void readsAnAbbreviatedSaintInATitleCaseHeadline() {
    assertThat(names("Teen Killed, Another Wounded in St. Paul Shooting", ""))
        .startsWith("St. Paul Shooting", "St. Paul");
  }

  @Test
  void readsNoAcronymAsATownUnlessTheHeadlineIsInCapitals() {
    assertThat(names("Police Looking for Suspect in LES Shooting", "")).doesNotContain("LES");
    assertThat(names("MAN SHOT IN RENO", "")).contains("RENO");
  }

  @Test
  void readsNoWordOfACountyOrATownshipAsATown() {
    assertThat(names("Man shoots, kills his father in Fort Bend Co.", "")).isEmpty();
    assertThat(names("Marion County toddler shot in face", "")).isEmpty();
    assertThat(names("Boy shot in Redford Township home", "")).isEmpty();
  }

  @Test
  void readsTheOutletsNamesApart() {
    List<String> outlet =
        Headline.outletNames("Teen shot - Toledo News Now, News, Weather, Sports, Toledo, OH")
            .stream()
            .map(Headline.Name::words)
            .toList();

    assertThat(outlet).contains("Toledo", "Toledo News", "Toledo News Now", "OH");
    // Words apart by a comma are no name.
    assertThat(outlet).doesNotContain("Sports Toledo", "Sports, Toledo", "Teen");
    assertThat(Headline.outletNames("Teen shot in Toledo")).isEmpty();
  }

  @Test
  void leavesOutTheOutletAfterADash() {
    assertThat(names("Vigil held for teen shot in Killingly - WFSB 3 Connecticut", ""))
        .containsExactly("Killingly");
  }

  @Test
  void readsNoWordTheReportWritesInLowerCase() {
    assertThat(names("Man shot at Hunting Camp", "A man was shot at a hunting camp.")).isEmpty();
    assertThat(names("Man shot at Hunting Camp", "")).contains("Hunting Camp");
  }

  @Test
  void givesWhereEachNameStandsInTheTitle() {
    String title = "Boy shot in Lemoore";

    Headline.Name name = Headline.names(title, "").get(0);

    assertThat(title.substring(name.start(), name.end())).isEqualTo("Lemoore");
  }
}
