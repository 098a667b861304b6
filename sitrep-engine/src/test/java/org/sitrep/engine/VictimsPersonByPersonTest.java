package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.engine.InventedReports.first;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.EventFigures;
import org.sitrep.model.EventMention;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * The dead a report tells person by person across its sentences: a named victim told in one
 * sentence and the same person counted in another is one death; a killer who killed himself is one
 * more beside the victims he killed. Each case is a short report written for it.
 */
class VictimsPersonByPersonTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  @Test
  void aVictimToldAloneAndAKillersCountWithHisOwnDeathAddUp() throws IOException {
    Report report =
        reports.read(
            "named-one-then-count",
            "date 2016-04-11\n"
                + "MUNCIE, Ind. - A father shot his family in their home early Sunday, police"
                + " said.\n\n"
                + "Dale Voss, 44, first killed 9-year-old son Tyler and badly wounded his"
                + " 12-year-old daughter, Amy, in their bedroom.\n\n"
                + "Voss then went to the garage and fatally shot his wife, Carla Ames, 41, and her"
                + " sister, Nina Ames, before committing suicide.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(4L);
    // The dead told in parts run over the wounding; the wounded girl is none of them.
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(1L);
  }

  @Test
  void aNamedKillerWhoTurnedTheGunOnHimselfIsOneMoreThanHisNamedVictims() throws IOException {
    Report report =
        reports.read(
            "named-victims-then-killer",
            "date 2016-09-20\n"
                + "KEARNEY, Neb. - Three children and their grandmother were found shot in a"
                + " farmhouse Saturday morning.\n\n"
                + "Lena, Owen and Mia Kraft were shot dead along with their grandmother Ruth"
                + " Kraft, 70, deputies said.\n\n"
                + "Their father, Gary Kraft, 45, is believed to have shot them before he turned"
                + " the gun on himself.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(5L);
  }

  @Test
  void aKillerNamedAmongTheDeadIsNotCountedTwice() throws IOException {
    Report report =
        reports.read(
            "killer-among-named",
            "date 2016-09-20\n"
                + "KEARNEY, Neb. - A man shot his wife in their home Saturday morning, deputies"
                + " said.\n\n"
                + "Gary Kraft, 45, fatally shot Ruth Kraft, 40, before committing suicide.\n\n"
                + "Gary Kraft and Ruth Kraft were pronounced dead at the scene.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(2L);
  }

  @Test
  void someoneWhoToldOfTheKillersDeathIsNotHim() throws IOException {
    Report report =
        reports.read(
            "teller-not-killer",
            "date 2016-09-20\n"
                + "KEARNEY, Neb. - A man shot two neighbors Saturday morning, deputies said.\n\n"
                + "Ed Marsh, 51, and Joan Marsh, 49, were shot and killed in their driveway.\n\n"
                + "Sheriff Tom Lund said the gunman later killed himself in a field.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(3L);
  }

  @Test
  void theShooterFoundDeadIsTheOwnDeathACountHeldAlready() throws IOException {
    Report report =
        reports.read(
            "shooter-held-by-count",
            "date 2016-10-05\n"
                + "SALINA, Kan. - A man fatally shot his father and his uncle before taking his own"
                + " life at a farm east of town Tuesday, the sheriff's office said.\n\n"
                + "Deputies found the bodies of Walt Brandt, 70, and Roy Brandt, 66, in a barn.\n\n"
                + "The gunman, 41-year-old Kurt Brandt, was found dead in a pickup truck.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(3L);
  }

  @Test
  void theDaysKillingAndTheShootingToldAfterItAreOneAccount() throws IOException {
    Report report =
        reports.read(
            "killing-then-shooting",
            "date 2016-11-26\n"
                + "FAIRVIEW, Mont. - A young couple and their baby son were killed in a motel room"
                + " Friday afternoon, and police are investigating the deaths as a"
                + " murder-suicide.\n\n"
                + "Officers called to the Prairie Inn found Ada Olsen, 55, Dan Olsen, 30, Kim"
                + " Olsen, 28, and toddler Eli Olsen - all dead from apparent gunshot wounds.\n");

    EventMention account = InventedReports.mainAccount(report);

    assertThat(report.events().stream().filter(event -> !event.background()).count()).isEqualTo(1L);
    assertThat(EventFigures.fatalities(account).best()).isEqualTo(4L);
  }

  @Test
  void peopleFoundDeadOneByOneByNameAreCountedPersonByPerson() throws IOException {
    Report report =
        reports.read(
            "found-dead-by-name",
            "date 2016-05-02\n"
                + "ELKTON, Md. - A man shot his wife and his two daughters before killing himself at"
                + " their home Sunday night, police said.\n\n"
                + "Officers found Neil Carver, 39, his wife, Rita Carver, 37, and their daughters,"
                + " Jenna, 10, and Paige, 7, dead in an upstairs bedroom.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(4L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(0L);
  }
}
