package org.sitrep.model;

/** The six event types of the ACLED codebook. */
public enum EventType {
  BATTLES("Battles"),
  EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
  VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
  PROTESTS("Protests"),
  RIOTS("Riots"),
  STRATEGIC_DEVELOPMENTS("Strategic developments");

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  /** The codebook's name, as exports write it. */
  public String label() {
    return label;
  }
}
