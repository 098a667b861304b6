/**
 * Incidents and events as Sitrep writes them for people and programs: the INCIDENT and EVENT JSON
 * of CONTRACT.md, GeoJSON, and CSV in Sitrep's, ACLED's, UCDP GED's and GTD's columns. Shared by
 * the CLI and the server, so both answer the same shapes.
 */
package org.sitrep.engine.output;
