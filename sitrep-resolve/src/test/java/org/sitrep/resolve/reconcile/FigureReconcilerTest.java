package org.sitrep.resolve.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Conflict;
import org.sitrep.model.Estimate;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;

class FigureReconcilerTest {
  private static ReportFigure figure(
      String document, Long low, Long best, Long high, boolean partial) {
    Claim claim =
        new Claim(
            Slot.FATALITIES,
            Quantity.exact(best),
            null,
            new Span(document, 0, 5),
            Attribution.REPORTER,
            null);
    String words = high == null ? "at least " + low : String.valueOf(best);
    return new ReportFigure(document, low, best, high, words, List.of(claim), partial);
  }

  @Test
  void noFiguresGiveAnUnknownEstimateNeverZero() {
    Reconciled reconciled = FigureReconciler.reconcile("fatalities", List.of());
    assertThat(reconciled.estimate().isUnknown()).isTrue();
    assertThat(reconciled.estimate().low()).isNull();
    assertThat(reconciled.conflict()).isNull();
  }

  @Test
  void reportsThatAgreeGiveTheirFigureAndNoConflict() {
    Reconciled reconciled =
        FigureReconciler.reconcile(
            "fatalities",
            List.of(figure("a", 13L, 13L, 13L, false), figure("b", 13L, 13L, 13L, false)));
    Estimate estimate = reconciled.estimate();
    assertThat(List.of(estimate.low(), estimate.best(), estimate.high()))
        .containsExactly(13L, 13L, 13L);
    assertThat(estimate.claims()).hasSize(2);
    assertThat(reconciled.conflict()).isNull();
  }

  @Test
  void anEarlyLowerBoundAndALaterHigherTollSpanLowToBestAndStayOpenAbove() {
    Reconciled reconciled =
        FigureReconciler.reconcile(
            "fatalities",
            List.of(
                figure("early", 60L, 60L, null, false), figure("later", 101L, 101L, null, false)));
    assertThat(reconciled.estimate().low()).isEqualTo(60);
    assertThat(reconciled.estimate().best()).isEqualTo(101);
    assertThat(reconciled.estimate().high()).isNull();
    assertThat(reconciled.conflict().values())
        .extracting(Conflict.Value::value)
        .containsExactly("at least 60", "at least 101");
  }

  @Test
  void exactFiguresThatDisagreeGiveTheHighestAsBestAndAsHigh() {
    Reconciled reconciled =
        FigureReconciler.reconcile(
            "fatalities",
            List.of(figure("a", 12L, 12L, 12L, false), figure("b", 13L, 13L, 13L, false)));
    assertThat(reconciled.estimate().low()).isEqualTo(12);
    assertThat(reconciled.estimate().best()).isEqualTo(13);
    assertThat(reconciled.estimate().high()).isEqualTo(13);
    assertThat(reconciled.conflict().slot()).isEqualTo("fatalities");
  }

  @Test
  void anOpenBoundAboveEveryClosedOneLeavesTheHighOpen() {
    Reconciled reconciled =
        FigureReconciler.reconcile(
            "fatalities",
            List.of(figure("a", 12L, 12L, 12L, false), figure("b", 20L, 20L, null, false)));
    assertThat(reconciled.estimate().high()).isNull();
  }

  @Test
  void aReportThatCountsOnlySomeGroupsBoundsTheTotalFromBelowButDoesNotLowerIt() {
    Reconciled reconciled =
        FigureReconciler.reconcile(
            "fatalities",
            List.of(
                figure("totals", 60L, 60L, null, false), figure("parts", 13L, 13L, null, true)));
    assertThat(reconciled.estimate().low()).isEqualTo(60);
    assertThat(reconciled.estimate().best()).isEqualTo(60);
  }
}
