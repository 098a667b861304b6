package org.sitrep.resolve.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.EventFigures;
import org.sitrep.model.EventMention;
import org.sitrep.model.FigureEstimate;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;

/**
 * One report's figures for one event, as {@link EventFigures} reads them for the EVENT object (so
 * an incident told by one report shows that report's numbers), with the claims they were read from
 * and their words, for the estimates' provenance and the conflicts.
 */
public final class ReportFigures {
  private ReportFigures() {}

  /** The report's figure for fatalities or injuries, or null when it gives none. */
  public static ReportFigure total(EventMention event, Slot slot, Document document) {
    FigureEstimate estimate =
        switch (slot) {
          case FATALITIES -> EventFigures.fatalities(event);
          case INJURIES -> EventFigures.injuries(event, document);
          default -> throw new IllegalArgumentException("no total for " + slot);
        };
    if (!estimate.isKnown()) {
      return null;
    }
    List<Claim> used = counted(event.claims(), slot);
    boolean partial = used.stream().noneMatch(claim -> claim.group() == null);
    if (used.isEmpty()) {
      // "There were no casualties": the zero comes from the casualties claim. Injuries told only
      // as people shot also lean on the dead.
      used = counted(event.claims(), Slot.CASUALTIES);
      partial = false;
    } else if (slot == Slot.INJURIES) {
      used = new ArrayList<>(used);
      used.addAll(counted(event.claims(), Slot.FATALITIES));
    }
    return new ReportFigure(
        document.id(),
        estimate.low(),
        estimate.best(),
        estimate.high(),
        words(used, slot) + woundedWhoDied(event, slot, document),
        used,
        partial);
  }

  /** The wounded who died, moved to the dead, in words: " + 1 of the wounded who died". */
  private static String woundedWhoDied(EventMention event, Slot slot, Document document) {
    if (slot == Slot.FATALITIES) {
      long died = EventFigures.woundedAddedToTheDead(event);
      return died > 0 ? " + " + died + " of the wounded who died" : "";
    }
    long died = EventFigures.woundedTakenFromTheInjured(event, document);
    return died > 0 ? " less " + died + " who died" : "";
  }

  /** The report's figure for each group it counts, by the group's name as written. */
  public static Map<String, ReportFigure> groups(EventMention event, Slot slot, Document document) {
    Map<String, List<Claim>> groups = new LinkedHashMap<>();
    for (Claim claim : counted(event.claims(), slot)) {
      if (claim.group() != null) {
        groups.computeIfAbsent(claim.group(), key -> new ArrayList<>()).add(claim);
      }
    }
    Map<String, ReportFigure> figures = new LinkedHashMap<>();
    groups.forEach(
        (group, claims) -> {
          FigureEstimate estimate =
              EventFigures.estimate(claims.stream().map(c -> (Quantity) c.value()).toList());
          figures.put(
              group,
              new ReportFigure(
                  document.id(),
                  estimate.low(),
                  estimate.best(),
                  estimate.high(),
                  words(claims, slot),
                  claims,
                  false));
        });
    return figures;
  }

  private static List<Claim> counted(List<Claim> claims, Slot slot) {
    return claims.stream()
        .filter(claim -> claim.slot() == slot && !claim.attribution().isPerpetrator())
        .toList();
  }

  /**
   * The figure in the report's own hedges: its total's ("at least 60"), or its groups' joined
   * ("about 100 + 13").
   */
  static String words(List<Claim> claims, Slot slot) {
    List<Claim> ofSlot = claims.stream().filter(claim -> claim.slot() == slot).toList();
    if (ofSlot.isEmpty()) {
      ofSlot = claims;
    }
    List<Claim> totals = ofSlot.stream().filter(claim -> claim.group() == null).toList();
    if (!totals.isEmpty()) {
      return words(strongest(totals));
    }
    Map<String, List<Claim>> groups = new LinkedHashMap<>();
    ofSlot.forEach(
        claim -> groups.computeIfAbsent(claim.group(), key -> new ArrayList<>()).add(claim));
    List<String> parts = new ArrayList<>();
    groups.values().forEach(group -> parts.add(words(strongest(group))));
    return String.join(" + ", parts);
  }

  /** The claim with the highest floor: the one a report's figure is read from. */
  private static Quantity strongest(List<Claim> claims) {
    Quantity strongest = null;
    long best = Long.MIN_VALUE;
    for (Claim claim : claims) {
      Quantity quantity = (Quantity) claim.value();
      Long floor = quantity.low() != null ? quantity.low() : quantity.stated();
      long value = floor != null ? floor : -1;
      if (strongest == null || value > best) {
        strongest = quantity;
        best = value;
      }
    }
    return strongest;
  }

  /** A quantity in words: "13", "at least 60", "about 100", "10 to 15", "24 or more". */
  static String words(Quantity quantity) {
    Long n = quantity.stated();
    return switch (quantity.hedge()) {
      case EXACT -> String.valueOf(n);
      case AT_LEAST -> "at least " + n;
      case MORE_THAN -> "more than " + n;
      case AT_MOST -> "at most " + n;
      case FEWER_THAN -> "fewer than " + n;
      case NEARLY -> "nearly " + n;
      case ABOUT -> "about " + n;
      case RANGE -> quantity.low() + " to " + quantity.high();
      case VAGUE ->
          quantity.high() == null
              ? quantity.low() + " or more"
              : quantity.low() + " to " + quantity.high();
    };
  }
}
