/**
 * The actor dictionary: armed groups and state forces under their canonical names, found in report
 * text by any of their aliases, plus the aliases a report itself defines ("X, also known as Y").
 */
package org.sitrep.extract.actor;
