package org.sitrep.resolve.link;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * How alike two accounts are: the sum of the features' contributions, or a veto that forbids
 * linking them whatever else they share.
 *
 * @param veto why the two can never be one incident, or null
 */
public record PairScore(double score, Map<String, Double> features, String veto) {
  public PairScore {
    features = Map.copyOf(requireNonNull(features, "features"));
  }

  public boolean vetoed() {
    return veto != null;
  }
}
