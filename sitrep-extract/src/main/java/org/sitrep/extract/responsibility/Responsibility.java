package org.sitrep.extract.responsibility;

import static java.util.Objects.requireNonNull;

import org.sitrep.extract.actor.ActorMention;
import org.sitrep.model.Slot;

/**
 * What a sentence says of an actor's part in an event.
 *
 * @param slot {@link Slot#CLAIMED_BY} (the actor claims it), {@link Slot#PERPETRATOR} (others blame
 *     it), or {@link Slot#DENIED_BY}
 * @param via the channel of a claim ("Amaq News Agency", "Telegram"), or null
 */
public record Responsibility(Slot slot, ActorMention actor, String via) {
  public Responsibility {
    requireNonNull(slot, "slot");
    requireNonNull(actor, "actor");
  }
}
