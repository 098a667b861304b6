/**
 * The embedded store: documents, their reports (annotation and events), the incidents resolved from
 * them and refusals in a SQLite file, schema kept by Flyway migrations; and a Lucene full-text
 * index of the documents and incidents beside it, rebuilt from the database whenever it is missing,
 * stale or unreadable.
 */
package org.sitrep.store;
