package org.sitrep.resolve.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Claim;
import org.sitrep.model.Conflict;
import org.sitrep.model.Estimate;

/**
 * Reconciles the reports' figures for one count into low / best / high, in the spirit of UCDP GED:
 *
 * <ul>
 *   <li><b>low</b> is the lowest lower bound any report's total gives: every report's words allow
 *       it; a report that counts only some groups ("13 US troops") bounds it from below;
 *   <li><b>best</b> is the highest figure a report states: tolls rise as the dead are found and the
 *       wounded die, so the early, partial counts are the low ones ("at least 60" on the day, "more
 *       than 100" two days later);
 *   <li><b>high</b> is the highest upper bound, and stays open (null) when a report says "at least"
 *       or "more than" a number above every bound given.
 * </ul>
 *
 * <p>Reports that state different figures are a conflict, listed with each figure, the claims
 * behind it, and how it was settled. The perpetrators' claims never reach here.
 */
public final class FigureReconciler {
  private FigureReconciler() {}

  /**
   * The estimate from one figure per report.
   *
   * @param slot the slot as conflicts name it: {@code fatalities}, {@code fatalities/US military}
   */
  public static Reconciled reconcile(String slot, List<ReportFigure> figures) {
    List<ReportFigure> known = figures.stream().filter(figure -> figure.best() != null).toList();
    if (known.isEmpty()) {
      return new Reconciled(Estimate.unknown(), null);
    }
    boolean anyTotal = known.stream().anyMatch(figure -> !figure.partial());
    long partsFloor = 0;
    Long low = null;
    long best = Long.MIN_VALUE;
    Long closedHigh = null;
    long openFloor = Long.MIN_VALUE;
    boolean anyOpen = false;
    List<Claim> claims = new ArrayList<>();
    for (ReportFigure figure : known) {
      Long floor = figure.low() != null ? figure.low() : figure.best();
      if (figure.partial() && anyTotal) {
        partsFloor = Math.max(partsFloor, floor);
      } else {
        low = low == null ? floor : Math.min(low, floor);
      }
      best = Math.max(best, figure.best());
      if (figure.high() == null) {
        anyOpen = true;
        openFloor = Math.max(openFloor, floor);
      } else {
        closedHigh = closedHigh == null ? figure.high() : Math.max(closedHigh, figure.high());
      }
      claims.addAll(figure.claims());
    }
    Long high = closedHigh;
    if (high != null && (anyOpen && openFloor > high || best > high)) {
      high = null;
    }
    Estimate estimate = new Estimate(Math.min(Math.max(low, partsFloor), best), best, high, claims);
    return new Reconciled(estimate, conflict(slot, known, estimate));
  }

  /**
   * "at least 12 first (2024-03-14), 19 later (2024-03-15); " when the reports that give the lower
   * figures came out before those that give the higher ones; empty otherwise.
   */
  private static String chronology(List<Conflict.Value> values) {
    List<LocalDate> firsts = new ArrayList<>();
    for (Conflict.Value value : values) {
      LocalDate first =
          value.claims().stream()
              .map(Claim::reported)
              .filter(java.util.Objects::nonNull)
              .min(Comparator.naturalOrder())
              .orElse(null);
      if (first == null || !firsts.isEmpty() && first.isBefore(firsts.get(firsts.size() - 1))) {
        return "";
      }
      firsts.add(first);
    }
    if (!firsts.get(firsts.size() - 1).isAfter(firsts.get(0))) {
      return "";
    }
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      words
          .append(i == 0 ? "" : ", ")
          .append(values.get(i).value())
          .append(i == 0 ? " first (" : i == values.size() - 1 ? " later (" : " then (")
          .append(firsts.get(i))
          .append(')');
    }
    return words.append("; ").toString();
  }

  private static String settled(Estimate estimate) {
    return String.format(
        Locale.ROOT,
        "best %d, the highest figure reported (tolls rise as reports come in); low %d, the"
            + " lowest bound reported; high %s",
        estimate.best(),
        estimate.low(),
        estimate.high() == null ? "open (a report gives no upper bound)" : estimate.high());
  }

  private static Conflict conflict(String slot, List<ReportFigure> figures, Estimate estimate) {
    Map<Long, List<ReportFigure>> byBest = new TreeMap<>();
    for (ReportFigure figure : figures) {
      byBest.computeIfAbsent(figure.best(), key -> new ArrayList<>()).add(figure);
    }
    if (byBest.size() < 2) {
      return null;
    }
    List<Conflict.Value> values = new ArrayList<>();
    byBest.forEach(
        (best, group) -> {
          List<String> words = group.stream().map(ReportFigure::words).distinct().sorted().toList();
          List<Claim> claims = group.stream().flatMap(figure -> figure.claims().stream()).toList();
          values.add(new Conflict.Value(String.join(" / ", words), claims));
        });
    String resolution = chronology(values) + settled(estimate);
    return new Conflict(slot, values, resolution);
  }
}
