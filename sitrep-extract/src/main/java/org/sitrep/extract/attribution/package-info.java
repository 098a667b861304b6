/** Who says so: the source a sentence gives for what it reports, and what kind of source it is. */
package org.sitrep.extract.attribution;
