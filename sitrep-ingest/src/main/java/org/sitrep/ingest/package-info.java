/**
 * Documents in: the stage that turns a {@link org.sitrep.model.SourceDocument} into a cleaned,
 * dated, language-tagged {@link org.sitrep.model.Document}.
 */
package org.sitrep.ingest;
