package org.sitrep.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.actor.NamePhrases.Phrase;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * Finds the aliases a document defines: "X, also known as Y or Z", "X (Y)", "X, known as Y", "X, or
 * Y,". Each pair is checked against a dictionary: an unknown name joins the known actor on the
 * other side; two known actors are never merged; two unknown names make a document-local actor only
 * when one of them names an armed group ("Brigade", "Front", "Army", ...), so that think tanks
 * ("Center for Strategic and International Studies (CSIS)") and people stay out.
 */
final class AliasLearner {
  /** What the document view is the kind of a group the dictionary does not know. */
  static final ActorKind LOCAL_KIND = ActorKind.POLITICAL_MILITIA;

  private static final int MAX_NAMES = 5;
  private static final Pattern KNOWN_AS =
      Pattern.compile(
          "[,(]?\\s*\\b(?:(?:also|otherwise|better|more commonly|commonly|widely|locally|sometimes)"
              + "\\s+(?:known\\s+as|called|referred\\s+to\\s+as)|known\\s+as|a\\.k\\.a\\.|aka)\\s+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern OR = Pattern.compile(",\\s+or\\s+");
  private static final Pattern NEXT_NAME = Pattern.compile("\\s*(?:,\\s*)?(?:or|and|,)\\s+");
  private static final Pattern TERMINATOR = Pattern.compile("\\s*(?:$|[,.;:)(\"“”'’])");
  private static final Set<String> MEDIA =
      Set.of(
          "afp", "ap", "reuters", "bbc", "cnn", "getty", "images", "photo", "epa", "xinhua", "ani",
          "pti", "ians", "anadolu", "dpa", "upi", "aap", "file");
  private static final Set<String> ARMED_WORDS =
      Set.of(
          "army",
          "armies",
          "brigade",
          "brigades",
          "battalion",
          "battalions",
          "forces",
          "force",
          "militia",
          "militias",
          "front",
          "movement",
          "mujahideen",
          "mujahidin",
          "jihad",
          "liberation",
          "resistance",
          "rebels",
          "guard",
          "guards",
          "corps",
          "legion",
          "commandos",
          "jaish",
          "lashkar",
          "katiba",
          "katibat",
          "kataib",
          "harakat",
          "harakah",
          "ansar",
          "ansaru",
          "jamaat",
          "jamaa",
          "jamaatu",
          "tehrik",
          "tehreek",
          "wilayat",
          "wilayah",
          "province",
          "caliphate",
          "emirate",
          "cartel",
          "gang",
          "clan",
          "insurgents",
          "fighters",
          "defence",
          "defense",
          "fedayeen",
          "martyrs",
          "tigers",
          "squad",
          "militants");

  private enum Cue {
    KNOWN_AS,
    PARENTHESES,
    OR
  }

  /** How a phrase stands in the dictionary. */
  private record Resolution(Actor actor, boolean mixed, boolean ambiguous) {
    boolean known() {
      return actor != null;
    }

    boolean unknown() {
      return actor == null && !mixed && !ambiguous;
    }
  }

  /** Aliases learned, in text order. */
  record Result(List<LearnedAlias> aliases) {
    Result {
      aliases = List.copyOf(aliases);
    }
  }

  /** One learned alias before local actors are built. */
  private record Finding(String alias, Actor known, String localName, int start, int end) {}

  private final ActorDictionary dictionary;

  AliasLearner(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  Result learn(String text) {
    NamePhrases phrases = new NamePhrases(text);
    List<Finding> findings = new ArrayList<>();
    Matcher knownAs = KNOWN_AS.matcher(text);
    while (knownAs.find()) {
      pairs(text, phrases, knownAs.start(), knownAs.end(), Cue.KNOWN_AS, findings);
    }
    Matcher or = OR.matcher(text);
    while (or.find()) {
      pairs(text, phrases, or.start(), or.end(), Cue.OR, findings);
    }
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      pairs(text, phrases, open, open + 1, Cue.PARENTHESES, findings);
    }
    return new Result(build(findings));
  }

  /** The pairs around one cue: the phrase before it, and the one or more names after it. */
  private void pairs(
      String text, NamePhrases phrases, int cueStart, int cueEnd, Cue cue, List<Finding> out) {
    List<Phrase> before = phrases.endingAt(cueStart);
    List<Phrase> after = namesAfter(text, phrases, cueEnd, cue);
    if (before.isEmpty() || after.isEmpty()) {
      return;
    }
    Phrase x = unknownName(before, after.get(0).text());
    Resolution xResolution = resolve(x.text());
    for (Phrase longest : before) {
      Resolution resolution = resolve(longest.text());
      if (resolution.known()) {
        x = longest;
        xResolution = resolution;
        break;
      }
    }
    int end = after.get(after.size() - 1).end();
    for (Phrase y : after) {
      pair(x, xResolution, y, cue, end, out);
    }
  }

  /**
   * Which of the phrases before a cue names the group when none is known: the longest, or before an
   * acronym the longest whose first word gives its initial ("Fighters of the Movement for Oneness
   * and Jihad in West Africa (MUJAO)" → "Movement ...").
   */
  private static Phrase unknownName(List<Phrase> before, String firstAfter) {
    if (isAcronym(firstAfter)) {
      for (Phrase phrase : before) {
        if (initialsFit(firstAfter, phrase.text())) {
          return phrase;
        }
      }
    }
    return before.get(0);
  }

  private List<Phrase> namesAfter(String text, NamePhrases phrases, int offset, Cue cue) {
    List<Phrase> names = new ArrayList<>();
    Phrase name = phrases.startingAt(offset);
    while (name != null && names.size() < MAX_NAMES) {
      names.add(name);
      if (cue != Cue.KNOWN_AS) {
        break;
      }
      Matcher next = NEXT_NAME.matcher(text).region(name.end(), text.length());
      name = next.lookingAt() ? phrases.startingAt(next.end()) : null;
    }
    if (names.isEmpty() || !terminated(text, names.get(names.size() - 1), cue)) {
      return List.of();
    }
    return names;
  }

  /** A name must end where the definition ends, not run into "Taliban founder". */
  private static boolean terminated(String text, Phrase last, Cue cue) {
    if (cue == Cue.PARENTHESES) {
      String rest = text.substring(last.end()).stripLeading();
      return rest.startsWith(")") || rest.startsWith(",");
    }
    return TERMINATOR.matcher(text).region(last.end(), text.length()).lookingAt();
  }

  private void pair(Phrase x, Resolution xr, Phrase y, Cue cue, int end, List<Finding> out) {
    Resolution yr = resolve(y.text());
    if (xr.known() && yr.unknown() && acceptsAlias(y.text(), x.text(), cue)) {
      out.add(new Finding(y.text(), xr.actor(), null, x.start(), end));
    } else if (yr.known() && xr.unknown() && acceptsName(x.text(), cue)) {
      out.add(new Finding(x.text(), yr.actor(), null, x.start(), end));
    } else if (!xr.known() && !yr.known() && !xr.ambiguous() && !yr.ambiguous() && cue != Cue.OR) {
      local(x.text(), y.text(), cue, x.start(), end, out);
    }
  }

  private static void local(String x, String y, Cue cue, int start, int end, List<Finding> out) {
    boolean xShort = isAcronym(x) && !isAcronym(y);
    String name = xShort ? y : x;
    String alias = xShort ? x : y;
    if (!armed(name) || isMedia(alias) || isMedia(name)) {
      return;
    }
    if (cue == Cue.PARENTHESES && !(isAcronym(alias) && initialsFit(alias, name))) {
      return;
    }
    out.add(new Finding(alias, null, name, start, end));
  }

  /** A new alias for a known actor: from parentheses only an acronym that fits its initials. */
  private static boolean acceptsAlias(String alias, String known, Cue cue) {
    if (isMedia(alias) || alias.length() < 2) {
      return false;
    }
    return cue != Cue.PARENTHESES || (isAcronym(alias) && initialsFit(alias, known));
  }

  /** A new name for a known actor: an acronym or a group's name, never a person's or a place's. */
  private static boolean acceptsName(String name, Cue cue) {
    if (isMedia(name)) {
      return false;
    }
    boolean several = name.strip().contains(" ");
    return isAcronym(name) || (armed(name) && (several || cue != Cue.PARENTHESES));
  }

  private Resolution resolve(String phrase) {
    List<ActorMention> mentions = dictionary.find(phrase);
    if (mentions.isEmpty()) {
      return new Resolution(null, false, false);
    }
    boolean whole = mentions.stream().allMatch(m -> m.start() == 0 && m.end() == phrase.length());
    if (!whole) {
      // "ISIS-K" holds "ISIS" yet is its own name; a phrase of words holding an actor is not
      return new Resolution(null, !isAcronym(phrase), false);
    }
    if (mentions.size() > 1) {
      return new Resolution(null, false, true);
    }
    return new Resolution(mentions.get(0).actor(), false, false);
  }

  static boolean isAcronym(String phrase) {
    if (phrase.length() < 2
        || phrase.length() > 15
        || phrase.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    long letters = phrase.chars().filter(Character::isLetter).count();
    long capitals = phrase.chars().filter(Character::isUpperCase).count();
    return capitals >= 2 && capitals * 2 >= letters;
  }

  /** The acronym's first capital is the initial of the name's first word, "al-" aside. */
  private static boolean initialsFit(String acronym, String name) {
    int capital = acronym.chars().filter(Character::isUpperCase).findFirst().orElse(-1);
    String first = WHITESPACE.split(name.strip(), 2)[0];
    String bare = first.replaceFirst("^(?i)(?:al|el|ul|ash|as|ad|an|ar|at|az)[-'’]", "");
    return !first.isEmpty()
        && (Character.toUpperCase(first.charAt(0)) == capital
            || (!bare.isEmpty() && Character.toUpperCase(bare.charAt(0)) == capital));
  }

  private static boolean armed(String phrase) {
    return words(phrase).stream().anyMatch(ARMED_WORDS::contains);
  }

  private static boolean isMedia(String phrase) {
    return words(phrase).stream().anyMatch(MEDIA::contains);
  }

  private static List<String> words(String phrase) {
    String plain = phrase.toLowerCase(Locale.ROOT).replaceAll("['’]", "");
    return List.of(NON_WORD.split(plain));
  }

  /** Builds the document-local actors and turns findings into learned aliases, in text order. */
  private static List<LearnedAlias> build(List<Finding> findings) {
    Map<String, Set<String>> localAliases = new LinkedHashMap<>();
    Map<String, String> localNames = new LinkedHashMap<>();
    for (Finding finding : findings) {
      if (finding.known() == null) {
        String key = ActorCatalogReader.key(finding.localName());
        String owner = localNames.getOrDefault(key, finding.localName());
        localNames.putIfAbsent(key, owner);
        localNames.putIfAbsent(ActorCatalogReader.key(finding.alias()), owner);
        localAliases.computeIfAbsent(owner, name -> new LinkedHashSet<>()).add(finding.alias());
      }
    }
    Map<String, Actor> localActors = new LinkedHashMap<>();
    localAliases.forEach(
        (name, aliases) ->
            localActors.put(name, new Actor(name, List.copyOf(aliases), LOCAL_KIND, null)));
    List<LearnedAlias> learned = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Finding finding : findings) {
      Actor actor =
          finding.known() != null
              ? finding.known()
              : localActors.get(localNames.get(ActorCatalogReader.key(finding.localName())));
      if (seen.add(ActorCatalogReader.key(finding.alias()) + "\u0000" + actor.name())) {
        learned.add(
            new LearnedAlias(
                finding.alias(), actor, finding.start(), finding.end(), finding.known() == null));
      }
    }
    learned.sort(Comparator.comparingInt(LearnedAlias::start).thenComparing(LearnedAlias::alias));
    return learned;
  }
}
