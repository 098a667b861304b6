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
 * The dead and wounded a single report gives its shooting, read through the whole flow, where the
 * report tells its toll as a family, a list of bodies, or one victim and no one else. Each case is
 * a short report written for it.
 */
class ReportTollsTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  @Test
  void aFatherAndHisTwoChildrenFoundDeadAreThreeDead() throws IOException {
    EventMention shooting =
        shooting(
            "family",
            "date 2015-08-28\n"
                + "DALEVILLE, Ind. - A man and his two children were found dead inside their home"
                + " Thursday morning after a shooting, deputies said.\n\n"
                + "Deputies said the 48-year-old man died from an apparent gunshot wound.\n");

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(3L);
  }

  @Test
  void theBodiesOfThreeNamedPeopleAreThreeDead() throws IOException {
    EventMention shooting =
        shooting(
            "bodies",
            "date 2015-01-21\n"
                + "MILLTOWN, Calif. - Officials identified three people in an apparent"
                + " murder-suicide on Tuesday.\n\n"
                + "The bodies of 54-year-old Jo Doe, 42-year-old Jane Roe and 6-year-old Jim Doe"
                + " were discovered during a welfare check Tuesday morning. All three suffered"
                + " gunshot wounds.\n");

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(3L);
  }

  @Test
  void theOnlyPersonInjuredLeavesNoOneWounded() throws IOException {
    Report report =
        reports.read(
            "only-one",
            "date 2015-10-18\n"
                + "OTTAWA, Ohio - A 17-year-old was killed in an accidental shooting Saturday,"
                + " the sheriff's office said.\n\n"
                + "The teen was shooting with friends when he was fatally wounded. He was the only"
                + " person injured.\n");
    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(1L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isZero();
  }

  private static EventMention shooting(String name, String text) throws IOException {
    return first(reports.read(name, text), SubEventType.ATTACK);
  }
}
