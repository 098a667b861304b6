package org.sitrep.engine.output;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ActorReference;
import org.sitrep.model.AttackType;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Estimate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Incident;
import org.sitrep.model.Slot;

/** What the tabular outputs read off an incident, each value null when Sitrep does not know it. */
public final class IncidentFacts {
  private IncidentFacts() {}

  /** The actors the claims name in a slot, canonical names, first named first. */
  public static List<String> actors(Incident incident, Slot slot) {
    Set<String> names = new LinkedHashSet<>();
    for (Claim claim : incident.claims()) {
      if (claim.slot() == slot && claim.value() instanceof ActorReference actor) {
        names.add(actor.name());
      }
    }
    return List.copyOf(names);
  }

  /** Who did it: the perpetrators named, else whoever claimed it. */
  static List<String> perpetrators(Incident incident) {
    List<String> named = actors(incident, Slot.PERPETRATOR);
    return !named.isEmpty()
        ? named
        : incident.claimedBy().stream().map(ActorReference::name).distinct().toList();
  }

  /** The GTD attack type most of the current accounts give (the first on a tie). */
  static AttackType attackType(Incident incident) {
    Map<AttackType, Integer> counts = new EnumMap<>(AttackType.class);
    for (EventMention mention : incident.mentions()) {
      if (mention.background() == incident.background()) {
        counts.merge(mention.attackType(), 1, Integer::sum);
      }
    }
    AttackType best = incident.mentions().get(0).attackType();
    for (EventMention mention : incident.mentions()) {
      if (counts.getOrDefault(mention.attackType(), 0) > counts.getOrDefault(best, 0)) {
        best = mention.attackType();
      }
    }
    return best;
  }

  /** The outlets (else the document ids) of the incident's documents, each once. */
  static List<String> sources(Incident incident, Map<String, Document> documents) {
    Set<String> sources = new LinkedHashSet<>();
    for (String id : incident.documents()) {
      Document document = documents.get(id);
      sources.add(document != null && document.outlet() != null ? document.outlet() : id);
    }
    return List.copyOf(sources);
  }

  /** One line in words: what, where, when, the figures and the sources. */
  static String summary(Incident incident) {
    List<String> parts = new ArrayList<>();
    parts.add(incident.subtype().label());
    if (incident.place() != null) {
      parts.add("in " + incident.place().name());
    }
    if (incident.date() != null) {
      parts.add("on " + incident.date().value() + " (" + incident.date().precision().label() + ")");
    }
    List<String> perpetrators = perpetrators(incident);
    if (!perpetrators.isEmpty()) {
      parts.add("by " + String.join(" and ", perpetrators));
    }
    String text = String.join(" ", parts) + ".";
    text +=
        " Fatalities " + range(incident.fatalities()) + ", injuries " + range(incident.injuries());
    return text
        + String.format(
            Locale.ROOT,
            "; reports %d, independent %d.",
            incident.sources().reports(),
            incident.sources().independent());
  }

  /** low–best–high with "?" for an unknown figure and "open" for no upper bound. */
  public static String range(Estimate estimate) {
    if (estimate.isUnknown()) {
      return "unknown";
    }
    return (estimate.low() != null ? estimate.low().toString() : "?")
        + "–"
        + (estimate.best() != null ? estimate.best().toString() : "?")
        + "–"
        + (estimate.high() != null ? estimate.high().toString() : "open");
  }

  static String number(Number value) {
    return value != null ? value.toString() : null;
  }

  /** The items joined with "; ", or null when there are none. */
  static String list(List<String> items) {
    return items.isEmpty() ? null : String.join("; ", items);
  }
}
