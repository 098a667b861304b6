package org.sitrep.extract.place;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The US states as American news writes them after a town: in AP style ("Miami, Fla.", "Norwich,
 * N.Y.") and as postal codes ("Miami, FL"). An AP abbreviation ends with its period and is read as
 * the state wherever it stands, because no other country writes its places that way; a postal code
 * is two capitals that mean other things too ("IN", "OR", "CA"), so it is read as a state only
 * right after a town and a comma. Stateless and thread-safe.
 */
public final class StateAbbreviations {
  private static final Map<String, String> AP_STYLE =
      Map.ofEntries(
          Map.entry("ala.", "AL"),
          Map.entry("ariz.", "AZ"),
          Map.entry("ark.", "AR"),
          Map.entry("calif.", "CA"),
          Map.entry("cal.", "CA"),
          Map.entry("colo.", "CO"),
          Map.entry("conn.", "CT"),
          Map.entry("del.", "DE"),
          Map.entry("d.c.", "DC"),
          Map.entry("fla.", "FL"),
          Map.entry("ga.", "GA"),
          Map.entry("ill.", "IL"),
          Map.entry("ind.", "IN"),
          Map.entry("kan.", "KS"),
          Map.entry("kans.", "KS"),
          Map.entry("ky.", "KY"),
          Map.entry("la.", "LA"),
          Map.entry("md.", "MD"),
          Map.entry("mass.", "MA"),
          Map.entry("mich.", "MI"),
          Map.entry("minn.", "MN"),
          Map.entry("miss.", "MS"),
          Map.entry("mo.", "MO"),
          Map.entry("mont.", "MT"),
          Map.entry("neb.", "NE"),
          Map.entry("nebr.", "NE"),
          Map.entry("nev.", "NV"),
          Map.entry("n.h.", "NH"),
          Map.entry("n.j.", "NJ"),
          Map.entry("n.m.", "NM"),
          Map.entry("n.y.", "NY"),
          Map.entry("n.c.", "NC"),
          Map.entry("n.d.", "ND"),
          Map.entry("okla.", "OK"),
          Map.entry("ore.", "OR"),
          Map.entry("oreg.", "OR"),
          Map.entry("pa.", "PA"),
          Map.entry("penn.", "PA"),
          Map.entry("r.i.", "RI"),
          Map.entry("s.c.", "SC"),
          Map.entry("s.d.", "SD"),
          Map.entry("tenn.", "TN"),
          Map.entry("tex.", "TX"),
          Map.entry("vt.", "VT"),
          Map.entry("va.", "VA"),
          Map.entry("wash.", "WA"),
          Map.entry("w.va.", "WV"),
          Map.entry("w.v.", "WV"),
          Map.entry("wis.", "WI"),
          Map.entry("wisc.", "WI"),
          Map.entry("wyo.", "WY"));
  private static final Set<String> POSTAL =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
          "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
          "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
          "VT", "VA", "WA", "WV", "WI", "WY");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  // ", Fla." / ", N. Y." / ", FL" right after a name, not followed by more of a word.
  private static final Pattern AFTER_NAME =
      Pattern.compile("^,\\s*((?:\\p{L}{1,2}\\.\\s?){1,2}|\\p{L}{3,5}\\.|\\p{Lu}{2}(?![\\p{L}.]))");

  private StateAbbreviations() {}

  /** The state's postal code for an AP-style abbreviation with its period ("Fla.", "N.Y."). */
  public static Optional<String> apStyle(String mention) {
    requireNonNull(mention, "mention");
    String key = SPACES.matcher(mention.strip()).replaceAll("").toLowerCase(Locale.ROOT);
    return Optional.ofNullable(AP_STYLE.get(key));
  }

  /** The postal code itself when {@code code} is one ("FL"); only capitals count. */
  public static Optional<String> postal(String code) {
    requireNonNull(code, "code");
    String key = code.strip();
    return POSTAL.contains(key) ? Optional.of(key) : Optional.empty();
  }

  /** The state's postal code for an AP abbreviation or a postal code. */
  static Optional<String> either(String mention) {
    return apStyle(mention).or(() -> postal(mention));
  }

  /**
   * Where a state written after a name ends: in "Miami, Fla., police said", called with the end of
   * "Miami", the end of "Fla."; empty when no AP abbreviation or postal code follows a comma there.
   */
  public static OptionalInt stateAfter(String text, int end) {
    requireNonNull(text, "text");
    String after = text.substring(end, Math.min(text.length(), end + 12));
    Matcher matcher = AFTER_NAME.matcher(after);
    if (!matcher.find() || either(matcher.group(1)).isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(end + matcher.group(1).strip().length() + matcher.start(1));
  }
}
