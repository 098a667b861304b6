/** When an event happened: TIMEX values turned into dates with their precision. */
package org.sitrep.extract.time;
