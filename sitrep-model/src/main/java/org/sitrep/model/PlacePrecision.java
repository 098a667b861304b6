package org.sitrep.model;

/** How precisely a place is known, from finest to coarsest. */
public enum PlacePrecision {
  /** A named spot inside a town: an airport, a market, a checkpoint. */
  POINT,
  TOWN,
  /**
   * A second-level division, known when a report gives no town: a US county or parish ("BOYLE
   * COUNTY, Ky."). The coordinates are its towns' centroid.
   */
  COUNTY,
  /** A first-level division: a province, state or region. */
  REGION,
  COUNTRY
}
