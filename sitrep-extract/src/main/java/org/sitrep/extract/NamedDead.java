package org.sitrep.extract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.extract.figure.Figure;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EventFigures;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;

/**
 * The dead a report tells one by one by name: "Jaxon Reed, 6, was pronounced dead" and, later,
 * "Morgan Reed died Tuesday" tell two deaths, though each sentence counts one. Names one inside the
 * other ("Reed", "Jaxon Reed") are one person; the same surname with other given names is another.
 * Stateless and thread-safe.
 */
final class NamedDead {
  /**
   * One death told of a named person: the name, the words that tell it, and whether the sentence
   * puts it down to another cause or time than the event's ("died in a car crash").
   */
  record Victim(String name, Span evidence, boolean otherCause) {
    Victim {
      requireNonNull(name, "name");
      requireNonNull(evidence, "evidence");
    }
  }

  private NamedDead() {}

  /**
   * The name of the one person whose death {@code figure} tells, when a person the tagger found is
   * its subject ("Jaxon Reed, 6, was pronounced dead") or its object ("killed Jane Doe"); offsets
   * of the figure are the sentence's, which starts at {@code sentenceStart}.
   */
  static Optional<String> nameOf(
      Figure figure, String sentence, List<EntityMention> persons, int sentenceStart) {
    Long stated = figure.quantity().stated();
    if (figure.slot() != Slot.FATALITIES
        || figure.group() != null
        || figure.part()
        || stated == null
        || stated != 1
        || figure.quantity().low() == null
        || figure.quantity().high() == null) {
      return Optional.empty();
    }
    int first = sentenceStart + figure.start();
    int last = sentenceStart + figure.end() - 1;
    return persons.stream()
        .filter(person -> "PERSON".equals(person.type()) && isName(person.text()))
        .filter(person -> !possessor(person, sentence, sentenceStart))
        .filter(
            person ->
                contains(person, first)
                    || contains(person, last)
                    || inApposition(person, figure, sentence, sentenceStart))
        .map(EntityMention::text)
        .findFirst();
  }

  /**
   * The names of the people whose deaths {@code figure} tells, person by person: the one name of a
   * death told alone ({@link #nameOf}), or, for a count, the names it lists ("Jo Doe, 9, and Ann
   * Doe, 12, were shot dead") with, when the count holds the killer's own death ("fatally shot A
   * and B before committing suicide") and names one fewer, the name of the killer the sentence
   * opens with. Empty unless the names are exactly as many as the count: a count whose people are
   * not all named tells no one apart.
   */
  static List<String> namesOf(
      Figure figure, String sentence, List<EntityMention> persons, int sentenceStart) {
    Optional<String> one = nameOf(figure, sentence, persons, sentenceStart);
    if (one.isPresent()) {
      return List.of(one.get());
    }
    Long stated = figure.quantity().single();
    if (figure.slot() != Slot.FATALITIES
        || figure.group() != null
        || figure.part()
        || stated == null
        || stated < 2) {
      return List.of();
    }
    int first = sentenceStart + figure.start();
    int end = sentenceStart + figure.end();
    List<String> names = new ArrayList<>();
    persons.stream()
        .filter(person -> "PERSON".equals(person.type()) && isName(person.text()))
        .filter(person -> !possessor(person, sentence, sentenceStart))
        .filter(person -> person.start() >= first && person.end() <= end)
        .map(EntityMention::text)
        .filter(name -> !names.contains(name))
        .forEach(names::add);
    if (names.size() + 1 == stated
        && DeadToldApart.OWN_DEATH
            .matcher(sentence.substring(figure.start(), figure.end()))
            .find()) {
      subjectOf(sentence, persons, sentenceStart, figure.start())
          .filter(killer -> !names.contains(killer))
          .ifPresent(names::add);
    }
    return names.size() == stated ? List.copyOf(names) : List.of();
  }

