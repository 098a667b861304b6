package org.sitrep.model;

import java.util.Locale;

/** The slots of an event a claim can fill. */
public enum Slot {
  /** People killed, attackers included. */
  FATALITIES,
  INJURIES,
  /** Killed and injured counted together ("around 160 killed and injured"). */
  CASUALTIES,
  MISSING,
  ABDUCTED,
  ARRESTED,
  DATE,
  PLACE,
  PERPETRATOR,
  TARGET,
  VICTIM,
  /** Who claimed responsibility. */
  CLAIMED_BY,
  /** Who denied responsibility. */
  DENIED_BY;

  /** The name used in output: {@code fatalities}, {@code claimed-by}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the slot holds a figure. */
  public boolean isFigure() {
    return switch (this) {
      case FATALITIES, INJURIES, CASUALTIES, MISSING, ABDUCTED, ARRESTED -> true;
      default -> false;
    };
  }
}
