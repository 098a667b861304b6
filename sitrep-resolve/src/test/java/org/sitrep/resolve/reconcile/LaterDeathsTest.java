package org.sitrep.resolve.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Estimate;
import org.sitrep.model.EventFigures;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;

class LaterDeathsTest {
  private static ReportFigure figure(String document, Slot slot, long best, String group) {
    Claim claim =
        new Claim(
            slot,
            Quantity.exact(best),
            group,
            new Span(document, 0, 5),
            Attribution.REPORTER,
            null);
    return new ReportFigure(
        document, best, best, best, String.valueOf(best), List.of(claim), false);
  }

  @Test
  void theWoundedAnotherReportTellsDiedAreNoLongerInjured() {
    ReportFigure injured = figure("first", Slot.INJURIES, 3, null);
    ReportFigure ownDead = figure("first", Slot.FATALITIES, 2, null);
    ReportFigure died = figure("later", Slot.FATALITIES, 1, EventFigures.WOUNDED_WHO_DIED);
    Estimate dead = new Estimate(2L, 3L, 3L, died.claims());

    ReportFigure read = LaterDeaths.lessWoundedWhoDied(injured, ownDead, died, dead);

    assertThat(read.best()).isEqualTo(2L);
    assertThat(read.claims()).containsAll(died.claims());
  }

  @Test
  void aReportThatCountsTheIncidentsDeadKeepsItsInjured() {
    ReportFigure injured = figure("first", Slot.INJURIES, 2, null);
    ReportFigure ownDead = figure("first", Slot.FATALITIES, 3, null);
    ReportFigure died = figure("later", Slot.FATALITIES, 1, EventFigures.WOUNDED_WHO_DIED);
    Estimate dead = new Estimate(3L, 3L, 3L, ownDead.claims());

    assertThat(LaterDeaths.lessWoundedWhoDied(injured, ownDead, died, dead).best()).isEqualTo(2L);
  }
}
