package org.sitrep.extract.event;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.event.Trigger.Mood;
import org.sitrep.model.SubEventType;

/**
 * Finds event triggers in a sentence and tells whether the sentence reports the event as having
 * happened. Where triggers overlap, the more specific wins ("suicide bombing" over "bombing"). A
 * trigger is {@link Mood#HYPOTHETICAL} when a word of threat, fear, plan or possibility stands in
 * the few words before it ("could target crowds with suicide bombings", "to prevent missile
 * attacks"), {@link Mood#NEGATED} when a negation does ("no attack"), and {@link Mood#AGGREGATE}
 * when a count of several stands right before a plural ("77 attacks"). Stateless and thread-safe.
 */
public final class TriggerFinder {
  /**
   * "May" the verb, not the month: not before a day ("on May 12", "May 8, 2016") nor after a word
   * that names a time ("in May", "since May", "early May").
   */
  private static final String MAY_THE_VERB =
      "(?<!\\b(?:in|of|on|since|until|till|by|from|to|through|last|early|late|mid|this|next|"
          + "before|after|during)[\\s-])may(?!\\s+\\d|,?\\s+(?:19|20)\\d\\d)";

  private static final Pattern HYPOTHETICAL =
      Pattern.compile(
          "(?i)\\b(?:could|might|"
              + MAY_THE_VERB
              + "|would|(?<!life-)threat\\w*|warn\\w*|fear\\w*|concerns?|risks?"
              + "|plan(?:s|ned|ning)?|plot(?:s|ted|ting)?|possible|possibly|potential\\w*|prevent\\w*|if|unless"
              + "|intend\\w*|aim\\w* to|try(?:ing)? to|seek\\w* to|vow\\w*|prepar\\w* for"
              + "|expect\\w*|likely|danger\\w*)\\b");

  /** A trigger that is a finite verb of the past: "shot", "opened fire", "stabbed". */
  private static final Pattern PAST_VERB =
      Pattern.compile("(?i)shot(?: dead)?|opened fire|gunned down|\\p{L}+ed");

  /** "and" or "but" with at most two adverbs before the verb: "and accidentally shot". */
  private static final Pattern COORDINATED =
      Pattern.compile("(?i)\\b(?:and|but)(?:\\s+\\p{L}+ly){0,2}\\s*$");

  private static final Pattern NEGATION =
      Pattern.compile("(?i)\\b(?:no|not|never|without|nor|n't)\\b|n't\\b");

