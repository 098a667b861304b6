package org.sitrep.extract.actor;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.Actor;

/**
 * An alias a document defines for an actor, with the evidence: the phrase {@code [start, end)} that
 * defines it ("the Islamic State of Khorasan, also known as IS-K or ISIS-K").
 *
 * @param documentLocal the actor is one the dictionary does not know, made for this document
 */
public record LearnedAlias(String alias, Actor actor, int start, int end, boolean documentLocal) {
  public LearnedAlias {
    requireNonNull(alias, "alias");
    requireNonNull(actor, "actor");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad evidence [" + start + ", " + end + ")");
    }
  }
}
