/** Language identification of clean text. */
package org.sitrep.ingest.language;
