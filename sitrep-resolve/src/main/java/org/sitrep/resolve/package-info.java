/**
 * Resolution: the accounts of many reports become incidents. {@link org.sitrep.resolve.Resolver} is
 * the entry; {@code link} decides which accounts tell of one event, {@code reconcile} turns their
 * figures into estimates and conflicts, {@code source} finds copies among the reports.
 */
package org.sitrep.resolve;
