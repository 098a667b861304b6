/**
 * Where events happened: a gazetteer of towns, first-level divisions and countries built from
 * GeoNames and ISO 3166 data at build time, and the resolution of a report's place mentions
 * (ambiguous names decided by the report's other places, landmarks resolved to their town).
 */
package org.sitrep.extract.place;
