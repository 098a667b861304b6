package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.engine.output.IncidentFacts;
import org.sitrep.model.GroupEstimate;
import org.sitrep.model.Incident;
import org.sitrep.model.Slot;

/**
 * Who acts against whom: actors as nodes, incidents as edges from a perpetrator (or an actor that
 * claimed the incident) to a target. The target is the actors named as target or victim; where the
 * reports name none, the groups the fatality figures count ("US military", "civilians") stand in,
 * as nodes of kind {@code group}, since that is what the reports say about who was hit.
 */
final class ActorGraph {
  /**
   * A node id is the actor's name; a group's gets this prefix, so "Civilians" the actor stays
   * apart.
   */
  static final String GROUP_PREFIX = "group:";

  private final Map<String, ObjectNode> nodes = new TreeMap<>();
  private final Map<List<String>, Edge> edges = new TreeMap<>(ActorGraph::compareKeys);

  private ActorGraph() {}

  /** The graph of these incidents: {@code {"nodes": [...], "edges": [...]}}. */
  static ObjectNode of(List<Incident> incidents) {
    ActorGraph graph = new ActorGraph();
    for (ActorCount actor : ActorCount.of(incidents)) {
      graph.nodes.put(actor.name(), actor.json().put("id", actor.name()));
    }
    Map<String, Set<String>> groupIncidents = new TreeMap<>();
    for (Incident incident : incidents) {
      graph.link(incident, groupIncidents);
    }
    groupIncidents.forEach(
        (group, ids) -> graph.nodes.put(GROUP_PREFIX + group, group(group, ids)));
    return graph.json();
  }

  private static ObjectNode group(String name, Set<String> incidents) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("id", GROUP_PREFIX + name).put("name", name).put("kind", "group");
    node.putArray("aliases");
    node.putArray("named");
    node.put("incidents", incidents.size());
    node.putObject("roles").put("target", incidents.size());
    return node;
  }

  private void link(Incident incident, Map<String, Set<String>> groupIncidents) {
    List<String> perpetrators = IncidentFacts.actors(incident, Slot.PERPETRATOR);
    Set<String> claimers = new LinkedHashSet<>(IncidentFacts.actors(incident, Slot.CLAIMED_BY));
    perpetrators.forEach(claimers::remove);
    if (perpetrators.isEmpty() && claimers.isEmpty()) {
      return;
    }
    Map<String, Long> targets = new TreeMap<>();
    Set<String> named = new LinkedHashSet<>(IncidentFacts.actors(incident, Slot.TARGET));
    named.addAll(IncidentFacts.actors(incident, Slot.VICTIM));
    for (String target : named) {
      targets.put(target, incident.fatalities().best());
    }
    if (named.isEmpty()) {
      for (GroupEstimate group : incident.breakdown()) {
        targets.put(GROUP_PREFIX + group.group(), group.fatalities().best());
        groupIncidents.computeIfAbsent(group.group(), name -> new TreeSet<>()).add(incident.id());
      }
    }
    targets.forEach(
        (target, fatalities) -> {
          perpetrators.forEach(source -> add(source, target, "perpetrator", incident, fatalities));
          claimers.forEach(source -> add(source, target, "claimed", incident, fatalities));
        });
  }

  private void add(String source, String target, String role, Incident incident, Long fatalities) {
    if (!source.equals(target)) {
      edges
          .computeIfAbsent(List.of(source, target, role), key -> new Edge())
          .add(incident.id(), fatalities);
    }
  }

  private ObjectNode json() {
    ObjectNode answer = Json.MAPPER.createObjectNode();
    ArrayNode nodeArray = answer.putArray("nodes");
    nodes.values().forEach(nodeArray::add);
    ArrayNode edgeArray = answer.putArray("edges");
    edges.forEach((key, edge) -> edgeArray.add(edge.json(key)));
    return answer;
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int order = a.get(i).compareTo(b.get(i));
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  /** The incidents of one source, target and role, and the best fatality figures they give. */
  private static final class Edge {
    private final Set<String> incidents = new TreeSet<>();
    private final List<Long> fatalities = new ArrayList<>();

    void add(String incident, Long best) {
      if (incidents.add(incident) && best != null) {
        fatalities.add(best);
      }
    }

    /**
     * source, target, role, incidents (ids), fatalities (the sum of known best figures, or null).
     */
    ObjectNode json(List<String> key) {
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.put("source", key.get(0)).put("target", key.get(1)).put("role", key.get(2));
      ArrayNode ids = node.putArray("incidents");
      incidents.forEach(ids::add);
      node.put(
          "fatalities",
          fatalities.isEmpty() ? null : fatalities.stream().mapToLong(Long::longValue).sum());
      return node;
    }
  }
}
