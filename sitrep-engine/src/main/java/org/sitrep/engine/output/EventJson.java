package org.sitrep.engine.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ActorReference;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventFigures;
import org.sitrep.model.EventMention;
import org.sitrep.model.FigureEstimate;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;

/**
 * The EVENT object of CONTRACT.md for one document's account of one event. Its figures are this one
 * report's, read by {@link EventFigures}: the perpetrators' own claims are listed but never
 * counted.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private EventJson() {}

  public static ObjectNode of(EventMention event, Document document) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", event.id());
    node.put("type", event.type().label());
    node.put("subtype", event.subtype().label());
    node.put("attackType", event.attackType().label());
    node.put("background", event.background());
    node.set("date", date(event));
    node.set("place", place(event));
    node.set("actors", actors(event));
    node.set("responsibility", responsibility(event));
    node.set("fatalities", figure(EventFigures.fatalities(event)));
    node.set("injuries", figure(EventFigures.injuries(event, document)));
    node.set("breakdown", breakdown(event));
    node.putArray("documents").add(document.id());
    node.putObject("sources").put("reports", 1).put("independent", 1);
    node.set("claims", claims(event, document));
    node.putArray("conflicts");
    return node;
  }

  private static ObjectNode date(EventMention event) {
    ObjectNode node = MAPPER.createObjectNode();
    EventDate date = first(event, Slot.DATE, EventDate.class);
    if (date == null) {
      node.putNull("value");
      node.putNull("precision");
    } else {
      node.put("value", date.value().toString());
      node.put("precision", date.precision().label());
    }
    return node;
  }

  private static ObjectNode place(EventMention event) {
    Place place = first(event, Slot.PLACE, Place.class);
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
    node.put("precision", place.precision().name().toLowerCase(java.util.Locale.ROOT));
    return node;
  }

  private static ArrayNode actors(EventMention event) {
    ArrayNode actors = MAPPER.createArrayNode();
    Set<String> seen = new LinkedHashSet<>();
    for (Claim claim : event.claims()) {
      if (claim.value() instanceof ActorReference actor && claim.slot() != Slot.CLAIMED_BY) {
        String role = claim.slot() == Slot.DENIED_BY ? "denied" : claim.slot().label();
        if (seen.add(actor.name() + "/" + role)) {
          actors.addObject().put("name", actor.name()).put("role", role);
        }
      }
    }
    return actors;
  }

  private static ObjectNode responsibility(EventMention event) {
    ObjectNode node = MAPPER.createObjectNode();
    ActorReference claimed = first(event, Slot.CLAIMED_BY, ActorReference.class);
    node.put("claimed", claimed != null);
    node.put("by", claimed != null ? claimed.name() : null);
    node.put("via", claimed != null ? claimed.via() : null);
    return node;
  }

  private static ObjectNode figure(FigureEstimate estimate) {
    ObjectNode node = MAPPER.createObjectNode();
    putNullable(node, "low", estimate.low());
    putNullable(node, "best", estimate.best());
    putNullable(node, "high", estimate.high());
    return node;
  }

  /** Low, best and high of one report's figures for one count; nulls when it gives none. */
  static ObjectNode estimate(List<Quantity> quantities) {
    return figure(EventFigures.estimate(quantities));
  }

  private static ArrayNode breakdown(EventMention event) {
    Map<String, List<Quantity>> groups = EventFigures.groups(event.claims(), Slot.FATALITIES);
    ArrayNode breakdown = MAPPER.createArrayNode();
    groups.forEach(
        (group, quantities) ->
            breakdown.addObject().put("group", group).set("fatalities", estimate(quantities)));
    return breakdown;
  }

  private static ArrayNode claims(EventMention event, Document document) {
    ArrayNode claims = MAPPER.createArrayNode();
    for (Claim claim : event.claims()) {
      ObjectNode node = claims.addObject();
      node.put("slot", claim.slot().label());
      node.put("text", document.textOf(claim.evidence()));
      node.set("value", value(claim));
      if (claim.group() != null) {
        node.put("group", claim.group());
      }
      node.put("document", document.id());
      node.putArray("span").add(claim.evidence().start()).add(claim.evidence().end());
      String source = claim.attribution().source();
      node.put("attribution", claim.attribution().kind().label());
      if (source != null) {
        node.put("source", source);
      }
      node.put("reported", claim.reported() != null ? claim.reported().toString() : null);
    }
    return claims;
  }

  private static ObjectNode value(Claim claim) {
    ObjectNode node = MAPPER.createObjectNode();
    if (claim.value() instanceof Quantity quantity) {
      putNullable(node, "low", quantity.low());
      putNullable(node, "high", quantity.high());
      putNullable(node, "stated", quantity.stated());
      node.put("hedge", quantity.hedge().name().toLowerCase(java.util.Locale.ROOT));
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

  private static <T> T first(EventMention event, Slot slot, Class<T> type) {
    for (Claim claim : event.claims()) {
      if (claim.slot() == slot && type.isInstance(claim.value())) {
        return type.cast(claim.value());
      }
    }
    return null;
  }

  private static void putNullable(ObjectNode node, String field, Long value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
