package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One event as all its reports tell it: the linked accounts and their reconciled values.
 *
 * @param id stable: derived from the accounts, not from the order they arrived in
 * @param subtype the type most accounts give, the more specific one on a tie
 * @param date the best-supported date, or null when no account dates the event
 * @param place the most precise place the accounts agree on, or null
 * @param background true when every account only recalls the event
 * @param mentions the linked accounts, by document then position
 * @param claimedBy who claimed responsibility (several for competing claims), first claim first
 * @param documents the documents that tell of the incident, sorted
 * @param decisions why each account joined
 */
public record Incident(
    String id,
    SubEventType subtype,
    EventDate date,
    Place place,
    boolean background,
    List<EventMention> mentions,
    Estimate fatalities,
    Estimate injuries,
    List<GroupEstimate> breakdown,
    List<ActorReference> claimedBy,
    List<String> documents,
    Sources sources,
    List<Conflict> conflicts,
    List<MergeDecision> decisions) {
  public Incident {
    requireNonNull(id, "id");
    requireNonNull(subtype, "subtype");
    mentions = List.copyOf(requireNonNull(mentions, "mentions"));
    requireNonNull(fatalities, "fatalities");
    requireNonNull(injuries, "injuries");
    breakdown = List.copyOf(requireNonNull(breakdown, "breakdown"));
    claimedBy = List.copyOf(requireNonNull(claimedBy, "claimedBy"));
    documents = List.copyOf(requireNonNull(documents, "documents"));
    requireNonNull(sources, "sources");
    conflicts = List.copyOf(requireNonNull(conflicts, "conflicts"));
    decisions = List.copyOf(requireNonNull(decisions, "decisions"));
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an incident needs an account");
    }
  }

  public EventType type() {
    return subtype.type();
  }

  /** Every claim of every account, in the order of the accounts. */
  public List<Claim> claims() {
    return mentions.stream().flatMap(mention -> mention.claims().stream()).toList();
  }
}
