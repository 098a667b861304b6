package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.engine.InventedReports.shootingDays;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.EventMention;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * The day of a report's shooting, in everyday phrasings that left it without a day or gave it the
 * day of something else: words between "responded" and the scene, a day joined to an age, the day
 * of a state ("still in \"grave\" condition", "on life support"), of a request for comment or of a
 * dateline. Each case is a short report written for it.
 */
class DayOfTheAccountTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  @Test
  void theSceneDatesTheShootingWithWordsBetweenRespondedAndTo() throws IOException {
    Report report =
        reports.read(
            "responded-around",
            "date 2016-10-25\n"
                + "ACWORTH, Ga. - A teenager was shot in the abdomen at a home on Ryan Road.\n\n"
                + "Deputies responded around 5 p.m. October 11 to the home.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 10, 11));
  }

  @Test
  void aSeparateCaseIsAnotherEventWithItsOwnDay() throws IOException {
    Report report =
        reports.read(
            "separate-case",
            "date 2018-05-02\n"
                + "The district attorney ruled Tuesday that two officers were justified in fatally"
                + " shooting a man who fired on them outside a store on Feb. 10.\n\n"
                + "In a separate case, the office is still reviewing an April 21 police shooting in"
                + " which no one was hurt.\n");

    List<EventMention> attacks =
        report.events().stream().filter(event -> event.subtype() == SubEventType.ATTACK).toList();
    // The April shooting is an event of its own, and no account of the February one takes its day.
    EventMention april = attacks.get(attacks.size() - 1);
    assertThat(InventedReports.days(april)).containsExactly(LocalDate.of(2018, 4, 21));
    assertThat(attacks.subList(0, attacks.size() - 1))
        .allSatisfy(
            attack ->
                assertThat(InventedReports.days(attack)).doesNotContain(LocalDate.of(2018, 4, 21)));
  }

  @Test
  void theSceneAfterAnArrestIsTheShootings() throws IOException {
    Report report =
        reports.read(
            "scene-after-arrest",
            "date 2016-10-18\n"
                + "ACWORTH, Ga. - A 19-year-old man has been charged in the shooting death of a"
                + " 17-year-old.\n\n"
                + "Investigators arrested John Doe at his home, Sgt. Jim Roe said.\n\n"
                + "Deputies responded to a home on Ryan Road around 5 p.m. October 11, Roe said.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 10, 11));
  }

  @Test
  void aPagesTimeStampDatesNothing() throws IOException {
    Report report =
        reports.read(
            "posted-at",
            "date 2016-10-16\n"
                + "Last updated at 10:39 a.m. on Sunday, Oct. 16 A man was shot in the leg on"
                + " Main Street.\n");

    assertThat(shootingDays(report)).isEmpty();
  }

  @Test
  void aDayJoinedToAnAgeIsTheShootings() throws IOException {
    Report report =
        reports.read(
            "age-on-saturday",
            "date 2016-11-10\n"
                + "WATERBURY, Conn. - Police are searching for a man accused in the deadly"
                + " shooting of a 17-year-old on Saturday.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 11, 5));
  }

  @Test
  void aConditionInQuotesIsAStateNotTheShootingsDay() throws IOException {
    Report report =
        reports.read(
            "grave-in-quotes",
            "date 2015-03-14\n"
                + "LOUISVILLE, Ky. - A 4-year-old girl shot in the West End was still in \"grave\""
                + " condition on Saturday, police said.\n\n"
                + "The shooting was reported at 7:15 p.m. Friday at a home on Algonquin Parkway.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2015, 3, 13));
  }

  @Test
  void lifeSupportIsAStateNotTheShootingsDay() throws IOException {
    Report report =
        reports.read(
            "life-support",
            "date 2016-07-29\n"
                + "HOUSTON - The boy remained on life support late Thursday after what appeared"
                + " to be a self-inflicted gunshot wound at a home.\n");

    assertThat(shootingDays(report)).isEmpty();
  }

  @Test
  void aRequestForCommentDatesNothing() throws IOException {
    Report report =
        reports.read(
            "comment",
            "date 2015-06-23\n"
                + "ROY, Utah - A man shot his wife and their two children at their home.\n\n"
                + "Relatives did not reply to requests for comment Monday.\n");

    assertThat(shootingDays(report)).isEmpty();
  }

  @Test
  void theSceneNarrowsTheWeekend() throws IOException {
    Report report =
        reports.read(
            "weekend-then-sunday",
            "date 2016-10-31\n"
                + "TOLEDO, Ohio - Police continue to search for the gunman who opened fire inside a"
                + " crowded nightclub over the weekend.\n\n"
                + "It happened early Sunday morning at the club on Junction Avenue.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2016, 10, 30));
  }

  @Test
  void investigatingAfterTellsWhatWasFound() throws IOException {
    Report report =
        reports.read(
            "investigating-after",
            "date 2015-08-27\n"
                + "KNIGHTSTOWN, Ind. - Officials are investigating after three bodies were found in"
                + " a home Thursday morning.\n\n"
                + "Two children died of gunshot wounds.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2015, 8, 27));
  }

  @Test
  void aDatelinesOwnDateIsTheFilingDay() throws IOException {
    Report report =
        reports.read(
            "dateline-date",
            "date 2015-08-27\n"
                + "HENRY COUNTY, Ind. (Aug. 28, 2015) – Officials are investigating after three"
                + " bodies were found in a home Thursday morning.\n\n"
                + "Two children died of gunshot wounds.\n");

    assertThat(shootingDays(report)).startsWith(LocalDate.of(2015, 8, 27));
  }
}
