package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a report's headline may give its town: "Teen Killed, Another Wounded in St. Paul
 * Shooting", "Poplar Bluff teen recovering after accidentally being shot", "Three People Dead East
 * of Bozeman". A name is one to three capitalized words that a word of place comes before ("in",
 * "at", "near", "of") or a word for a person or for the event comes after ("teen", "girl",
 * "shooting", "hunting accident"); a county ("Marion County toddler") is no town. Whether a name is
 * a town is the gazetteer's to say.
 */
final class Headline {
  /** Where the outlet's name begins: "… in Killingly - WFSB 3 Connecticut", "… | WBTV". */
  private static final Pattern OUTLET = Pattern.compile("\\s+[-–—|]\\s+");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");

  /** Abbreviations that begin a town's name: "St. Paul", "Ft. Myers", "Mt. Vernon". */
  private static final Set<String> ABBREVIATIONS = Set.of("St", "Ste", "Ft", "Mt");

  /** Words that lead to a place: "in Lemoore", "at Burbank hotel", "East of Bozeman". */
  private static final Set<String> BEFORE_A_PLACE =
      Set.of("in", "at", "near", "outside", "of", "inside", "into", "across", "around");

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /**
   * Words for people and events that a town's name stands before: "Toledo girl", "Bedford deaths".
   */
  private static final Set<String> AFTER_A_PLACE =
      Set.of(
          "teen",
          "teens",
          "teenager",
          "teenagers",
          "girl",
          "girls",
          "boy",
          "boys",
          "man",
          "men",
          "woman",
          "women",
          "toddler",
          "toddlers",
          "child",
          "children",
          "kid",
          "kids",
          "baby",
          "infant",
          "student",
          "students",
          "mother",
          "father",
          "mom",
          "dad",
          "family",
          "couple",
          "shooting",
          "shootings",
          "hunting",
          "murder",
          "murder-suicide",
          "homicide",
          "killing",
          "killings",
          "death",
          "deaths",
          "slaying",
          "standoff",
          "gunfire",
          "rampage",
          "massacre");

  /**
   * Words that make a name a county or a township, no town: "Marion County toddler", "Fort Bend
   * Co.".
   */
  private static final Set<String> NO_TOWN_AFTER =
      Set.of("county", "co", "parish", "township", "twp", "borough", "state", "university");

  private static final int LONGEST_NAME = 3;

  private Headline() {}

  /** A name of a headline: its words and where they stand in it. */
  record Name(String words, int start, int end) {}

  /**
   * The names the headline {@code title} may give a town, in order; none that {@code text}, the
   * report's own words, writes in lower case ("Man" beside "a man was shot").
   */
  /** Two to four capitals: "LES" (the Lower East Side), "UAB". */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,4}");

  static List<Name> names(String title, String text) {
    Matcher outlet = OUTLET.matcher(title);
    String headline =
        outlet.find() && outlet.start() > 0 ? title.substring(0, outlet.start()) : title;
    List<int[]> words = new ArrayList<>();
    Matcher word = WORD.matcher(headline);
    while (word.find()) {
      int end = word.end();
      if (ABBREVIATIONS.contains(word.group())
          && end < headline.length()
          && headline.charAt(end) == '.') {
        end++;
      }
      words.add(new int[] {word.start(), possessiveCut(headline, word.start(), end)});
    }
    List<Name> names = new ArrayList<>();
    // A headline written in capitals has no acronyms to tell apart.
    boolean mixedCase = !headline.equals(headline.toUpperCase(Locale.ROOT));
    // The last word of a county's name: none of its words is a town ("Fort Bend Co." is not Fort).
    int county = -1;
    for (int first = 0; first < words.size(); first++) {
      if (first <= county) {
        continue;
      }
      for (int size = Math.min(LONGEST_NAME, words.size() - first); size >= 1; size--) {
        int last = first + size - 1;
        if (!capitalized(headline, words, first, last)) {
          continue;
        }
        String before = first > 0 ? lower(headline, words.get(first - 1)) : "";
        if (ARTICLES.contains(before) && first > 1) {
          // "shooting at a Toledo after-hours lounge".
          before = lower(headline, words.get(first - 2));
        }
        String after = last + 1 < words.size() ? lower(headline, words.get(last + 1)) : "";
        if (NO_TOWN_AFTER.contains(after)
            || NO_TOWN_AFTER.contains(lower(headline, words.get(last)))) {
          county = last;
          break;
        }
        if (!(BEFORE_A_PLACE.contains(before) || AFTER_A_PLACE.contains(after))) {
          continue;
        }
        int start = words.get(first)[0];
        int end = words.get(last)[1];
        String name = headline.substring(start, end);
        if (!writtenInLowerCase(text, name) && !(ACRONYM.matcher(name).matches() && mixedCase)) {
          // "Suspect in LES Shooting": an acronym, not Les (or Lezhë) somewhere.
          names.add(new Name(name, start, end));
        }
      }
    }
    return names;
  }

  /**
   * The names of the outlet's part of a title ("… - Toledo News Now, News, Weather, Sports, Toledo,
   * OH"): each run of one to three capitalized words, with where it stands in the title. Whether
   * one is the outlet's city is the gazetteer's to say.
   */
  static List<Name> outletNames(String title) {
    Matcher outlet = OUTLET.matcher(title);
    if (!outlet.find() || outlet.start() == 0) {
      return List.of();
    }
    List<Name> names = new ArrayList<>();
    List<int[]> run = new ArrayList<>();
    Matcher word = WORD.matcher(title);
    word.region(outlet.end(), title.length());
    while (word.find()) {
      boolean joined =
          !run.isEmpty() && title.substring(run.get(run.size() - 1)[1], word.start()).equals(" ");
      if (!joined) {
        run.clear();
      }
      if (!Character.isUpperCase(title.charAt(word.start()))) {
        run.clear();
        continue;
      }
      run.add(new int[] {word.start(), word.end()});
      // Every run of up to three words that ends here: "Oklahoma City", "City".
      for (int size = 1; size <= Math.min(LONGEST_NAME, run.size()); size++) {
        int start = run.get(run.size() - size)[0];
        names.add(new Name(title.substring(start, word.end()), start, word.end()));
      }
    }
    return names;
  }

  private static boolean capitalized(String headline, List<int[]> words, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (!Character.isUpperCase(headline.charAt(words.get(i)[0]))) {
        return false;
      }
    }
    return true;
  }

  /** The end of a word without its possessive: "Toledo's" ends before the apostrophe. */
  private static int possessiveCut(String headline, int start, int end) {
    String word = headline.substring(start, end);
    if (word.endsWith("'s") || word.endsWith("’s")) {
      return end - 2;
    }
    return end;
  }

  private static String lower(String headline, int[] word) {
    return headline.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
  }

  /** Whether the report writes the name's words in lower case, as a common word or phrase. */
  private static boolean writtenInLowerCase(String text, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals(name)) {
      return false;
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])")
        .matcher(text)
        .find();
  }
}
