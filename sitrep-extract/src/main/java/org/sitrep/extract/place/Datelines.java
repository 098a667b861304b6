package org.sitrep.extract.place;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline of an American report: a town in capitals, its state, then a dash or the outlet in
 * brackets ("GRANITE FALLS, N.C. (WBTV) –", "KATY, Texas -"), or a town in capitals alone before
 * them ("TUCSON (KGUN9-TV) -"). The tagger often misses a town in capitals, and reads "Katy" or
 * "Billings" as a person. A dateline says where the report was filed, often the outlet's city, so a
 * place the report's own words give comes first. Stateless.
 */
public final class Datelines {
  /** Capitals, a comma, an abbreviated or spelled-out state, then "(" or a dash. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?<![\\p{L}])(\\p{Lu}[\\p{Lu}.'’-]+(?:\\s\\p{Lu}[\\p{Lu}.'’-]+){0,3}),\\s*"
              + "((?:\\p{Lu}[\\p{L}.]*)(?:\\s\\p{Lu}[\\p{L}.]*)?)\\s*(?:\\(|[-–—])");

  /**
   * At the start of a line or sentence, capitals, then the outlet in brackets and a dash, or a
   * dash: "TUCSON (KGUN9-TV) -".
   */
  private static final Pattern STATELESS =
      Pattern.compile(
          "(?m)^[^\\p{L}\\n]{0,4}(\\p{Lu}[\\p{Lu}.'’-]+(?:\\s\\p{Lu}[\\p{Lu}.'’-]+){0,3})\\s*"
              + "(?:\\([^()]{1,30}\\)\\s*)?[-–—]");

  private Datelines() {}

  /**
   * The words of the first dateline in {@code [from, to)} of {@code text}, town and state ("KATY,
   * Texas"), as offsets into the text.
   */
  public static Optional<int[]> find(String text, int from, int to) {
    Matcher matcher = DATELINE.matcher(text).region(from, to);
    while (matcher.find()) {
      String town = matcher.group(1);
      if (town.chars().filter(Character::isLetter).count() < 3) {
        continue;
      }
      OptionalInt abbreviated = StateAbbreviations.stateAfter(text, matcher.end(1));
      int end = abbreviated.orElse(matcher.end(2));
      return Optional.of(new int[] {matcher.start(1), end});
    }
    Matcher stateless = STATELESS.matcher(text).region(from, to);
    while (stateless.find()) {
      if (stateless.group(1).chars().filter(Character::isLetter).count() >= 3) {
        return Optional.of(new int[] {stateless.start(1), stateless.end(1)});
      }
    }
    return Optional.empty();
  }
}