  private static final Pattern COUNT_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:[5-9]|\\d{2,}|\\d{1,3}(?:,\\d{3})+)|\\b(?:five|six|seven|eight|nine|ten|eleven|twelve"
              + "|dozens of|hundreds of|scores of|several|many|multiple|numerous|a series of"
              + "|a spate of|a wave of|a string of|recent|repeated|frequent|such"
              // "a dramatic rise in the number of shootings and homicides": a statistic.
              + "|(?:the|a)\\s+(?:total\\s+)?number\\s+of|(?:rise|increase|spike|uptick|surge"
              + "|jump|drop|decline)\\s+in))"
              + "(?:\\s+[\\p{L}-]+){0,2}\\s*$");

  /** A modal right after the trigger: "an attack on the airport would be a blow". */
  private static final Pattern MODAL_AFTER =
      Pattern.compile(
          "(?i)^(?:\\s+[\\p{L}'’-]+){0,5}?\\s+(?:would|could|might|" + MAY_THE_VERB + ")\\b");

  /** A date or a year right before a plural names one event: "the November 13, 2015 attacks". */
  private static final Pattern DATE_NUMBER_BEFORE =
      Pattern.compile(
          "(?i)(?:(?:january|february|march|april|may|june|july|august|september|october"
              + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s+"
              + "\\d{1,2}(?:,?\\s+\\d{4})?|\\d/\\d{1,2}|\\b(?:19|20)\\d{2})\\s*$");

  /** A determiner up to two words before: "the attacks", "the September 11 attacks". */
  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:the|these|those|both|twin|two|three|four|its|their|his|her|such)"
              + "(?:\\s+\\S+){0,3}\\s*$");

  private static final Pattern EVENT_PLURAL =
      Pattern.compile(
          "(?i)(?:attacks|clashes|bombings|strikes|raids|assaults|killings|kidnappings|abductions"
              + "|shootings|protests|demonstrations|riots|ambushes|airstrikes|massacres|murders)$");

  private static final java.util.Set<SubEventType> EXPLOSIVES =
      java.util.EnumSet.of(
          SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
          SubEventType.SUICIDE_BOMB,
          SubEventType.GRENADE);

  /** A strike aimed at a weapon: "an air attack on an IS-prepared car bomb", "a raid against". */
  private static final Pattern TARGETED_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:strikes?|airstrikes?|attacks?|raids?)\\s+(?:on|against|targeting)\\s+"
              + "(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+){0,2}$");

  /** The triggers of {@code sentence}, in text order. */
  public List<Trigger> find(String sentence) {
    requireNonNull(sentence, "sentence");
    List<Trigger> chosen = new ArrayList<>();
    List<Trigger> targets = new ArrayList<>();
    for (TriggerLexicon.Entry entry : TriggerLexicon.ENTRIES) {
      Matcher matcher = entry.pattern().matcher(sentence);
      while (matcher.find()) {
        if (overlapsAny(chosen, matcher.start(), matcher.end())
            || overlapsAny(targets, matcher.start(), matcher.end())) {
          continue;
        }
        if (EXPLOSIVES.contains(entry.subtype())
            && TARGETED_BEFORE.matcher(sentence.substring(0, matcher.start())).find()) {
          // "an air attack on an IS-prepared car bomb": the bomb was the target, not an event.
          targets.add(
              new Trigger(
                  matcher.start(), matcher.end(), entry.subtype(), Mood.FACTUAL, entry.generic()));
          continue;
        }
        Mood mood = mood(sentence, matcher.start(), matcher.end(), entry.generic());
        chosen.add(
            new Trigger(matcher.start(), matcher.end(), entry.subtype(), mood, entry.generic()));
      }
    }
    chosen.sort(Comparator.comparingInt(Trigger::start));
    return List.copyOf(chosen);
  }

  private static boolean overlapsAny(List<Trigger> triggers, int start, int end) {
    for (Trigger trigger : triggers) {
      if (start < trigger.end() && trigger.start() < end) {
        return true;
      }
    }
    return false;
  }

  private static Mood mood(String sentence, int start, int end, boolean generic) {
    String before = clauseBefore(sentence.substring(0, start));
    String words = sentence.substring(start, end);
    String rawBefore = sentence.substring(0, start);
    if (isEventPlural(words) && (countedBefore(rawBefore) || generic && bare(rawBefore))) {
      return Mood.AGGREGATE;
    }
    if (hypotheticalBefore(before, words)
        || MODAL_AFTER.matcher(clauseAfter(sentence, end)).find()) {
      return Mood.HYPOTHETICAL;
    }
    if (NEGATION.matcher(lastWords(before, 3)).find()) {
      return Mood.NEGATED;
    }
    return Mood.FACTUAL;
  }

  /**
   * A word of threat, plan or attempt before the trigger, unless a finite verb of the past joined
   * after it with "and" or "but" tells what did happen: "was trying to take a selfie with a handgun
   * and accidentally shot himself".
   */
  private static boolean hypotheticalBefore(String before, String words) {
    Matcher hypothetical = HYPOTHETICAL.matcher(before);
    int last = -1;
    while (hypothetical.find()) {
      last = hypothetical.end();
    }
    if (last < 0) {
      return false;
    }
    return !(PAST_VERB.matcher(words).matches()
        && COORDINATED.matcher(before.substring(last)).find());
  }

  /**
   * A count of several right before: "77 attacks", "several recent attacks"; not "September 11".
   */
  private static boolean countedBefore(String before) {
    String last = lastWords(before, 4);
    return COUNT_BEFORE.matcher(last).find() && !DATE_NUMBER_BEFORE.matcher(last).find();
  }

  /** A plural with no determiner: "a base for attacks", "last year's attacks" — generic talk. */
  private static boolean bare(String before) {
    String last = lastWords(before, 4);
    return !DETERMINER_BEFORE.matcher(last).find() && !DATE_NUMBER_BEFORE.matcher(last).find();
  }

  /** Plurals of event nouns; plurals of munitions ("six missiles") are one event's weapons. */
  private static boolean isEventPlural(String words) {
    return EVENT_PLURAL.matcher(words).find();
  }

  /** The clause that starts where {@code end} is, up to its next boundary. */
  private static String clauseAfter(String sentence, int end) {
    String after = sentence.substring(end);
    int boundary = after.length();
    for (char mark : new char[] {',', ';', ':', '.', '!', '?'}) {
      int at = after.indexOf(mark);
      if (at >= 0) {
        boundary = Math.min(boundary, at);
      }
    }
    return after.substring(0, boundary);
  }

  /** The text of the clause that ends where {@code text} ends. */
  private static String clauseBefore(String text) {
    int boundary = -1;
    for (char mark : new char[] {',', ';', ':', '.', '!', '?', '"', '\u201c', '\u201d'}) {
      boundary = Math.max(boundary, text.lastIndexOf(mark));
    }
    return text.substring(boundary + 1);
  }

  /** The last {@code count} words of {@code text}, stopping at a clause boundary. */
  private static String lastWords(String text, int count) {
    int boundary =
        Math.max(
            Math.max(text.lastIndexOf(';'), text.lastIndexOf(':')),
            Math.max(text.lastIndexOf('.'), text.lastIndexOf('"')));
    String clause = boundary >= 0 ? text.substring(boundary + 1) : text;
    String[] words = clause.strip().split("\\s+");
    int from = Math.max(0, words.length - count);
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
  }
}