  /** People told found dead: "found Jo Doe, 44, his wife, Ann Doe, 41, and their son, Al, dead". */
  private static final Pattern FOUND_DEAD =
      Pattern.compile(
          "\\b(?:found|discovered)\\s+([^.;:]{1,200}?)\\s+(?:all\\s+|both\\s+)?dead\\b");

  /** Words between "found" and "dead" that tell another clause or someone found alive. */
  private static final Pattern NOT_ALL_DEAD =
      Pattern.compile(
          "(?i)\\b(?:who|whom|that|said|told|was|were|is|are|has|had|alive|injured|wounded|hurt"
              + "|unharmed|bleeding|but|while)\\b");

  /**
   * The names of the people a sentence tells found dead, one by one: "They found Jo Doe, 44, his
   * wife, Ann Doe, 41, and their children, Al, 12, and Bea, 9, dead inside" names four dead. Empty
   * when the words between tell another clause or someone found alive.
   */
  static List<String> foundDead(String sentence, List<EntityMention> persons, int sentenceStart) {
    Matcher found = FOUND_DEAD.matcher(sentence);
    if (!found.find() || NOT_ALL_DEAD.matcher(found.group(1)).find()) {
      return List.of();
    }
    int from = sentenceStart + found.start(1);
    int to = sentenceStart + found.end(1);
    List<String> names = new ArrayList<>();
    persons.stream()
        .filter(person -> "PERSON".equals(person.type()) && isName(person.text()))
        .filter(person -> person.start() >= from && person.end() <= to)
        .filter(person -> !possessor(person, sentence, sentenceStart))
        .filter(
            person ->
                !POSSESSIVE.matcher(sentence.substring(person.end() - sentenceStart)).lookingAt())
        .sorted(Comparator.comparingInt(EntityMention::start))
        .map(EntityMention::text)
        .filter(name -> !names.contains(name))
        .forEach(names::add);
    return List.copyOf(names);
  }

  /**
   * A killer's own death told as done: "then killed himself", "before turning the gun on himself",
   * "committed suicide", "took his own life".
   */
  private static final Pattern OWN_DEATH =
      Pattern.compile(
          "(?i)\\b(?:(?:killed|killing|kills)\\s+(?:him|her)self"
              + "|(?:turned|turning|turns)\\s+(?:the|a|his|her)\\s+(?:gun|weapon|rifle|shotgun|handgun"
              + "|pistol|firearm)\\s+on\\s+(?:him|her)self"
              + "|(?:took|taking|takes)\\s+(?:his|her)\\s+own\\s+life"
              + "|(?:committed|committing|commits)\\s+suicide)\\b");

  /** Words before a death that was not done: "tried to kill himself", "threatened suicide". */
  private static final Pattern NOT_DONE =
      Pattern.compile(
          "(?i)\\b(?:try|tried|trying|attempt|attempted|attempting|threaten|threatened|threatening"
              + "|want|wanted|wanting|plan|planned|planning|going|would|could|might|may|not|never"
              + "|if|before he could|before she could)\\s+(?:to\\s+)?(?:have\\s+)?$");

  /**
   * The name of the killer whose own death the sentence tells without counting it ("Husband and
   * father Jo Doe, 41, is believed to have killed his children before he turned the gun on
   * himself"), when the sentence opens with his name.
   */
  static Optional<String> ownDeathOf(
      String sentence, List<EntityMention> persons, int sentenceStart) {
    Matcher own = OWN_DEATH.matcher(sentence);
    if (!own.find()
        || NOT_DONE.matcher(sentence.substring(Math.max(0, own.start() - 30), own.start())).find()
        || otherCause(sentence)) {
      return Optional.empty();
    }
    return subjectOf(sentence, persons, sentenceStart, own.start());
  }

