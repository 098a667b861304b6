/** Reconciling the reports' figures into low / best / high estimates, with their conflicts. */
package org.sitrep.resolve.reconcile;
