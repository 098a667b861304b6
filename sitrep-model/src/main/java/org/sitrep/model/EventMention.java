package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One document's account of one event: its type, the words that tell of it, and its claims.
 *
 * @param id stable within the document: the document id and the trigger's offset
 * @param background true for events the report only recalls (the attacks of 9/11 in a report on
 *     today's bombing): they are incidents of their own, never merged into the day's event
 * @param attackType the GTD attack type, read from the words of the event and its targets
 */
public record EventMention(
    String id,
    SubEventType subtype,
    Span trigger,
    boolean background,
    List<Claim> claims,
    AttackType attackType) {
  public EventMention {
    requireNonNull(id, "id");
    requireNonNull(subtype, "subtype");
    requireNonNull(trigger, "trigger");
    claims = List.copyOf(requireNonNull(claims, "claims"));
    requireNonNull(attackType, "attackType");
  }

  /** An event whose attack type is the one its sub-event type implies. */
  public EventMention(
      String id, SubEventType subtype, Span trigger, boolean background, List<Claim> claims) {
    this(id, subtype, trigger, background, claims, AttackType.of(subtype));
  }

  public EventType type() {
    return subtype.type();
  }
}
