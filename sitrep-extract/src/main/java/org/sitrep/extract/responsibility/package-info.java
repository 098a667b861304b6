/** Who did it, by a sentence's account: claims of responsibility, blame, denials. */
package org.sitrep.extract.responsibility;
