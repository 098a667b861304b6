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

class LinkerTest {
  private static final Linker LINKER = new Linker(LinkPolicy.STANDARD);
  private static final Place TRENTON =
      new Place("Trenton", "New Jersey", "US", "United States", 40.2, -74.8, PlacePrecision.TOWN);
  private static final Map<String, Double> WORDS =
      Map.of("velasco", 0.6, "lantern", 0.6, "tavern", 0.53);

  private static MentionProfile account(
      String document, LocalDate published, EventDate date, boolean background) {
    EventMention mention =
        new EventMention(
            document + "#0", SubEventType.ATTACK, new Span(document, 0, 4), background, List.of());
    return new MentionProfile(
        mention, document, published, date, TRENTON, Set.of(), WORDS, true, null);
  }

  @Test
  void anAccountOfAYearIsComparedWithAccountsOfItsLaterMonths() {
    // "pleaded guilty in the 2019 shooting at the Lantern Tavern", two years on, and the news of
    // the shooting on 26 October 2019: the year's first day lies months before the day.
    MentionProfile news =
        account(
            "news", LocalDate.of(2019, 10, 27), EventDate.day(LocalDate.of(2019, 10, 26)), false);
    MentionProfile plea =
        account(
            "plea",
            LocalDate.of(2021, 11, 9),
            new EventDate(LocalDate.of(2019, 1, 1), DatePrecision.YEAR, "2019"),
            true);

    assertThat(LINKER.link(List.of(news, plea))).hasSize(1);
  }

  @Test
  void anAccountOfAMonthStaysApartFromADayMonthsLater() {
    MentionProfile news =
        account(
            "news", LocalDate.of(2019, 10, 27), EventDate.day(LocalDate.of(2019, 10, 26)), false);
    MentionProfile earlier =
        account(
            "earlier",
            LocalDate.of(2019, 6, 9),
            new EventDate(LocalDate.of(2019, 6, 1), DatePrecision.MONTH, "2019-06"),
            true);

    assertThat(LINKER.link(List.of(news, earlier))).hasSize(2);
  }
}
