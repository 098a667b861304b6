package org.sitrep.resolve.reconcile;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.Conflict;
import org.sitrep.model.Estimate;

/**
 * A reconciled count and, when the reports disagree, the conflict it settled.
 *
 * @param conflict null when the reports agree
 */
public record Reconciled(Estimate estimate, Conflict conflict) {
  public Reconciled {
    requireNonNull(estimate, "estimate");
  }
}
