package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Claim;
import org.sitrep.model.Conflict;
import org.sitrep.model.Estimate;
import org.sitrep.model.EventMention;
import org.sitrep.model.GroupEstimate;
import org.sitrep.model.Incident;
import org.sitrep.model.MergeDecision;
import org.sitrep.model.Sources;
import org.sitrep.model.SubEventType;
import org.sitrep.store.StoredShapes.StoredActorReference;
import org.sitrep.store.StoredShapes.StoredDate;
import org.sitrep.store.StoredShapes.StoredMention;
import org.sitrep.store.StoredShapes.StoredPlace;

/**
 * The JSON of the incidents table's {@code body} column: a whole {@link Incident}. Estimates and
 * conflicts name their claims as {@code [account, claim]} positions among the incident's accounts,
 * so each claim is stored once.
 */
final class IncidentColumns {
  private IncidentColumns() {}

  static String body(Incident incident) {
    return ReportColumns.write(StoredIncident.of(incident));
  }

  static Incident body(String json) {
    try {
      return ReportColumns.mapper().readValue(json, StoredIncident.class).toModel();
    } catch (JsonProcessingException | RuntimeException e) {
      throw new StoreException("corrupt incident body: " + e.getMessage(), e);
    }
  }

  /** The stored shape of an {@link Incident}. */
  record StoredIncident(
      String id,
      String subtype,
      StoredDate date,
      StoredPlace place,
      boolean background,
      List<StoredMention> mentions,
      StoredEstimate fatalities,
      StoredEstimate injuries,
      List<StoredGroup> breakdown,
      List<StoredActorReference> claimedBy,
      List<String> documents,
      StoredSources sources,
      List<StoredConflict> conflicts,
      List<StoredDecision> decisions) {
    static StoredIncident of(Incident incident) {
      ClaimPositions positions = new ClaimPositions(incident.mentions());
      return new StoredIncident(
          incident.id(),
          incident.subtype().name(),
          StoredDate.of(incident.date()),
          StoredPlace.of(incident.place()),
          incident.background(),
          incident.mentions().stream().map(StoredMention::of).toList(),
          StoredEstimate.of(incident.fatalities(), positions),
          StoredEstimate.of(incident.injuries(), positions),
          incident.breakdown().stream()
              .map(g -> new StoredGroup(g.group(), StoredEstimate.of(g.fatalities(), positions)))
              .toList(),
          incident.claimedBy().stream().map(StoredActorReference::of).toList(),
          incident.documents(),
          new StoredSources(
              incident.sources().reports(),
              incident.sources().independent(),
              incident.sources().copies()),
          incident.conflicts().stream().map(c -> StoredConflict.of(c, positions)).toList(),
          incident.decisions().stream().map(StoredDecision::of).toList());
    }

    Incident toModel() {
      List<EventMention> accounts = mentions.stream().map(StoredMention::toModel).toList();
      return new Incident(
          id,
          SubEventType.valueOf(subtype),
          date != null ? date.toModel() : null,
          place != null ? place.toModel() : null,
          background,
          accounts,
          fatalities.toModel(accounts),
          injuries.toModel(accounts),
          breakdown.stream()
              .map(g -> new GroupEstimate(g.group(), g.fatalities().toModel(accounts)))
              .toList(),
          claimedBy.stream().map(StoredActorReference::toModel).toList(),
          documents,
          new Sources(sources.reports(), sources.independent(), sources.copies()),
          conflicts.stream().map(c -> c.toModel(accounts)).toList(),
          decisions.stream().map(StoredDecision::toModel).toList());
    }
  }

  /** An {@link Estimate}; {@code claims} as {@code [account, claim]} positions. */
  record StoredEstimate(Long low, Long best, Long high, List<List<Integer>> claims) {
    static StoredEstimate of(Estimate estimate, ClaimPositions positions) {
      return new StoredEstimate(
          estimate.low(), estimate.best(), estimate.high(), positions.of(estimate.claims()));
    }

    Estimate toModel(List<EventMention> accounts) {
      return new Estimate(low, best, high, ClaimPositions.claims(claims, accounts));
    }
  }

  /** A {@link GroupEstimate}. */
  record StoredGroup(String group, StoredEstimate fatalities) {}

  /** The counts and copies of {@link Sources}. */
  record StoredSources(int reports, int independent, Map<String, String> copies) {}

  /** A {@link Conflict}. */
  record StoredConflict(String slot, List<StoredConflictValue> values, String resolution) {
    static StoredConflict of(Conflict conflict, ClaimPositions positions) {
      return new StoredConflict(
          conflict.slot(),
          conflict.values().stream()
              .map(v -> new StoredConflictValue(v.value(), positions.of(v.claims())))
              .toList(),
          conflict.resolution());
    }

    Conflict toModel(List<EventMention> accounts) {
      return new Conflict(
          slot,
          values.stream()
              .map(v -> new Conflict.Value(v.value(), ClaimPositions.claims(v.claims(), accounts)))
              .toList(),
          resolution);
    }
  }

  /** One value of a {@link Conflict}. */
  record StoredConflictValue(String value, List<List<Integer>> claims) {}

  /** A {@link MergeDecision}. */
  record StoredDecision(
      String mention, String joined, double score, Map<String, Double> features, String rule) {
    static StoredDecision of(MergeDecision decision) {
      return new StoredDecision(
          decision.mention(),
          decision.joined(),
          decision.score(),
          decision.features(),
          decision.rule());
    }

    MergeDecision toModel() {
      return new MergeDecision(mention, joined, score, features, rule);
    }
  }

  /** Where each claim of an incident sits among its accounts. */
  static final class ClaimPositions {
    private final Map<Claim, List<Integer>> positions = new HashMap<>();

    ClaimPositions(List<EventMention> accounts) {
      for (int a = 0; a < accounts.size(); a++) {
        List<Claim> claims = accounts.get(a).claims();
        for (int c = 0; c < claims.size(); c++) {
          positions.putIfAbsent(claims.get(c), List.of(a, c));
        }
      }
    }

    List<List<Integer>> of(List<Claim> claims) {
      List<List<Integer>> found = new ArrayList<>(claims.size());
      for (Claim claim : claims) {
        List<Integer> position = positions.get(claim);
        if (position == null) {
          throw new IllegalArgumentException("a claim of no account of the incident: " + claim);
        }
        found.add(position);
      }
      return found;
    }

    static List<Claim> claims(List<List<Integer>> positions, List<EventMention> accounts) {
      return positions.stream().map(p -> accounts.get(p.get(0)).claims().get(p.get(1))).toList();
    }
  }
}
