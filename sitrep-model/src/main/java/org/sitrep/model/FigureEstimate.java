package org.sitrep.model;

/**
 * One report's figure for one count of an event: the low, best and high it supports, each null when
 * the report sets none. A best of null means the report does not say (unknown, never zero).
 */
public record FigureEstimate(Long low, Long best, Long high) {
  /** No figure given. */
  public static final FigureEstimate UNKNOWN = new FigureEstimate(null, null, null);

  public boolean isKnown() {
    return best != null;
  }
}
