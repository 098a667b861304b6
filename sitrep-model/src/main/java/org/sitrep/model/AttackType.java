package org.sitrep.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The attack types of the Global Terrorism Database, in GTD's own order of precedence: when an
 * attack is of several types, the first of them in this order is its type (an assassination by a
 * bomb is an assassination; a kidnapping with shots fired is a kidnapping).
 */
public enum AttackType {
  ASSASSINATION("Assassination"),
  HIJACKING("Hijacking"),
  KIDNAPPING("Hostage Taking (Kidnapping)"),
  BARRICADE_INCIDENT("Hostage Taking (Barricade Incident)"),
  BOMBING_EXPLOSION("Bombing/Explosion"),
  ARMED_ASSAULT("Armed Assault"),
  UNARMED_ASSAULT("Unarmed Assault"),
  FACILITY_INFRASTRUCTURE_ATTACK("Facility/Infrastructure Attack"),
  UNKNOWN("Unknown");

  private final String label;

  AttackType(String label) {
    this.label = label;
  }

  /** GTD's name, as exports write it. */
  public String label() {
    return label;
  }

  /** Whether this type takes precedence over {@code other} in GTD's order. */
  public boolean precedes(AttackType other) {
    return ordinal() < other.ordinal();
  }

  /**
   * The attack type an ACLED sub-event type implies when nothing more is known: explosions are
   * bombings, attacks and clashes armed assaults, abductions kidnappings, property destruction a
   * facility attack; events that are not attacks (protests, agreements, arrests) are unknown.
   */
  public static AttackType of(SubEventType subtype) {
    return switch (subtype) {
      case CHEMICAL_WEAPON,
          AIR_DRONE_STRIKE,
          SUICIDE_BOMB,
          SHELLING_ARTILLERY_MISSILE_ATTACK,
          REMOTE_EXPLOSIVE_LANDMINE_IED,
          GRENADE ->
          BOMBING_EXPLOSION;
      case ARMED_CLASH, ATTACK -> ARMED_ASSAULT;
      case SEXUAL_VIOLENCE, MOB_VIOLENCE -> UNARMED_ASSAULT;
      case ABDUCTION_FORCED_DISAPPEARANCE -> KIDNAPPING;
      case LOOTING_PROPERTY_DESTRUCTION -> FACILITY_INFRASTRUCTURE_ATTACK;
      default -> UNKNOWN;
    };
  }

  /** The attack type with this GTD name. */
  public static Optional<AttackType> ofLabel(String label) {
    return Arrays.stream(values()).filter(value -> value.label.equals(label)).findFirst();
  }
}
