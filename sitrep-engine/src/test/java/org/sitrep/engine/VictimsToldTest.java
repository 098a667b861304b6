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
 * The dead and the wounded a report tells in words other than a count: a victim told alive is no
 * one dead, and the wounded told all together are all of them. Each case is a short report written
 * for it.
 */
class VictimsToldTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  @Test
  void aVictimInStableConditionIsNoOneDead() throws IOException {
    Report report =
        reports.read(
            "stable-condition",
            "date 2016-05-16\n"
                + "SPRINGFIELD, Ill. - A 4-year-old boy was shot in the stomach Sunday afternoon"
                + " at his home, deputies said.\n\n"
                + "The boy was airlifted to a hospital and is in stable condition.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(0L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(1L);
  }

  @Test
  void allOfTheWoundedInAConditionAreAllOfThem() throws IOException {
    Report report =
        reports.read(
            "all-four",
            "date 2016-06-13\n"
                + "SPRINGFIELD, Ill. - Gunfire broke out at a party early Saturday. A woman was shot"
                + " in the chest, and three men were also wounded. All four were said to be in"
                + " stable condition.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(0L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(4L);
  }

  @Test
  void aChildWhoDidNotMakeItIsOneDead() throws IOException {
    Report report =
        reports.read(
            "did-not-make-it",
            "date 2015-01-22\n"
                + "SPRINGFIELD, Ill. - A toddler found a handgun in the family car and suffered a"
                + " single, self-inflicted gunshot wound Wednesday, deputies said.\n\n"
                + "Paramedics rushed him to a hospital, but Kaleb didn't make it and was pronounced"
                + " dead.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(1L);
  }
}
