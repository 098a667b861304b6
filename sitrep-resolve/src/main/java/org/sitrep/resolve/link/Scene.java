package org.sitrep.resolve.link;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * The scene of a shooting as one account tells it: the streets it happened on ("the 1800 block of
 * W. North Avenue", "near North 35th and West Center streets"), the clock times its sentences give
 * ("around 3:50 p.m."). Two accounts of one city on one day, or a week apart, told in like words,
 * are two shootings when their scenes differ ({@link #apart}); either difference alone is no sign,
 * as reports spell one street two ways, name the street a victim ran to, and give the hour of a
 * death or of a call.
 *
 * @param streets the streets' own names, lower case, without a direction or a street's word
 *     ("north" for "W. North Ave.", "35th" for "North 35th Street")
 * @param minutes the clock times told, as minutes after midnight
 * @param alsoTold for a report's main account, the streets its report's other current accounts
 *     tell: a round-up's main account carries the whole report's words, and the Archive may file
 *     the round-up under any shooting it tells, so a street of any of them is not another scene
 */
record Scene(Set<String> streets, List<Integer> minutes, Set<String> alsoTold) {
  /** A scene that tells nothing. */
  static final Scene NONE = new Scene(Set.of(), List.of(), Set.of());

  private static final String SUFFIX =
      "(?:Street|St\\.?(?![.\\s]*\\p{Lu})|Avenue|Ave\\.?|Road|Rd\\.?|Drive|Boulevard|Blvd\\.?|Lane"
          + "|Parkway|Pkwy\\.?)";
  private static final String DIRECTION =
      "(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|N\\.|S\\.|E\\.|W\\.)";
  private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'’-]*|\\d+(?:st|nd|rd|th))";
  private static final String STREET_NAME =
      "((?:" + DIRECTION + "\\s+)?" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,2})";

  /** "on West Market Street", "in the 3800 block of Southern Avenue". */
  private static final Pattern STREET =
      Pattern.compile("(?<![\\p{L}\\d])" + STREET_NAME + "\\s+" + SUFFIX + "(?![\\p{L}])");

  /** "near North 35th and West Center streets": two crossing streets, one word for both. */
  private static final Pattern CROSSING =
      Pattern.compile(
          "(?<![\\p{L}\\d])"
              + STREET_NAME
              + "\\s+(?:and|&)\\s+"
              + STREET_NAME
              + "\\s+(?:streets|avenues|roads|drives|boulevards)\\b");

  /**
   * Where a street is a person's home, not the scene: "Tavon Greer, of Garden Street"; the place of
   * a block ("the 1200 block of") is the scene.
   */
  private static final Pattern HOME_BEFORE = Pattern.compile("(?i)(?<!block )\\bof\\s+$");

  private static final Pattern DIRECTION_WORD = Pattern.compile(DIRECTION);

  /** Words of a capitalized phrase that are no street's name ("On Main Street" is Main). */
  private static final Set<String> NOT_A_NAME =
      Set.of("the", "on", "in", "at", "near", "of", "and", "block", "from", "to", "off", "along");

  /** "around 3:50 p.m.", "at 11 pm", "about 2 a.m.". */
  private static final Pattern CLOCK =
      Pattern.compile("(?i)\\b(1[0-2]|0?[1-9])(?::([0-5]\\d))?\\s*([ap])\\.?\\s*m\\b\\.?");

  /** How far apart, in minutes, two accounts' clock times on one day may lie (a call, a death). */
  static final int MINUTES_OF_ONE_SHOOTING = 180;

  Scene {
    streets = Set.copyOf(requireNonNull(streets, "streets"));
    minutes = List.copyOf(requireNonNull(minutes, "minutes"));
    alsoTold = Set.copyOf(requireNonNull(alsoTold, "alsoTold"));
  }

  /** The same scene, with the streets the report's other current accounts tell. */
  Scene withAlsoTold(Set<String> others) {
    return new Scene(streets, minutes, others);
  }

  /** The scene told by the text of an account's sentences. */
  static Scene of(String text) {
    return new Scene(streets(text), minutes(text), Set.of());
  }

  /** The streets a text names as a scene, by their own names. */
  static Set<String> streets(String text) {
    Set<String> streets = new TreeSet<>();
    Matcher crossing = CROSSING.matcher(text);
    while (crossing.find()) {
      addStreet(streets, text, crossing.start(), crossing.group(1));
      addStreet(streets, text, crossing.start(), crossing.group(2));
    }
    Matcher street = STREET.matcher(text);
    while (street.find()) {
      addStreet(streets, text, street.start(), street.group(1));
    }
    return streets;
  }

  private static void addStreet(Set<String> streets, String text, int start, String phrase) {
    if (HOME_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
      return;
    }
    List<String> words = new ArrayList<>();
    for (String word : phrase.split("\\s+")) {
      if (!NOT_A_NAME.contains(word.toLowerCase(Locale.ROOT))) {
        words.add(word);
      }
    }
    while (words.size() > 1 && DIRECTION_WORD.matcher(words.get(0)).matches()) {
      words.remove(0);
    }
    if (!words.isEmpty()) {
      streets.add(String.join(" ", words).toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
    }
  }

  /** The clock times a text tells, as minutes after midnight. */
  static List<Integer> minutes(String text) {
    List<Integer> minutes = new ArrayList<>();
    Matcher clock = CLOCK.matcher(text);
    while (clock.find()) {
      int hour = Integer.parseInt(clock.group(1)) % 12;
      if (clock.group(3).equalsIgnoreCase("p")) {
        hour += 12;
      }
      int minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
      minutes.add(hour * 60 + minute);
    }
    return minutes;
  }

  /**
   * Whether two accounts tell two shootings: both name the scene's streets and share none, and
   * besides, their days contradict or their clock times on one day lie hours apart. {@code
   * dayContradicts} is the scorer's reading of the two days (false for a follow-up, whose day is
   * its own news's).
   */
  static boolean apart(
      Scene left, EventDate leftDay, Scene right, EventDate rightDay, boolean dayContradicts) {
    if (left.streets.isEmpty() || right.streets.isEmpty() || sharesStreet(left, right)) {
      return false;
    }
    return dayContradicts || clocksApart(left, leftDay, right, rightDay);
  }

  /**
   * Whether two accounts name a street in common as their own scenes' (a round-up's others not).
   */
  static boolean sameStreets(Scene left, Scene right) {
    return left.streets.stream()
        .anyMatch(one -> right.streets.stream().anyMatch(other -> sameStreet(one, other)));
  }

  private static boolean sharesStreet(Scene left, Scene right) {
    return Stream.concat(left.streets.stream(), left.alsoTold.stream())
        .anyMatch(
            one ->
                Stream.concat(right.streets.stream(), right.alsoTold.stream())
                    .anyMatch(other -> sameStreet(one, other)));
  }

  private static final List<String> ORDINALS =
      List.of(
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "eleventh",
          "twelfth");

  /**
   * Whether two streets' names are one street's: written alike, one the other's last words ("bells
   * ferry" and "ferry"), an ordinal in words or figures ("fifth" and "5th"), or a letter apart in a
   * name of five letters or more ("killiam" and "kiliam": reports misspell streets).
   */
  static boolean sameStreet(String left, String right) {
    String a = ordinal(left);
    String b = ordinal(right);
    if (a.equals(b) || a.endsWith(" " + b) || b.endsWith(" " + a)) {
      return true;
    }
    return Math.min(a.length(), b.length()) >= 5 && editsApart(a, b) <= 1;
  }

  private static String ordinal(String street) {
    int index = ORDINALS.indexOf(street);
    if (index < 0) {
      return street;
    }
    int number = index + 1;
    String suffix = number == 1 ? "st" : number == 2 ? "nd" : number == 3 ? "rd" : "th";
    return number + suffix;
  }

  /** The edit distance of two words (insertions, deletions, substitutions). */
  private static int editsApart(String left, String right) {
    int[] previous = new int[right.length() + 1];
    int[] current = new int[right.length() + 1];
    for (int j = 0; j <= right.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= left.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= right.length(); j++) {
        int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[right.length()];
  }

  /**
   * Whether two accounts dated to the day (one day, or two days a day apart) give clock times that
   * all lie more than {@value #MINUTES_OF_ONE_SHOOTING} minutes apart.
   */
  static boolean clocksApart(Scene left, EventDate leftDay, Scene right, EventDate rightDay) {
    if (left.minutes.isEmpty()
        || right.minutes.isEmpty()
        || leftDay == null
        || rightDay == null
        || leftDay.precision() != DatePrecision.DAY
        || rightDay.precision() != DatePrecision.DAY) {
      return false;
    }
    long offset = (rightDay.value().toEpochDay() - leftDay.value().toEpochDay()) * 24 * 60;
    if (Math.abs(offset) > 24 * 60) {
      return false;
    }
    for (int ours : left.minutes) {
      for (int theirs : right.minutes) {
        if (Math.abs(theirs + offset - ours) <= MINUTES_OF_ONE_SHOOTING) {
          return false;
        }
      }
    }
    return true;
  }
}
