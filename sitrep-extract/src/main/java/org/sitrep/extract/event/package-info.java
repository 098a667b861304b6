/**
 * Event triggers: the words that tell of an event, the ACLED sub-event type they signal, and
 * whether the sentence reports it as having happened.
 */
package org.sitrep.extract.event;
