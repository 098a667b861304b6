package org.sitrep.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.PublicationDate;
import org.sitrep.testkit.Corpus;

class PublicationDateFinderTest {
  private static final PublicationDate NONE = PublicationDate.unknown("none given");
  private static final String BODY =
      "\n\nKabul airport attack kills dozens\n\nAt least 60 people were killed on Thursday after"
          + " the Taliban took Kabul on August 15, ending a war that began in 2001.\n";

  private final PublicationDateFinder finder =
      new PublicationDateFinder(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));

  private static String seed(String prefix) throws IOException {
    return Files.readString(Corpus.seed(prefix));
  }

  @Test
  void givenDateWins() {
    PublicationDate given =
        PublicationDate.of(LocalDate.of(2021, 8, 30), DateEvidence.HEADER, "header line");
    assertThat(finder.find(given, "March 25, 2023" + BODY)).isEqualTo(given);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "August 27, 2021",
        "27 Aug 2021",
        "2021-08-27",
        "Aug. 27, 2021",
        "Friday 27 August 2021",
        "Published August 27, 2021 10:30 AM ET",
        "Updated: 27 August 2021 | 10:30 GMT"
      })
  void acceptsTrueDateLine(String line) {
    PublicationDate date = finder.find(NONE, line + BODY);
    assertThat(date.value()).isEqualTo(LocalDate.of(2021, 8, 27));
    assertThat(date.evidence()).isEqualTo(DateEvidence.TEXT);
    assertThat(date.detail()).contains("line 1");
  }

  @Test
  void acceptsDateline() {
    String text = "Kabul attack\n\nWASHINGTON, Aug. 27, 2021 (Reuters) — US officials said." + BODY;
    assertThat(finder.find(NONE, text).value()).isEqualTo(LocalDate.of(2021, 8, 27));
  }

  @Test
  void prefersPublishedOverUpdated() {
    String text = "Updated August 29, 2021\nPublished August 27, 2021" + BODY;
    assertThat(finder.find(NONE, text).value()).isEqualTo(LocalDate.of(2021, 8, 27));
  }

  @Test
  void rejectsScrapeDateOfSeed003() throws IOException {
    PublicationDate date = new PublicationDateFinder().find(NONE, seed("003"));
    assertThat(date.isKnown()).isFalse();
    assertThat(date.detail())
        .contains("rejected date line 'March 25, 2023'")
        .contains("years only up to 2021")
        .contains("'August 15'");
  }

  @Test
  void rejectsScrapeDateByYearsAlone() {
    String text =
        "June 3, 2024\n\nProtests spread\n\nThousands marched on Sunday, a day after a vote that"
            + " the opposition has disputed since the 2021 census and the 2019 election.";
    PublicationDate date = finder.find(NONE, text);
    assertThat(date.isKnown()).isFalse();
    assertThat(date.detail()).contains("years only up to 2021");
  }

  @Test
  void rejectsScrapeDateByYearlessDaysAlone() {
    String text =
        "March 25, 2023\n\nThe attack came after the Taliban regained power on August 15, and"
            + " the last US troops left on August 30.";
    PublicationDate date = finder.find(NONE, text);
    assertThat(date.isKnown()).isFalse();
    assertThat(date.detail()).contains("'August 15' would lie 222 days before it");
  }

  @Test
  void keepsDateWhenOnlyOldHistoryIsMentioned() {
    String text =
        "August 30, 2021\n\nThe war began in response to the September 11 attacks of 2001.";
    assertThat(finder.find(NONE, text).value()).isEqualTo(LocalDate.of(2021, 8, 30));
  }

  @Test
  void keepsDateWhenTextLooksBackYears() {
    String text =
        "August 15, 2023\n\nTwo years after the Taliban took Kabul in 2021, women are still barred"
            + " from universities.";
    assertThat(finder.find(NONE, text).value()).isEqualTo(LocalDate.of(2023, 8, 15));
  }

  @Test
  void rejectsDateAfterToday() {
    PublicationDate date = finder.find(NONE, "March 3, 2031\n\nA quiet day in Kabul.");
    assertThat(date.isKnown()).isFalse();
    assertThat(date.detail()).contains("after today");
  }

  @Test
  void rejectsDateWhoseWeekdayIsWrong() {
    PublicationDate date = finder.find(NONE, "Monday 26 August 2021" + BODY);
    assertThat(date.isKnown()).isFalse();
    assertThat(date.detail()).contains("MONDAY").contains("THURSDAY");
  }

  @Test
  void ignoresDatesInTheBody() {
    String text =
        "Kabul\n\nOne\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix\n\nSeven.\n\n"
            + "A Taliban fighter stands guard in Kabul, Sunday, Aug. 22, 2021.\n\nEight.\n\nNine."
            + "\n\nTen.";
    assertThat(finder.find(NONE, text).isKnown()).isFalse();
  }

  @Test
  void takesHeaderOfSeed000WhenGiven() throws IOException {
    PublicationDate header =
        PublicationDate.of(
            LocalDate.of(2021, 8, 30), DateEvidence.HEADER, "header line 'date 2021-08-30'");
    assertThat(finder.find(header, seed("000"))).isEqualTo(header);
  }

  @ParameterizedTest
  @ValueSource(strings = {"001", "002", "004"})
  void findsNoDateInUndatedSeeds(String seed) throws IOException {
    PublicationDate date = new PublicationDateFinder().find(NONE, seed(seed));
    assertThat(date.isKnown()).isFalse();
    assertThat(date.detail()).isNotBlank();
  }

  @Test
  void reportsWhenThereIsNoCandidate() {
    assertThat(finder.find(NONE, "").detail()).contains("no publication date");
  }
}
