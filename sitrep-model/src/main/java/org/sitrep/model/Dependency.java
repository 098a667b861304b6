package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * A grammatical relation inside one sentence, between token indexes of that sentence ({@code
 * governor} is -1 for the root).
 */
public record Dependency(String relation, int governor, int dependent) {
  public Dependency {
    requireNonNull(relation, "relation");
    if (governor < -1 || dependent < 0) {
      throw new IllegalArgumentException("bad dependency " + relation);
    }
  }
}
