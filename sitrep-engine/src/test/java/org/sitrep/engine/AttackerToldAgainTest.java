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
 * The attacker's death told twice ("a gunman was killed" … "killing the man") is one death, while a
 * victim told as "a man" before keeps his own. Each case is a short report written for it.
 */
class AttackerToldAgainTest {
  @RegisterExtension static final InventedReports reports = new InventedReports();

  @Test
  void theGunmanKilledThenTheManKilledIsOneDeath() throws IOException {
    Report report =
        reports.read(
            "gunman-told-again",
            "date 2016-05-13\n"
                + "A sheriff's deputy was wounded and a gunman was killed in a shootout Thursday,"
                + " authorities said. The deputy was answering a domestic call when the man opened"
                + " fire from a window. Other deputies returned fire, killing the man.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(1L);
  }

  @Test
  void aManShotBeforeTheGunmanDiedIsAnotherDeath() throws IOException {
    Report report =
        reports.read(
            "victim-then-gunman",
            "date 2016-05-13\n"
                + "A gunman shot a man outside a bar Thursday before police shot the gunman dead,"
                + " authorities said. The man died at the hospital.\n");

    EventMention shooting = first(report, SubEventType.ATTACK);

    assertThat(EventFigures.fatalities(shooting).best()).isEqualTo(2L);
  }
}
