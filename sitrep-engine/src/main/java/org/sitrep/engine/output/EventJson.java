package org.sitrep.engine.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
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
    node.set("date", IncidentJson.date(first(event, Slot.DATE, EventDate.class)));
    node.set("place", IncidentJson.place(first(event, Slot.PLACE, Place.class)));
    node.set("actors", IncidentJson.actors(event.claims()));
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

  private static ObjectNode responsibility(EventMention event) {
    ObjectNode node = MAPPER.createObjectNode();
    ActorReference claimed = first(event, Slot.CLAIMED_BY, ActorReference.class);
    node.put("claimed", claimed != null);
    node.put("by", claimed != null ? claimed.name() : null);
    node.put("via", claimed != null ? claimed.via() : null);
    return node;
  }

  private static ObjectNode figure(FigureEstimate estimate) {
    return IncidentJson.figure(estimate.low(), estimate.best(), estimate.high());
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
    event.claims().forEach(claim -> claims.add(IncidentJson.claim(claim, document)));
    return claims;
  }

  private static <T> T first(EventMention event, Slot slot, Class<T> type) {
    for (Claim claim : event.claims()) {
      if (claim.slot() == slot && type.isInstance(claim.value())) {
        return type.cast(claim.value());
      }
    }
    return null;
  }
}
