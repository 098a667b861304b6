package org.sitrep.cli;

/** The formats of {@code sitrep incidents}. */
enum IncidentFormat {
  TABLE,
  JSON,
  CSV,
  GEOJSON
}
