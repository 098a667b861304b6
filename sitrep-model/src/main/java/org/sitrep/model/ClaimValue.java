package org.sitrep.model;

/**
 * What a claim asserts: a figure ({@link Quantity}), a date ({@link EventDate}), a place ({@link
 * Place}) or an actor ({@link ActorReference}).
 */
public sealed interface ClaimValue permits Quantity, EventDate, Place, ActorReference {}
