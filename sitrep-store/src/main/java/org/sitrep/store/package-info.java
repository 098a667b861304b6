/**
 * The embedded store: documents and refusals in a SQLite file, schema kept by Flyway migrations.
 */
package org.sitrep.store;
