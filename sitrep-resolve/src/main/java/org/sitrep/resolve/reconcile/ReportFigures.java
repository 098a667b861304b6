package org.sitrep.resolve.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;

/**
 * Reads one report's figures for one event off its claims. The perpetrators' own claims are never
 * counted. A report's total wins over its parts; with only parts ("four villagers and two
 * soldiers") the total is their sum, open above. The injured are those it says were wounded, or,
 * when it tells only how many were shot, the shot less the dead.
 */
public final class ReportFigures {
  /** Evidence that tells only that people were shot: "a man was shot", "shot three people". */
  private static final Pattern SHOT = Pattern.compile("(?i)(?:\\bshot$|^(?:shot|shooting)\\b)");

  private ReportFigures() {}

  /** The report's total for a slot, or null when it gives none. */
  public static ReportFigure total(List<Claim> claims, Slot slot, Document document) {
    if (slot == Slot.INJURIES) {
      return injured(claims, document);
    }
    return combined(counted(claims, slot), document);
  }

  /** The total of claims on one count: their totals, else the sum of their groups. */
  private static ReportFigure combined(List<Claim> claims, Document document) {
    List<Claim> totals = new ArrayList<>();
    Map<String, List<Claim>> groups = new LinkedHashMap<>();
    for (Claim claim : claims) {
      if (claim.group() == null) {
        totals.add(claim);
      } else {
        groups.computeIfAbsent(claim.group(), key -> new ArrayList<>()).add(claim);
      }
    }
    if (!totals.isEmpty()) {
      return of(document.id(), totals);
    }
    if (groups.isEmpty()) {
      return null;
    }
    long low = 0;
    long best = 0;
    List<Claim> used = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (List<Claim> group : groups.values()) {
      ReportFigure part = of(document.id(), group);
      low += hardFloor(group);
      best += part.best() != null ? part.best() : part.low() != null ? part.low() : 0;
      used.addAll(part.claims());
      words.add(part.words());
    }
    return new ReportFigure(
        document.id(), low, Math.max(low, best), null, String.join(" + ", words), used, true);
  }

  /**
   * The highest bound a group's claims set from below in their own words: "about 100" sets none,
   * "at least 12" sets 12. A sum of parts bounds a total from below only with such bounds.
   */
  private static long hardFloor(List<Claim> claims) {
    long floor = 0;
    for (Claim claim : claims) {
      Long low = ((Quantity) claim.value()).low();
      if (low != null && low > floor) {
        floor = low;
      }
    }
    return floor;
  }

  /** The report's figure for each group it counts, by the group's name as written. */
  public static Map<String, ReportFigure> groups(List<Claim> claims, Slot slot, Document document) {
    Map<String, List<Claim>> groups = new LinkedHashMap<>();
    for (Claim claim : counted(claims, slot)) {
      if (claim.group() != null) {
        groups.computeIfAbsent(claim.group(), key -> new ArrayList<>()).add(claim);
      }
    }
    Map<String, ReportFigure> figures = new LinkedHashMap<>();
    groups.forEach((group, list) -> figures.put(group, of(document.id(), list)));
    return figures;
  }

  private static ReportFigure injured(List<Claim> claims, Document document) {
    List<Claim> wounded = new ArrayList<>();
    List<Claim> shot = new ArrayList<>();
    for (Claim claim : counted(claims, Slot.INJURIES)) {
      boolean onlyShot = SHOT.matcher(document.textOf(claim.evidence())).find();
      (onlyShot ? shot : wounded).add(claim);
    }
    if (!wounded.isEmpty()) {
      return combined(wounded, document);
    }
    if (shot.isEmpty()) {
      return null;
    }
    ReportFigure hit = combined(shot, document);
    ReportFigure dead = total(claims, Slot.FATALITIES, document);
    if (hit.best() == null || dead == null || dead.best() == null) {
      return hit;
    }
    long left = Math.max(0, hit.best() - dead.best());
    long low = hit.low() != null ? Math.max(0, hit.low() - dead.best()) : left;
    List<Claim> used = new ArrayList<>(hit.claims());
    used.addAll(dead.claims());
    return new ReportFigure(
        document.id(),
        Math.min(low, left),
        left,
        null,
        hit.words() + " shot, " + dead.words() + " of them killed",
        used,
        hit.partial());
  }

  private static List<Claim> counted(List<Claim> claims, Slot slot) {
    return claims.stream()
        .filter(claim -> claim.slot() == slot && !claim.attribution().isPerpetrator())
        .toList();
  }

  /** Low, best and high of one report's claims on one count. */
  static ReportFigure of(String document, List<Claim> claims) {
    Long low = null;
    Long best = null;
    Long high = null;
    Quantity chosen = null;
    for (Claim claim : claims) {
      Quantity quantity = (Quantity) claim.value();
      Long floor = quantity.low() != null ? quantity.low() : quantity.stated();
      if (floor != null && (low == null || floor > low)) {
        low = floor;
        best = quantity.stated() != null ? Math.max(quantity.stated(), floor) : floor;
        chosen = quantity;
      }
      if (quantity.high() != null && (high == null || quantity.high() < high)) {
        high = quantity.high();
      }
    }
    if (high != null && low != null && high < low) {
      high = null;
    }
    if (best != null && high != null && best > high) {
      best = high;
    }
    return new ReportFigure(document, low, best, high, words(chosen, claims), claims, false);
  }

  /** A quantity in words: "13", "at least 60", "about 100", "10 to 15", "24 or more". */
  static String words(Quantity quantity, List<Claim> claims) {
    if (quantity == null) {
      quantity = (Quantity) claims.get(0).value();
    }
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
      default ->
          quantity.high() == null
              ? quantity.low() + " or more"
              : String.format(Locale.ROOT, "%d to %d", quantity.low(), quantity.high());
    };
  }
}
