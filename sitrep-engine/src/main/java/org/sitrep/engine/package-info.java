/** The composition root: turns configuration into a wired pipeline and runs batches through it. */
package org.sitrep.engine;
