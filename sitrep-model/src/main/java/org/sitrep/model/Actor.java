package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An armed group, a state force or another actor, under its canonical name with the other names
 * reports use for it ("ISIS-K", "IS-K", "Islamic State Khorasan Province", ...).
 *
 * @param country ISO 3166-1 alpha-2 code of the actor's home country, or null for transnational
 *     actors
 */
public record Actor(String name, List<String> aliases, ActorKind kind, String country) {
  public Actor {
    requireNonNull(name, "name");
    aliases = List.copyOf(requireNonNull(aliases, "aliases"));
    requireNonNull(kind, "kind");
  }
}
