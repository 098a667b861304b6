package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A reconciled count in the manner of UCDP GED: the lowest credible figure, the most likely one and
 * the highest credible one, each null when the reports do not say. {@code high} null with a known
 * {@code low} means no report set an upper bound. Every estimate names the claims it came from.
 *
 * @param claims the claims the figures were taken from (perpetrators' claims never among them)
 */
public record Estimate(Long low, Long best, Long high, List<Claim> claims) {
  private static final Estimate UNKNOWN = new Estimate(null, null, null, List.of());

  public Estimate {
    claims = List.copyOf(requireNonNull(claims, "claims"));
    if (low != null && best != null && low > best || best != null && high != null && best > high) {
      throw new IllegalArgumentException(
          "expected low <= best <= high: " + low + " " + best + " " + high);
    }
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException("low " + low + " above high " + high);
    }
    if ((low != null || best != null || high != null) && claims.isEmpty()) {
      throw new IllegalArgumentException("an estimate needs the claims it came from");
    }
  }

  /** Nothing reported: every figure null. Never zero. */
  public static Estimate unknown() {
    return UNKNOWN;
  }

  public boolean isUnknown() {
    return low == null && best == null && high == null;
  }
}
