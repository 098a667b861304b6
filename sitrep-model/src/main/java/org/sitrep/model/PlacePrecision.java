package org.sitrep.model;

/** How precisely a place is known, from finest to coarsest. */
public enum PlacePrecision {
  /** A named spot inside a town: an airport, a market, a checkpoint. */
  POINT,
  TOWN,
  /** A first-level division: a province, state or region. */
  REGION,
  COUNTRY
}
