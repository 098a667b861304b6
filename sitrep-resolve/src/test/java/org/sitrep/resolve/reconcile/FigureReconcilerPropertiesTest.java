package org.sitrep.resolve.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Estimate;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;

class FigureReconcilerPropertiesTest {
  @Provide
  Arbitrary<List<ReportFigure>> figures() {
    Arbitrary<ReportFigure> figure =
        Combinators.combine(
                Arbitraries.longs().between(0, 500),
                Arbitraries.longs().between(0, 50),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.strings().alpha().ofLength(3))
            .as(
                (low, extra, open, partial, document) -> {
                  Claim claim =
                      new Claim(
                          Slot.FATALITIES,
                          Quantity.atLeast(low),
                          null,
                          new Span(document, 0, 1),
                          Attribution.REPORTER,
                          null);
                  return new ReportFigure(
                      document,
                      low,
                      low + extra,
                      open ? null : low + extra,
                      String.valueOf(low),
                      List.of(claim),
                      partial);
                });
    return figure.list().ofMaxSize(6);
  }

  @Property
  void theEstimateIsOrderedAndBackedByTheClaimsItCameFrom(
      @ForAll("figures") List<ReportFigure> figures) {
    Estimate estimate = FigureReconciler.reconcile("fatalities", figures).estimate();
    if (figures.isEmpty()) {
      assertThat(estimate.isUnknown()).isTrue();
      return;
    }
    assertThat(estimate.low()).isLessThanOrEqualTo(estimate.best());
    if (estimate.high() != null) {
      assertThat(estimate.best()).isLessThanOrEqualTo(estimate.high());
    }
    assertThat(estimate.best())
        .isEqualTo(figures.stream().mapToLong(ReportFigure::best).max().orElseThrow());
    List<Claim> all = new ArrayList<>();
    figures.forEach(figure -> all.addAll(figure.claims()));
    assertThat(estimate.claims()).containsExactlyInAnyOrderElementsOf(all);
  }

  @Property
  void theLowNeverExceedsWhatAReportWithATotalAllows(
      @ForAll("figures") List<ReportFigure> figures) {
    // Unless a report counting only some groups proves more dead: parts bound a total from below.
    Estimate estimate = FigureReconciler.reconcile("fatalities", figures).estimate();
    long parts =
        figures.stream().filter(ReportFigure::partial).mapToLong(ReportFigure::low).max().orElse(0);
    figures.stream()
        .filter(figure -> !figure.partial())
        .forEach(
            figure ->
                assertThat(estimate.low()).isLessThanOrEqualTo(Math.max(figure.low(), parts)));
  }

  @Property
  void aConflictIsListedExactlyWhenTheReportsStateDifferentFigures(
      @ForAll("figures") List<ReportFigure> figures) {
    Reconciled reconciled = FigureReconciler.reconcile("fatalities", figures);
    long distinct = figures.stream().map(ReportFigure::best).distinct().count();
    assertThat(reconciled.conflict() != null).isEqualTo(distinct > 1);
  }
}
