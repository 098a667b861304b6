package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/** The record of one refused input: which one, and why. */
public record Refusal(String input, RefusalReason reason, String detail) {
  public Refusal {
    requireNonNull(input, "input");
    requireNonNull(reason, "reason");
    requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return input + ": " + reason.label() + ": " + detail;
  }
}
