package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.model.ActorReference;
import org.sitrep.model.Claim;
import org.sitrep.model.Incident;
import org.sitrep.model.Slot;

/** One actor's incidents, counted as a whole and by the role it had in each. */
final class ActorCount {
  private final String name;
  private final Set<String> incidents = new TreeSet<>();
  private final Map<String, Integer> roles = new TreeMap<>();

  ActorCount(String name) {
    this.name = name;
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

  void add(String incident, Set<String> rolesInIt) {
    if (incidents.add(incident)) {
      rolesInIt.forEach(role -> roles.merge(role, 1, Integer::sum));
    }
  }

  int incidents() {
    return incidents.size();
  }

  ObjectNode json() {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("name", name).put("incidents", incidents.size());
    roles.forEach(node.putObject("roles")::put);
    return node;
  }
}
