/**
 * Figures of an event: which count (killed, injured, abducted, ...) each number of a sentence is.
 */
package org.sitrep.extract.figure;
