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
 * The dead a report tells in parts about different people: a killer's victims and, in another
 * sentence, his own death; a woman, then a man and a girl. Each case is a short report written for
 * it.
 */
class DeadToldApartTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  @Test
  void aKillersVictimsAndHisOwnDeathToldApartAddUp() throws IOException {
    Report report =
        reports.read(
            "victims-and-killer",
            "date 2016-03-06\n"
                + "DAYTON, Ohio - A father came home early Saturday and shot his family, police"
                + " said.\n\n"
                + "The 40-year-old had killed his 7-year-old son, Jo Doe; his 30-year-old wife,"
                + " Ann Roe; and Roe's mother, May Roe, 60.\n\n"
                + "Police said he killed himself in his car a few miles away.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(4L);
  }

  @Test
  void aWomanThenAManAndAGirlToldDeadAreThree() throws IOException {
    Report report =
        reports.read(
            "woman-man-girl",
            "date 2016-06-29\n"
                + "TYLER, Texas - Police responded to a shooting Tuesday night and found three"
                + " people with gunshot wounds.\n\n"
                + "A 47-year-old woman and an 11-year-old girl were found in the front yard.\n\n"
                + "The woman died at the scene. The man and the girl were rushed to a hospital"
                + " where they later died.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(3L);
    assertThat(EventFigures.injuries(shooting, report.document()).best()).isEqualTo(0L);
  }

  @Test
  void aBoyAndAManToldApartMayBeOneTeenager() throws IOException {
    Report report =
        reports.read(
            "boy-or-man",
            "date 2016-06-29\n"
                + "TYLER, Texas - A 17-year-old boy was shot Tuesday night outside a store.\n\n"
                + "The boy was pronounced dead at a hospital. The young man died after"
                + " surgery, his family said.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(1L);
  }
}
