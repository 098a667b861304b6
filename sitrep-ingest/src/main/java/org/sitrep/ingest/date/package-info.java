/** The publication date of a document, with the evidence for it; unknown beats wrong. */
package org.sitrep.ingest.date;
