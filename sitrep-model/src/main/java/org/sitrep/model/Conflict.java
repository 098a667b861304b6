package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Reports that disagree on one slot of one incident, and how the disagreement was settled.
 *
 * @param slot the slot, with the group when the figure counts a group ({@code "fatalities/US
 *     military"})
 * @param values each value reported, with the claims that report it, in ascending order
 * @param resolution how the estimate was decided, in words ("later reports say 13")
 */
public record Conflict(String slot, List<Value> values, String resolution) {
  public Conflict {
    requireNonNull(slot, "slot");
    values = List.copyOf(requireNonNull(values, "values"));
    requireNonNull(resolution, "resolution");
    if (values.size() < 2) {
      throw new IllegalArgumentException("a conflict needs two values at least");
    }
  }

  /** One value of a conflict ("at least 60") and the claims that report it. */
  public record Value(String value, List<Claim> claims) {
    public Value {
      requireNonNull(value, "value");
      claims = List.copyOf(requireNonNull(claims, "claims"));
    }
  }
}
