package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.EventFigures;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;

/**
 * Accounts the words of a report tell without a common word for shooting, and the account a
 * headline alone tells over a text about something else.
 */
class HeadlineAccountTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  private static Place place(EventMention event) {
    return event.claims().stream()
        .filter(claim -> claim.slot() == Slot.PLACE)
        .map(claim -> (Place) claim.value())
        .findFirst()
        .orElse(null);
  }

  @Test
  void aHeadlineTellsTheAccountItsTextDoesNot() {
    Report report =
        reports.readLine(
            "{\"id\": \"ha1\", \"published\": \"2016-11-14\", \"title\": \"Shooter in fatal"
                + " Poplar Bluff hunting accident identified\", \"text\": \"A game warden at the"
                + " district office in Springfield said hunters should wear orange. Safety classes"
                + " are offered every fall.\"}");

    EventMention account = InventedReports.mainAccount(report);

    assertThat(account).isNotNull();
    assertThat(account.trigger().inTitle()).isTrue();
    assertThat(report.document().textOf(account.trigger())).isEqualTo("hunting accident");
    assertThat(place(account).name()).isEqualTo("Poplar Bluff");
  }

  @Test
  void aHeadlineCountsTheDeadItsTextDoesNot() {
    Report report =
        reports.readLine(
            "{\"id\": \"ha5\", \"published\": \"2016-07-06\", \"title\": \"4-year-old kills"
                + " himself with loaded gun in Poplar Bluff\", \"text\": \"Boy found the gun in a"
                + " closet\\nTwo relatives may face charges of negligent storage\\nFamily was"
                + " visiting from Kansas\"}");

    EventMention account = InventedReports.mainAccount(report);

    assertThat(account).isNotNull();
    assertThat(EventFigures.fatalities(account).best()).isEqualTo(1L);
  }

  @Test
  void aHeadlineOverATextThatTellsAnEventAddsNone() {
    Report report =
        reports.readLine(
            "{\"id\": \"ha2\", \"published\": \"2016-11-14\", \"title\": \"Boy shot in Poplar"
                + " Bluff\", \"text\": \"A 12-year-old boy was shot in the arm on Sunday"
                + " afternoon, police said.\"}");

    assertThat(report.events()).noneMatch(event -> event.trigger().inTitle());
  }

  @Test
  void peopleFoundDeadInAHomeAreAnAccount() {
    Report report =
        reports.readLine(
            "{\"id\": \"ha3\", \"published\": \"2015-06-08\", \"title\": \"Police investigate"
                + " deaths\", \"text\": \"Autopsies were completed Monday for two people found dead"
                + " in a Westbrook home, police said.\\n\\nOfficers were called to the house on Pine"
                + " Road on Sunday afternoon.\"}");

    EventMention account = InventedReports.mainAccount(report);

    assertThat(account).isNotNull();
    assertThat(report.document().textOf(account.trigger())).isEqualTo("found dead");
  }

  @Test
  void aFollowUpTellsTheDeathItsDateNames() {
    Report report =
        reports.readLine(
            "{\"id\": \"ha4\", \"published\": \"2014-09-20\", \"title\": \"Teen charged\","
                + " \"text\": \"A 16-year-old boy is charged in the April 3 death of his cousin."
                + " A rifle he was cleaning discharged into his cousin's neck at a home in"
                + " Westbrook.\"}");

    EventMention account = InventedReports.mainAccount(report);

    assertThat(account).isNotNull();
    assertThat(InventedReports.days(account)).first().isEqualTo(LocalDate.of(2014, 4, 3));
  }
}
