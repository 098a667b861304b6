package org.sitrep.extract.attribution;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Attribution;

/**
 * Finds who a sentence says its news comes from — "according to X", "X said", "X told Reuters", "X
 * claimed", "in a statement, X" — and sorts the source into the kinds of {@link Attribution}:
 * officials (police, ministries, spokesmen, the army), witnesses (residents, survivors), the
 * perpetrators themselves (a group claiming its deed, its news agency), or another named source. A
 * sentence with no source is the reporter's own. Stateless and thread-safe.
 */
public final class AttributionFinder {
  private static final String NAME = "((?:[\\p{L}\\p{N}'’.-]+\\s+){0,7}?[\\p{L}\\p{N}'’.-]+)";

  private static final Pattern ACCORDING_TO =
      Pattern.compile(
          "(?i)\\b(?:according to|citing|quoted by|cited by)\\s+"
              + NAME
              + "(?=[,.;]|$|\\s+(?:who|which|that|on|in)\\b)");

  private static final Pattern SUBJECT_SAID =
      Pattern.compile(
          "(?:^|[,;“”\"]\\s*|\\b(?:and|but)\\s+)"
              + NAME
              + "\\s+(?:has |had |have )?(?:said|says|told|stated|announced|reported|claimed|claims"
              + "|confirmed|added|explained|wrote|tweeted|posted|declared|estimated|put the toll)\\b");

  private static final Pattern SAID_SUBJECT =
      Pattern.compile(
          "(?i)[,”\"]\\s*(?:said|says|told|added|according to)\\s+" + NAME + "\\s*(?:[.,;]|$)");

  /**
   * Words that make a clause, not a name: after ", says" they are what was said ("says dozens of
   * soldiers died"), not who said it.
   */
  private static final Pattern CLAUSE =
      Pattern.compile(
          "(?i)\\b(?:died|killed|wounded|injured|were|was|is|are|had|has|have|will|would|did)\\b");

  private static final Pattern OFFICIAL =
      Pattern.compile(
          "(?i)\\b(?:officials?|police|polic(?:e|ing) (?:chief|spokes\\w+)|ministry|minister"
              + "|spokes(?:man|woman|person)|government|governor|mayor|army|military|pentagon"
              + "|white house|authorities|commander|general|sheriff|department|agency officials?"
              + "|prosecutors?|coroner|health (?:ministry|official|department)|hospital"
              + "|doctors?|medics?|rescuers?|red cross|red crescent|united nations|un\\b"
              + "|president|prime minister|secretary|embassy|state media|security sources?"
              + "|security forces|intelligence)\\b");

  private static final Pattern WITNESS =
      Pattern.compile(
          "(?i)\\b(?:witness(?:es)?|residents?|survivors?|bystanders?|eyewitness(?:es)?"
              + "|relatives?|neighbou?rs?|villagers?|a man|a woman|passers-by|locals?)\\b");

  private static final Pattern CLAIMING =
      Pattern.compile(
          "(?i)\\b(?:claim(?:ed|s|ing)? (?:responsibility|credit)|takes? credit|in claiming"
              + "|claimed (?:that|to have)|statement claiming)\\b");

  private static final Pattern PERPETRATOR_VOICE =
      Pattern.compile(
          "(?i)\\b(?:amaq|(?:the|an?|armed|militant|jihadist|extremist|-linked)\\s+group|^group"
              + "|militants?|insurgents?|jihadists?|rebels?|islamic state"
              + "|isis|isil|is-k|isis-k|iskp|al-?shabaab|boko haram|iswap|jnim|taliban|hamas"
              + "|houthis?|ttp|bla|pkk|its (?:news agency|telegram|statement|propaganda))\\b");

  /** The source {@code sentence} names for its news, if it names one. */
  public Optional<Speaker> find(String sentence) {
    requireNonNull(sentence, "sentence");
    for (Pattern pattern : new Pattern[] {ACCORDING_TO, SAID_SUBJECT, SUBJECT_SAID}) {
      Matcher matcher = pattern.matcher(sentence);
      if (matcher.find()) {
        String group = matcher.group(1);
        if (pattern == SAID_SUBJECT && CLAUSE.matcher(group).find()) {
          continue;
        }
        String words = trimmed(group);
        int start = matcher.start(1) + (group.length() - group.stripLeading().length());
        return Optional.of(
            new Speaker(words, start, start + words.length(), kind(words, sentence)));
      }
    }
    return Optional.empty();
  }

  /** The attribution of {@code sentence}: its source's, else the reporter's own voice. */
  public Attribution attribution(String sentence) {
    return find(sentence).map(Speaker::attribution).orElse(Attribution.REPORTER);
  }

  private static Attribution.Kind kind(String words, String sentence) {
    boolean perpetratorVoice = PERPETRATOR_VOICE.matcher(words).find();
    if (perpetratorVoice && (CLAIMING.matcher(sentence).find() || isAgency(words))) {
      return Attribution.Kind.PERPETRATOR;
    }
    if (OFFICIAL.matcher(words).find()) {
      return Attribution.Kind.OFFICIAL;
    }
    if (WITNESS.matcher(words).find()) {
      return Attribution.Kind.WITNESS;
    }
    return perpetratorVoice ? Attribution.Kind.PERPETRATOR : Attribution.Kind.NAMED;
  }

  private static boolean isAgency(String words) {
    return words.toLowerCase(Locale.ROOT).contains("amaq");
  }

  /** The words without surrounding spaces and trailing punctuation. */
  private static String trimmed(String words) {
    return words.strip().replaceAll("[,.;:]+$", "");
  }
}
