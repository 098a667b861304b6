package org.sitrep.model;

/** The kinds of actor of the ACLED codebook (its "inter" codes 1 to 8). */
public enum ActorKind {
  STATE_FORCES,
  REBEL_GROUP,
  POLITICAL_MILITIA,
  IDENTITY_MILITIA,
  RIOTERS,
  PROTESTERS,
  CIVILIANS,
  EXTERNAL_FORCES
}
