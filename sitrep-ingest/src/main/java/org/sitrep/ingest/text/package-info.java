/**
 * Cleaning of plain text: page junk lines, captions and repeated paragraphs removed, offsets kept.
 */
package org.sitrep.ingest.text;
