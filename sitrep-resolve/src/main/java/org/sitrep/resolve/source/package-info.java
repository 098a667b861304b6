/** Sources: which reports are copies of others (syndication, light rewrites). */
package org.sitrep.resolve.source;
