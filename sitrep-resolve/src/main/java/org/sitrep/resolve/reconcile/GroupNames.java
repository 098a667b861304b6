package org.sitrep.resolve.reconcile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One name for a group however reports word it: "US personnel", "American soldiers", "U.S. service
 * members" and "Marines" are all "US military"; "civilians" and "Afghan civilians" keep their
 * nationality when they give one.
 */
public final class GroupNames {
  private static final Map<Pattern, String> NATIONALITIES = new LinkedHashMap<>();
  private static final Map<Pattern, String> KINDS = new LinkedHashMap<>();

  static {
    nationality("\\b(?:u\\.?s\\.?a?|american|america|united states)\\b", "US");
    nationality("\\b(?:uk|british|britain)\\b", "UK");
    nationality("\\bafghans?\\b", "Afghan");
    nationality("\\biraqis?\\b", "Iraqi");
    nationality("\\bfrench\\b", "French");
    nationality("\\bisraelis?\\b", "Israeli");
    nationality("\\bpalestinians?\\b", "Palestinian");
    nationality("\\bpakistanis?\\b", "Pakistani");
    nationality("\\bnigerians?\\b", "Nigerian");
    nationality("\\bsyrians?\\b", "Syrian");
    nationality("\\bsomalis?\\b", "Somali");
    nationality("\\bukrainians?\\b", "Ukrainian");
    nationality("\\brussians?\\b", "Russian");
    kind(
        "\\b(?:troops?|soldiers?|service ?(?:members?|men|women)|servicem[ae]n|personnel|marines?"
            + "|sailors?|airmen|military|army|navy|forces)\\b",
        "military");
    kind("\\b(?:police(?:m[ae]n|women)?|officers?|constables?|gendarmes?)\\b", "police");
    kind(
        "\\b(?:militants?|fighters?|insurgents?|rebels?|attackers?|assailants?|gunmen|bombers?)\\b",
        "attackers");
    kind("\\b(?:child(?:ren)?|kids?|minors?|boys?|girls?)\\b", "children");
    kind(
        "\\b(?:civilians?|people|persons|residents|villagers|worshippers|evacuees)\\b",
        "civilians");
  }

  private GroupNames() {}

  /** The group's one name; words that match no known kind are kept, in lower case. */
  public static String normalize(String group) {
    String lower = group.toLowerCase(Locale.ROOT).trim();
    String nationality = first(NATIONALITIES, lower);
    String kind = first(KINDS, lower);
    if (kind == null) {
      kind = lower.replaceAll("\\s+", " ");
      if (nationality != null) {
        return nationality + " " + stripNationality(kind);
      }
      return kind;
    }
    return nationality != null ? nationality + " " + kind : kind;
  }

  private static String stripNationality(String words) {
    String stripped = words;
    for (Pattern pattern : NATIONALITIES.keySet()) {
      stripped = pattern.matcher(stripped).replaceAll("").trim();
    }
    return stripped.isEmpty() ? "people" : stripped.replaceAll("\\s+", " ");
  }

  private static String first(Map<Pattern, String> table, String text) {
    int best = Integer.MAX_VALUE;
    String found = null;
    for (Map.Entry<Pattern, String> entry : table.entrySet()) {
      Matcher matcher = entry.getKey().matcher(text);
      if (matcher.find() && matcher.start() < best) {
        best = matcher.start();
        found = entry.getValue();
      }
    }
    return found;
  }

  private static void nationality(String regex, String name) {
    NATIONALITIES.put(Pattern.compile(regex), name);
  }

  private static void kind(String regex, String name) {
    KINDS.put(Pattern.compile(regex), name);
  }
}
