package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * Why two accounts were taken to tell of the same incident: the features of the pair, their score
 * and the rule that decided.
 *
 * @param mention the event mention that joined
 * @param joined the mention of the incident it was compared with (its best match)
 * @param features each feature's contribution to the score, by name
 * @param rule the rule in words ("score 0.41 above the threshold 0.10")
 */
public record MergeDecision(
    String mention, String joined, double score, Map<String, Double> features, String rule) {
  public MergeDecision {
    requireNonNull(mention, "mention");
    requireNonNull(joined, "joined");
    features = Map.copyOf(requireNonNull(features, "features"));
    requireNonNull(rule, "rule");
  }
}
