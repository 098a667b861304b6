package org.sitrep.engine.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ActorReference;
import org.sitrep.model.Claim;
import org.sitrep.model.Conflict;
import org.sitrep.model.Document;
import org.sitrep.model.Estimate;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.GroupEstimate;
import org.sitrep.model.Incident;
import org.sitrep.model.MergeDecision;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;

/**
 * The INCIDENT object of CONTRACT.md: an incident with its reconciled figures, every claim of every
 * account with its words and offsets, the conflicts, the sources, and why the accounts were linked.
 */
public final class IncidentJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private IncidentJson() {}

  /** The document {@code {"incidents": [INCIDENT, ...]}}, pretty-printed, as one string. */
  public static String document(List<Incident> incidents, Map<String, Document> documents) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode array = root.putArray("incidents");
    for (Incident incident : incidents) {
      array.add(of(incident, documents));
    }
    return pretty(root);
  }

  /** A JSON node as pretty-printed text. */
  public static String pretty(ObjectNode node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode of(Incident incident, Map<String, Document> documents) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", incident.id());
    node.put("type", incident.type().label());
    node.put("subtype", incident.subtype().label());
    node.put("background", incident.background());
    node.set("date", date(incident.date()));
    node.set("place", place(incident.place()));
    node.set("actors", actors(incident.claims()));
    node.set("responsibility", responsibility(incident.claimedBy()));
    node.set("fatalities", estimate(incident.fatalities()));
    node.set("injuries", estimate(incident.injuries()));
    ArrayNode breakdown = node.putArray("breakdown");
    for (GroupEstimate group : incident.breakdown()) {
      breakdown
          .addObject()
          .put("group", group.group())
          .set("fatalities", estimate(group.fatalities()));
    }
    ArrayNode docs = node.putArray("documents");
    incident.documents().forEach(docs::add);
    ObjectNode sources = node.putObject("sources");
    sources.put("reports", incident.sources().reports());
    sources.put("independent", incident.sources().independent());
    ObjectNode copies = sources.putObject("copies");
    incident.sources().copies().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(copy -> copies.put(copy.getKey(), copy.getValue()));
    ArrayNode claims = node.putArray("claims");
    for (EventMention mention : incident.mentions()) {
      mention
          .claims()
          .forEach(claim -> claims.add(claim(claim, documents).put("mention", mention.id())));
    }
    ArrayNode conflicts = node.putArray("conflicts");
    incident.conflicts().forEach(conflict -> conflicts.add(conflict(conflict)));
    ArrayNode mentions = node.putArray("mentions");
    for (EventMention mention : incident.mentions()) {
      mentions
          .addObject()
          .put("id", mention.id())
          .put("document", mention.trigger().documentId())
          .put("subtype", mention.subtype().label())
          .put("background", mention.background());
    }
    ArrayNode decisions = node.putArray("decisions");
    incident.decisions().forEach(decision -> decisions.add(decision(decision)));
    return node;
  }

  static ObjectNode date(EventDate date) {
    ObjectNode node = MAPPER.createObjectNode();
    if (date == null) {
      node.putNull("value");
      node.putNull("precision");
    } else {
      node.put("value", date.value().toString());
      node.put("precision", date.precision().label());
    }
    return node;
  }

  static ObjectNode place(Place place) {
    if (place == null) {
      return null;
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", place.name());
    node.put("admin1", place.admin1());
    node.put("country", place.country());
    node.put("countryName", place.countryName());
    node.put("lat", place.lat());
    node.put("lon", place.lon());
    node.put("precision", place.precision().name().toLowerCase(Locale.ROOT));
    if (place.admin2() != null) {
      node.put("admin2", place.admin2());
    }
    if (place.seat() != null) {
      // A county's seat, where a dataset of towns codes it; the place stays the county.
      node.put("seat", place.seat());
    }
    if (place.regionGuessed()) {
      // The region is the gazetteer's likeliest among namesakes: no word of the reports told it.
      node.put("regionGuessed", true);
    }
    return node;
  }

  /** The actors the claims name, each with its role once (claims of responsibility aside). */
  static ArrayNode actors(List<Claim> claims) {
    ArrayNode actors = MAPPER.createArrayNode();
    Set<String> seen = new LinkedHashSet<>();
    for (Claim claim : claims) {
      if (claim.value() instanceof ActorReference actor && claim.slot() != Slot.CLAIMED_BY) {
        String role = claim.slot() == Slot.DENIED_BY ? "denied" : claim.slot().label();
        if (seen.add(actor.name() + "/" + role)) {
          actors.addObject().put("name", actor.name()).put("role", role);
        }
      }
    }
    return actors;
  }

  private static ObjectNode responsibility(List<ActorReference> claimedBy) {
    ObjectNode node = MAPPER.createObjectNode();
    ActorReference first = claimedBy.isEmpty() ? null : claimedBy.get(0);
    node.put("claimed", first != null);
    node.put("by", first != null ? first.name() : null);
    node.put("via", first != null ? first.via() : null);
    if (claimedBy.size() > 1) {
      ArrayNode competing = node.putArray("competing");
      claimedBy.subList(1, claimedBy.size()).forEach(actor -> competing.add(actor.name()));
    }
    return node;
  }

  static ObjectNode estimate(Estimate estimate) {
    return figure(estimate.low(), estimate.best(), estimate.high());
  }

  /** {@code {"low", "best", "high"}}, null where unknown (never 0). */
  static ObjectNode figure(Long low, Long best, Long high) {
    ObjectNode node = MAPPER.createObjectNode();
    putNullable(node, "low", low);
    putNullable(node, "best", best);
    putNullable(node, "high", high);
    return node;
  }

  private static ObjectNode claim(Claim claim, Map<String, Document> documents) {
    return claim(claim, documents.get(claim.evidence().documentId()));
  }

  /** One claim with its words, span and source; {@code document} may be null (no words then). */
  static ObjectNode claim(Claim claim, Document document) {
    ObjectNode node = MAPPER.createObjectNode();
    String documentId = claim.evidence().documentId();
    node.put("slot", claim.slot().label());
    node.put("text", document != null ? document.textOf(claim.evidence()) : null);
    node.set("value", value(claim));
    if (claim.group() != null) {
      node.put("group", claim.group());
    }
    node.put("document", documentId);
    node.putArray("span").add(claim.evidence().start()).add(claim.evidence().end());
    if (claim.evidence().inTitle()) {
      // The span counts in the document's title, not in its text.
      node.put("in", "title");
    }
    node.put("attribution", claim.attribution().kind().label());
    if (claim.attribution().source() != null) {
      node.put("source", claim.attribution().source());
    }
    node.put("reported", claim.reported() != null ? claim.reported().toString() : null);
    return node;
  }

  private static ObjectNode value(Claim claim) {
    ObjectNode node = MAPPER.createObjectNode();
    if (claim.value() instanceof Quantity quantity) {
      putNullable(node, "low", quantity.low());
      putNullable(node, "high", quantity.high());
      putNullable(node, "stated", quantity.stated());
      node.put("hedge", quantity.hedge().name().toLowerCase(Locale.ROOT));
    } else if (claim.value() instanceof EventDate date) {
      node.put("date", date.value().toString());
      node.put("precision", date.precision().label());
    } else if (claim.value() instanceof Place place) {
      node.put("name", place.name());
      node.put("country", place.country());
    } else if (claim.value() instanceof ActorReference actor) {
      node.put("name", actor.name());
      node.put("named", actor.named());
      if (actor.via() != null) {
        node.put("via", actor.via());
      }
    }
    return node;
  }

  private static ObjectNode conflict(Conflict conflict) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("slot", conflict.slot());
    ArrayNode values = node.putArray("values");
    ArrayNode sources = node.putArray("sources");
    for (Conflict.Value value : conflict.values()) {
      values.add(value.value());
      ArrayNode documents = MAPPER.createArrayNode();
      value.claims().stream()
          .map(claim -> claim.evidence().documentId())
          .distinct()
          .sorted()
          .forEach(documents::add);
      sources.addObject().put("value", value.value()).set("documents", documents);
    }
    node.put("resolution", conflict.resolution());
    return node;
  }

  private static ObjectNode decision(MergeDecision decision) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("mention", decision.mention());
    node.put("joined", decision.joined());
    node.put("score", Math.round(decision.score() * 1000) / 1000.0);
    ObjectNode features = node.putObject("features");
    decision.features().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            feature ->
                features.put(feature.getKey(), Math.round(feature.getValue() * 1000) / 1000.0));
    node.put("rule", decision.rule());
    return node;
  }

  private static void putNullable(ObjectNode node, String field, Long value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
