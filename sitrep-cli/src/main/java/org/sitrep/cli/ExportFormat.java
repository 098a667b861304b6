package org.sitrep.cli;

/** The formats of {@code sitrep export}. */
enum ExportFormat {
  JSON,
  ACLED,
  UCDP,
  GTD,
  GEOJSON
}
