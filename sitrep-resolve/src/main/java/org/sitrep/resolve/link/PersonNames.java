package org.sitrep.resolve.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Report;

/**
 * The full names of the people a report tells of: a victim, a suspect, a relative ("Marcus Bell",
 * "Cedric D. Lomax" as {@code cedric lomax}). A person's first and last name told by two reports is
 * rare across different shootings, so it joins a follow-up to its incident when its day or its
 * missing place cannot. Officials are left out, since one police chief, prosecutor or judge speaks
 * of many shootings: a name after a title ("Police Chief", "Prosecutor", "Judge", "said Officer")
 * or before one (", a police spokesman").
 */
final class PersonNames {
  private static final Pattern TITLE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:chief|officer|officers|sgt\\.?|sergeant|lt\\.?|lieutenant|capt\\.?|captain"
              + "|cpl\\.?|corporal|det\\.?|detective|detectives|investigator|sheriff|deputy|trooper"
              + "|agent|marshal|constable|superintendent|commissioner|commander|inspector|mayor"
              + "|gov\\.?|governor|sen\\.?|senator|rep\\.?|representative|congressman"
              + "|congresswoman|councilman|councilwoman|alderman|alderwoman|president|secretary"
              + "|director|spokesman|spokeswoman|spokesperson|attorney|attorneys|prosecutor"
              + "|prosecutors|judge|justice|magistrate|coroner|examiner|pastor|rev\\.?|reverend"
              + "|bishop|dr\\.?|doctor|professor|principal|reporter"
              + "|correspondent|anchor|writer|editor|manager|official|officials|administrator)"
              + "\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|of|the)\\s+){0,3}$");

  private static final Pattern TITLE_AFTER =
      Pattern.compile(
          "^,?\\s+(?:an?|the)\\s+(?:[\\p{L}.'’-]+\\s+){0,4}?(?:spokes(?:man|woman|person)"
              + "|officer|detective|sergeant|lieutenant|captain|chief|sheriff|deputy|prosecutor"
              + "|attorney|judge|coroner|examiner|official|commissioner|superintendent|mayor"
              + "|director|reporter|correspondent|lawyer|professor|pastor|investigator)\\b");

  /** A photograph's or a report's credit: "Melinda Meza/KCRA", "Photo: Courtesy of Ann Lee". */
  private static final Pattern CREDIT_AFTER = Pattern.compile("^\\s*[/|]");

  private static final Pattern CREDIT_BEFORE =
      Pattern.compile(
          "(?i)(?:\\bphoto(?:graph)?s?:?|\\bcredit:|\\bcourtesy(?:\\s+of)?|(?m:^)\\s*by)\\s+$");

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /** Words of a place's or an institution's name that the tagger took for a person's. */
  private static final Set<String> NOT_A_PERSON =
      Set.of(
          "hospital",
          "center",
          "centre",
          "medical",
          "school",
          "church",
          "university",
          "college",
          "street",
          "avenue",
          "road",
          "park",
          "county",
          "ave",
          "st");

  private PersonNames() {}

  /** One full name of a report, with the sentence it is told in. */
  record Told(String name, int sentence) {}

  /** The full names of the people a report tells of, each with its sentence, in text order. */
  static List<Told> of(Report report) {
    String text = report.document().text();
    List<Told> told = new ArrayList<>();
    for (EntityMention mention : report.annotated().entities()) {
      if (!mention.type().equals("PERSON")) {
        continue;
      }
      String name = fullName(mention.text());
      if (name == null) {
        continue;
      }
      String before = text.substring(Math.max(0, mention.start() - 60), mention.start());
      String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 60));
      if (TITLE_BEFORE.matcher(before).find()
          || TITLE_AFTER.matcher(after).find()
          || CREDIT_BEFORE.matcher(before).find()
          || CREDIT_AFTER.matcher(after).find()) {
        continue;
      }
      told.add(new Told(name, mention.sentence()));
    }
    return told;
  }

  /** The names of the sentences given, or of all when {@code sentences} is null. */
  static Set<String> in(List<Told> told, Set<Integer> sentences) {
    Set<String> names = new TreeSet<>();
    for (Told one : told) {
      if (sentences == null || sentences.contains(one.sentence())) {
        names.add(one.name());
      }
    }
    return names;
  }

  /** The names first told before sentence {@code from}. */
  static Set<String> before(List<Told> told, int from) {
    Set<String> names = new TreeSet<>();
    for (Told one : told) {
      if (one.sentence() < from) {
        names.add(one.name());
      }
    }
    return names;
  }

  /**
   * A person's first and last name, lower case, without middle names, initials or a suffix; null
   * when the mention is one word or not written as a name.
   */
  static String fullName(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.trim().split("\\s+")) {
      String bare = word.replaceAll("[\"'“”‘’]", "").replaceAll("[.,]+$", "");
      if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0))) {
        return null;
      }
      String lower = bare.toLowerCase(Locale.ROOT);
      if (NOT_A_PERSON.contains(lower)) {
        return null;
      }
      if (lower.length() > 1 && !SUFFIXES.contains(lower)) {
        words.add(lower);
      }
    }
    if (words.size() < 2) {
      return null;
    }
    return words.get(0) + " " + words.get(words.size() - 1);
  }
}