  /**
   * The name the sentence opens with as the subject of what is told at {@code before}: at most four
   * words before it ("Husband and father Jo Doe"), not a possessor ("Jo Doe's husband"), with no
   * words of speech, finding or an agent between it and {@code before} ("Jo Doe told police that
   * …", "Jo Doe was shot by …") and no relative clause just before ("… a man who then killed
   * himself").
   */
  private static Optional<String> subjectOf(
      String sentence, List<EntityMention> persons, int sentenceStart, int before) {
    Optional<EntityMention> first =
        persons.stream()
            .filter(person -> "PERSON".equals(person.type()))
            .filter(person -> person.start() >= sentenceStart)
            .min(Comparator.comparingInt(EntityMention::start));
    if (first.isEmpty() || !isName(first.get().text())) {
      return Optional.empty();
    }
    int at = first.get().start() - sentenceStart;
    int after = first.get().end() - sentenceStart;
    if (after > before
        || sentence.substring(0, at).trim().split("\\s+").length > 4
        || POSSESSIVE.matcher(sentence.substring(after)).lookingAt()
        || SPEECH.matcher(sentence.substring(after, before)).find()
        || RELATIVE.matcher(sentence.substring(Math.max(after, before - 40), before)).find()) {
      return Optional.empty();
    }
    return Optional.of(first.get().text());
  }

  /**
   * Someone else's deed told of the subject: "Jo Doe was shot by a man who then killed himself".
   */
  private static final Pattern RELATIVE = Pattern.compile("(?i)\\bwho\\b|\\bwhom\\b");

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?\\b");

  /** Words of speech or of finding, after which another clause tells someone else's deed. */
  private static final Pattern SPEECH =
      Pattern.compile(
          "(?i)\\b(?:said|says|say|told|tells|according|that|found|discovered|learned|heard|saw"
              + "|called|reported|reports|by)\\b|[\"“;:]");

  /**
   * The words of a death's subject before a name set beside it: "The neighbor, 64-year-old " in
   * "The neighbor, 64-year-old Ron Keller, died at the scene", "The shooter, " in "The shooter,
   * Dale Jensen, 70, died".
   */
  private static final Pattern BEFORE_APPOSITION =
      Pattern.compile(
          "^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+,\\s+"
              + "(?:\\d{1,3}-year-old\\s+)?$");

  private static boolean inApposition(
      EntityMention person, Figure figure, String sentence, int sentenceStart) {
    int at = person.start() - sentenceStart;
    return at > figure.start()
        && at < figure.end()
        && BEFORE_APPOSITION.matcher(sentence.substring(figure.start(), at)).matches();
  }

  /**
   * A death of another cause or another time than the event: "his grandfather died in a car crash
   * after it", "the previous month, Jo Doe was shot and killed".
   */
  private static final Pattern OTHER_CAUSE =
      Pattern.compile(
          "(?i)\\b(?:the previous|the prior|last|earlier this) (?:week|month|year|summer|spring|fall"
              + "|winter)\\b|\\b(?:weeks|months|years) (?:ago|earlier|before)\\b|"
              + "\\b(?:crash|collision|wreck|overdose|natural causes|illness|cancer)\\b");

  /**
   * Kin or staff of a named person: "the grandson of Illinois U.S. Rep. Jo Reed was fatally shot".
   */
  private static final Pattern OF_BEFORE = Pattern.compile("\\bof\\s+(?:\\p{Lu}\\S*\\s+){0,4}$");

  private static boolean possessor(EntityMention person, String sentence, int sentenceStart) {
    int at = person.start() - sentenceStart;
    return at >= 0
        && at <= sentence.length()
        && OF_BEFORE.matcher(sentence.substring(0, at)).find();
  }

  /** Whether {@code sentence} puts a death down to another cause or time than the event's. */
  static boolean otherCause(String sentence) {
    return OTHER_CAUSE.matcher(sentence).find();
  }

  /** Whether the tagger's person is a name: "Jo Reed", not "he" or "her". */
  private static boolean isName(String text) {
    return NAME.matcher(text).matches() && !PRONOUN.matcher(text).matches();
  }

  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*");

  private static final Pattern PRONOUN =
      Pattern.compile("(?i)he|she|him|her|his|hers|they|them|their|i|we|you|it");

