/**
 * Readers that turn files, folders, JSON lines, RSS/Atom feeds and WARC archives into {@link
 * org.sitrep.model.SourceDocument}s, refusing what cannot be read without stopping the batch.
 */
package org.sitrep.ingest.read;
