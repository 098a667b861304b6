/**
 * Linking accounts into incidents: features, pair scores, blocking and average-linkage grouping.
 */
package org.sitrep.resolve.link;
