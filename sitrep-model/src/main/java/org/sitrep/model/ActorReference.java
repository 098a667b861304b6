package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * An actor as a text names it.
 *
 * @param named the words of the text ("IS-K", "the Islamic State group")
 * @param actor the known actor they name, or null when the name is not in the dictionary
 * @param via the channel of a claim of responsibility ("Amaq News Agency", "Telegram"), or null
 */
public record ActorReference(String named, Actor actor, String via) implements ClaimValue {
  public ActorReference {
    requireNonNull(named, "named");
  }

  /** The canonical name when the actor is known, else the words of the text. */
  public String name() {
    return actor != null ? actor.name() : named;
  }
}
