package org.sitrep.resolve.reconcile;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sitrep.model.Claim;

/**
 * One report's figure for one count of one event: the highest lower bound it gives, its stated
 * number as the best, the lowest upper bound, and the claims they come from.
 *
 * @param document the report
 * @param words the figure as the report words it ("at least 60", "113")
 * @param partial true when the report gives no total, only counts of groups ("13 US troops"): their
 *     sum bounds the total from below
 */
public record ReportFigure(
    String document,
    Long low,
    Long best,
    Long high,
    String words,
    List<Claim> claims,
    boolean partial) {
  public ReportFigure {
    requireNonNull(document, "document");
    requireNonNull(words, "words");
    claims = List.copyOf(requireNonNull(claims, "claims"));
  }
}
