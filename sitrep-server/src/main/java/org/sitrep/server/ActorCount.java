package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorReference;
import org.sitrep.model.Claim;
import org.sitrep.model.Incident;
import org.sitrep.model.Slot;

/**
 * One actor's incidents, counted as a whole and by the role it had in each, with what the actor
 * dictionary knows of it (aliases, kind, country) and the words the reports named it with.
 */
final class ActorCount {
  /** Most incidents first, then by name. */
  static final Comparator<ActorCount> MOST_INCIDENTS_FIRST =
      Comparator.comparingInt(ActorCount::incidents).reversed().thenComparing(count -> count.name);

  private final String name;
  private final Set<String> incidents = new TreeSet<>();
  private final Map<String, Integer> roles = new TreeMap<>();
  private final Set<String> aliases = new LinkedHashSet<>();
  private final Set<String> named = new TreeSet<>();
  private Actor actor;

  ActorCount(String name) {
    this.name = name;
  }

  /** Every actor the claims of these incidents name, most incidents first. */
  static List<ActorCount> of(List<Incident> incidents) {
    Map<String, ActorCount> counts = new TreeMap<>();
    for (Incident incident : incidents) {
      for (Claim claim : incident.claims()) {
        if (claim.value() instanceof ActorReference reference) {
          counts.computeIfAbsent(reference.name(), ActorCount::new).know(reference);
        }
      }
      roles(incident).forEach((name, roles) -> counts.get(name).add(incident.id(), roles));
    }
    return counts.values().stream().sorted(MOST_INCIDENTS_FIRST).toList();
  }

  /** The actors of one incident, each with the roles its claims give it there. */
  static Map<String, Set<String>> roles(Incident incident) {
    Map<String, Set<String>> roles = new TreeMap<>();
    for (Claim claim : incident.claims()) {
      if (claim.value() instanceof ActorReference actor) {
        roles.computeIfAbsent(actor.name(), name -> new TreeSet<>()).add(role(claim.slot()));
      }
    }
    return roles;
  }

  private static String role(Slot slot) {
    return switch (slot) {
      case DENIED_BY -> "denied";
      case CLAIMED_BY -> "claimed";
      default -> slot.label().toLowerCase(Locale.ROOT);
    };
  }

  /** Learns the dictionary's actor behind a reference and the words that named it. */
  private void know(ActorReference reference) {
    if (actor == null && reference.actor() != null) {
      actor = reference.actor();
      aliases.addAll(actor.aliases());
    }
    if (!reference.named().equals(name)) {
      named.add(reference.named());
    }
  }

  void add(String incident, Set<String> rolesInIt) {
    if (incidents.add(incident)) {
      rolesInIt.forEach(role -> roles.merge(role, 1, Integer::sum));
    }
  }

  String name() {
    return name;
  }

  int incidents() {
    return incidents.size();
  }

  /**
   * name, kind (ACLED's kind of actor, lower case with dashes, null when the dictionary does not
   * know the actor), country, aliases (the dictionary's), named (the words reports used, when not
   * the name), incidents, roles.
   */
  ObjectNode json() {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("name", name);
    node.put(
        "kind",
        actor != null ? actor.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') : null);
    node.put("country", actor != null ? actor.country() : null);
    ArrayNode aliasNodes = node.putArray("aliases");
    aliases.forEach(aliasNodes::add);
    ArrayNode namedNodes = node.putArray("named");
    named.forEach(namedNodes::add);
    node.put("incidents", incidents.size());
    roles.forEach(node.putObject("roles")::put);
    return node;
  }
}
