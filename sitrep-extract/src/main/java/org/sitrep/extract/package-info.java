/**
 * Per-document extraction: from an {@link org.sitrep.model.AnnotatedDocument}, the events a report
 * tells of, each slot a claim with its evidence span.
 */
package org.sitrep.extract;
