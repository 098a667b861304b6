package org.sitrep.extract.actor;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Actor;

/**
 * An actor with what the dictionary knows beyond the model's {@link Actor}.
 *
 * @param parent canonical name of the organisation it belongs to, or null
 * @param needsContext aliases that also name something else
 * @param caseSensitive aliases that match only as written
 */
record ActorEntry(
    Actor actor,
    String parent,
    List<String> mediaOutlets,
    Set<String> needsContext,
    Set<String> caseSensitive,
    String note) {
  ActorEntry {
    requireNonNull(actor, "actor");
    mediaOutlets = List.copyOf(mediaOutlets);
    needsContext = Set.copyOf(needsContext);
    caseSensitive = Set.copyOf(caseSensitive);
  }

  /** The canonical name and every alias, the name first. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(actor.name());
    names.addAll(actor.aliases());
    return names;
  }
}
