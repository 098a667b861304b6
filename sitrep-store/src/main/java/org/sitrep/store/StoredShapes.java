package org.sitrep.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorReference;
import org.sitrep.model.AttackType;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimValue;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Hedge;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * The stored JSON shapes of events, claims and their values. Spelled out here rather than derived
 * from the model records, so that renaming a model field cannot make stored rows unreadable; enums
 * are stored by constant name.
 */
final class StoredShapes {
  private StoredShapes() {}

  /** An {@link EventMention}; every span of it points into {@code document}. */
  record StoredMention(
      String id,
      String document,
      String subtype,
      int[] trigger,
      boolean background,
      String attackType,
      List<StoredClaim> claims,
      Boolean triggerInTitle) {
    static StoredMention of(EventMention mention) {
      String document = mention.trigger().documentId();
      List<StoredClaim> claims = new ArrayList<>(mention.claims().size());
      for (Claim claim : mention.claims()) {
        claims.add(StoredClaim.of(claim, document));
      }
      return new StoredMention(
          mention.id(),
          document,
          mention.subtype().name(),
          offsets(mention.trigger(), document),
          mention.background(),
          mention.attackType().name(),
          claims,
          // A headline's account has its trigger in the title; rows stored before have none.
          mention.trigger().inTitle() ? Boolean.TRUE : null);
    }

    EventMention toModel() {
      List<Claim> models = new ArrayList<>(claims.size());
      for (StoredClaim claim : claims) {
        models.add(claim.toModel(document));
      }
      return new EventMention(
          id,
          SubEventType.valueOf(subtype),
          new Span(document, trigger[0], trigger[1], Boolean.TRUE.equals(triggerInTitle)),
          background,
          models,
          AttackType.valueOf(attackType));
    }
  }

  /** A {@link Claim}; its span points into its mention's document. */
  record StoredClaim(
      String slot,
      StoredValue value,
      String group,
      int[] span,
      Boolean title,
      String attribution,
      String source,
      String reported) {
    static StoredClaim of(Claim claim, String document) {
      return new StoredClaim(
          claim.slot().name(),
          StoredValue.of(claim.value()),
          claim.group(),
          offsets(claim.evidence(), document),
          claim.evidence().inTitle() ? Boolean.TRUE : null,
          claim.attribution().kind().name(),
          claim.attribution().source(),
          claim.reported() != null ? claim.reported().toString() : null);
    }

    Claim toModel(String document) {
      return new Claim(
          Slot.valueOf(slot),
          value.toModel(),
          group,
          new Span(document, span[0], span[1], Boolean.TRUE.equals(title)),
          new Attribution(Attribution.Kind.valueOf(attribution), source),
          reported != null ? LocalDate.parse(reported) : null);
    }
  }

  /** A {@link ClaimValue}: exactly one of the four fields is set. */
  record StoredValue(
      StoredQuantity quantity, StoredDate date, StoredPlace place, StoredActorReference actor) {
    static StoredValue of(ClaimValue value) {
      if (value instanceof Quantity quantity) {
        return new StoredValue(StoredQuantity.of(quantity), null, null, null);
      } else if (value instanceof EventDate date) {
        return new StoredValue(null, StoredDate.of(date), null, null);
      } else if (value instanceof Place place) {
        return new StoredValue(null, null, StoredPlace.of(place), null);
      }
      return new StoredValue(null, null, null, StoredActorReference.of((ActorReference) value));
    }

    ClaimValue toModel() {
      if (quantity != null) {
        return quantity.toModel();
      } else if (date != null) {
        return date.toModel();
      } else if (place != null) {
        return place.toModel();
      } else if (actor != null) {
        return actor.toModel();
      }
      throw new StoreException("corrupt claim value: no field set", null);
    }
  }

  /** A {@link Quantity}. */
  record StoredQuantity(String hedge, Long stated, Long low, Long high) {
    static StoredQuantity of(Quantity quantity) {
      return new StoredQuantity(
          quantity.hedge().name(), quantity.stated(), quantity.low(), quantity.high());
    }

    Quantity toModel() {
      return new Quantity(Hedge.valueOf(hedge), stated, low, high);
    }
  }

  /** An {@link EventDate}. */
  record StoredDate(String value, String precision, String timex) {
    static StoredDate of(EventDate date) {
      return date == null
          ? null
          : new StoredDate(date.value().toString(), date.precision().name(), date.timex());
    }

    EventDate toModel() {
      return new EventDate(LocalDate.parse(value), DatePrecision.valueOf(precision), timex);
    }
  }

  /** A {@link Place}. */
  record StoredPlace(
      String name,
      String admin1,
      String country,
      String countryName,
      Double lat,
      Double lon,
      String precision,
      @JsonInclude(JsonInclude.Include.NON_NULL) String admin2,
      @JsonInclude(JsonInclude.Include.NON_NULL) String seat,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean regionGuessed) {
    static StoredPlace of(Place place) {
      return place == null
          ? null
          : new StoredPlace(
              place.name(),
              place.admin1(),
              place.country(),
              place.countryName(),
              place.lat(),
              place.lon(),
              place.precision().name(),
              place.admin2(),
              place.seat(),
              place.regionGuessed() ? Boolean.TRUE : null);
    }

    Place toModel() {
      return new Place(
          name,
          admin1,
          country,
          countryName,
          lat,
          lon,
          PlacePrecision.valueOf(precision),
          admin2,
          seat,
          Boolean.TRUE.equals(regionGuessed));
    }
  }

  /** An {@link ActorReference} with the {@link Actor} it names, if known. */
  record StoredActorReference(String named, StoredActor actor, String via) {
    static StoredActorReference of(ActorReference reference) {
      Actor actor = reference.actor();
      return new StoredActorReference(
          reference.named(),
          actor == null
              ? null
              : new StoredActor(
                  actor.name(), actor.aliases(), actor.kind().name(), actor.country()),
          reference.via());
    }

    ActorReference toModel() {
      return new ActorReference(named, actor != null ? actor.toModel() : null, via);
    }
  }

  /** An {@link Actor}. */
  record StoredActor(String name, List<String> aliases, String kind, String country) {
    Actor toModel() {
      return new Actor(
          name, aliases != null ? aliases : List.of(), ActorKind.valueOf(kind), country);
    }
  }

  private static int[] offsets(Span span, String document) {
    if (!span.documentId().equals(document)) {
      throw new IllegalArgumentException(
          "a span of " + span.documentId() + " in an account of " + document);
    }
    return new int[] {span.start(), span.end()};
  }
}