  private static boolean contains(EntityMention mention, int offset) {
    return mention.start() <= offset && offset < mention.end();
  }

  /**
   * A count of the named dead when the report tells of two or more and none of its counts already
   * covers them: its evidence runs from the first death told to the last.
   */
  static Optional<Claim> total(
      List<Victim> victims, List<Claim> claims, List<String> reportNames, LocalDate published) {
    // A person the report says died of another cause is not the event's dead, however else told.
    List<Set<String>> otherCause =
        victims.stream().filter(Victim::otherCause).map(v -> words(v.name())).toList();
    List<Victim> named =
        victims.stream()
            .filter(victim -> !samePerson(words(victim.name()), otherCause))
            .sorted(Comparator.comparingInt(NamedDead::start))
            .toList();
    long count = distinct(named.stream().map(Victim::name).toList(), reportNames);
    if (count < 2 || covered(count, claims)) {
      return Optional.empty();
    }
    Span first = named.get(0).evidence();
    int end = named.stream().mapToInt(victim -> victim.evidence().end()).max().orElseThrow();
    return Optional.of(deadOfParts(count, first, end, published));
  }

  /**
   * The reporter's count of the dead a report tells in parts, with the words from the first part's
   * start to the last part's end as its evidence.
   */
  static Claim deadOfParts(long count, Span first, int end, LocalDate published) {
    return new Claim(
        Slot.FATALITIES,
        Quantity.exact(count),
        null,
        new Span(first.documentId(), first.start(), end),
        Attribution.REPORTER,
        published);
  }

  private static boolean samePerson(Set<String> name, List<Set<String>> others) {
    return others.stream().anyMatch(other -> other.containsAll(name) || name.containsAll(other));
  }

  private static int start(Victim victim) {
    return victim.evidence().start();
  }

  /** Whether a count of the dead the report gives is as large as {@code count}. */
  static boolean covered(long count, List<Claim> claims) {
    Long best = EventFigures.figure(claims, Slot.FATALITIES).best();
    if (best != null && best >= count) {
      return true;
    }
    return claims.stream()
        .filter(claim -> claim.slot() == Slot.FATALITIES && !claim.attribution().isPerpetrator())
        .map(claim -> (Quantity) claim.value())
        .anyMatch(quantity -> floor(quantity) >= count);
  }

  private static long floor(Quantity quantity) {
    Long floor = quantity.low() != null ? quantity.low() : quantity.stated();
    return floor != null ? floor : 0;
  }

  /**
   * How many people the names are. A name stands for the one fuller name of the report that holds
   * it ("Joshua" and "Guzman" for "Joshua Guzman"); a name held by several ("Reed" when the report
   * names "Jaxon Reed" and "Morgan Reed") could be any of them and counts no one. Names one inside
   * the other are one person.
   */
  static long distinct(List<String> names, List<String> reportNames) {
    List<Set<String>> full =
        maximal(reportNames.stream().filter(NamedDead::isName).map(NamedDead::words).toList());
    List<Set<String>> people = new ArrayList<>();
    for (String name : names) {
      Set<String> words = words(name);
      List<Set<String>> holders = full.stream().filter(f -> f.containsAll(words)).toList();
      if (holders.size() <= 1 && !words.isEmpty()) {
        people.add(holders.isEmpty() ? words : holders.get(0));
      }
    }
    return maximal(people).size();
  }

  /** The distinct names that are inside no other name. */
  private static List<Set<String>> maximal(List<Set<String>> names) {
    List<Set<String>> distinct = names.stream().filter(n -> !n.isEmpty()).distinct().toList();
    return distinct.stream()
        .filter(
            name ->
                distinct.stream()
                    .noneMatch(other -> !other.equals(name) && other.containsAll(name)))
        .toList();
  }

  private static Set<String> words(String name) {
    String plain = name.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "");
    return Arrays.stream(plain.split("[^\\p{L}\\d'’-]+"))
        .filter(word -> !word.isBlank())
        .collect(Collectors.toUnmodifiableSet());
  }
}
