/**
 * The embedded store: documents, their reports (annotation and events), the incidents resolved from
 * them and refusals in a SQLite file, schema kept by Flyway migrations.
 */
package org.sitrep.store;
