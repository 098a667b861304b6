/**
 * Sitrep's vocabulary: immutable records that flow between the stages, the {@link
 * org.sitrep.model.Stage} shape every per-document step has, and the refusals and diagnostics that
 * report bad input. Depends on the JDK only.
 */
package org.sitrep.model;
