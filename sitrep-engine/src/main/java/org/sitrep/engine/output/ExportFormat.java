package org.sitrep.engine.output;

/**
 * The formats incidents are exported in: INCIDENT JSON, ACLED / UCDP GED / GTD columns, GeoJSON.
 */
public enum ExportFormat {
  JSON,
  ACLED,
  UCDP,
  GTD,
  GEOJSON
}
