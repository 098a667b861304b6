package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;

/**
 * The dead a report tells in parts, each part about other people than the rest: the victims a
 * killer killed and, in another sentence, his own death ("had killed his son, his wife and her
 * mother" … "he killed himself": four); or people told by words that cannot name one person twice
 * ("The woman died at the scene. The man and the girl … later died": three). A count of the
 * report's own that is as large already holds them, and then nothing is added. Stateless and
 * thread-safe.
 */
final class DeadToldApart {
  private DeadToldApart() {}

  /** A count of the dead told as those a killer killed: "killed his wife", "killing three". */
  private static final Pattern KILLED_BY_SOMEONE =
      Pattern.compile(
          "(?i)^(?:shot and killed|fatally shot|killed|killing|murdered|murdering|shooting and killing"
              + "|fatally shooting|executed)\\s");

  /** Words of a killer's own death: "himself", "his own life", "suicide". */
  static final Pattern OWN_DEATH =
      Pattern.compile("(?i)\\b(?:him|her)self\\b|\\bown life\\b|\\bsuicide\\b");

  /** A killing whose subject is the event, not a person: "the murder-suicide killed three". */
  private static final Pattern EVENT_AS_KILLER =
      Pattern.compile(
          "(?i)\\b(?:shooting|attack|murder-suicide|murder suicide|incident|violence|rampage|fire"
              + "|blast|explosion|crash)\\s+(?:that\\s+|which\\s+)?(?:has\\s+|had\\s+)?(?:also\\s+)?$");

  /** The words for one person of whom no report tells twice under another of them. */
  private static final Pattern PERSON_WORD = Pattern.compile("\\b(man|woman|boy|girl)\\b");

  /**
   * The count of the killer's victims and his own death, when the report tells them apart and no
   * count of its own is as large: the largest count of those someone killed, plus one.
   */
  static Optional<Claim> victimsAndKiller(
      List<Claim> claims, Document document, LocalDate published) {
    List<Claim> dead = exactDead(claims);
    Claim victims = null;
    Claim own = null;
    for (Claim claim : dead) {
      String words = document.textOf(claim.evidence());
      if (OWN_DEATH.matcher(words).find() || ownDeathAfter(document, claim.evidence())) {
        if (stated(claim) == 1 && own == null) {
          own = claim;
        }
      } else if (KILLED_BY_SOMEONE.matcher(words).find()
          && !killedByTheEvent(document, claim.evidence())
          && (victims == null || stated(claim) > stated(victims))) {
        victims = claim;
      }
    }
    if (victims == null || own == null) {
      return Optional.empty();
    }
    return total(stated(victims) + 1, List.of(victims, own), claims, published);
  }

  /**
   * The count of the dead told one by one by words that are never the same person twice (a man, a
   * woman, a boy, a girl), when two or more remain and no count of the report's own is as large. A
   * man and a boy, or a woman and a girl, are two only when the report tells them together ("a
   * woman and a girl were found"): a teenager is often both.
   */
  static Optional<Claim> peopleOneByOne(
      List<Claim> claims, Document document, LocalDate published) {
    Set<String> people = new LinkedHashSet<>();
    List<Claim> telling = new ArrayList<>();
    for (Claim claim : exactDead(claims)) {
      List<String> words = personWords(document.textOf(claim.evidence()));
      if (!words.isEmpty()
          && opensSentence(document, claim.evidence())
          && words.size() == stated(claim)
          && words.stream().distinct().count() == words.size()) {
        people.addAll(words);
        telling.add(claim);
      }
    }
    if (people.contains("man") && people.contains("boy") && !toldTogether(document, "man", "boy")) {
      people.remove("boy");
    }
    if (people.contains("woman")
        && people.contains("girl")
        && !toldTogether(document, "woman", "girl")) {
      people.remove("girl");
    }
    if (people.size() < 2) {
      return Optional.empty();
    }
    return total(people.size(), telling, claims, published);
  }

  private static Optional<Claim> total(
      long count, List<Claim> parts, List<Claim> claims, LocalDate published) {
    if (NamedDead.covered(count, claims)) {
      return Optional.empty();
    }
    Span first =
        parts.stream().map(Claim::evidence).min((a, b) -> a.start() - b.start()).orElseThrow();
    int end = parts.stream().mapToInt(claim -> claim.evidence().end()).max().orElseThrow();
    return Optional.of(NamedDead.deadOfParts(count, first, end, published));
  }

  /** The report's exact counts of everyone dead, not the perpetrators' own. */
  private static List<Claim> exactDead(List<Claim> claims) {
    return claims.stream()
        .filter(claim -> claim.slot() == Slot.FATALITIES && claim.group() == null)
        .filter(claim -> !claim.attribution().isPerpetrator())
        .filter(claim -> !claim.evidence().inTitle())
        .filter(claim -> exact((Quantity) claim.value()))
        .toList();
  }

  private static boolean exact(Quantity quantity) {
    Long single = quantity.single();
    return single != null && single > 0;
  }

  private static long stated(Claim claim) {
    return ((Quantity) claim.value()).stated();
  }

  /** "He killed" read before "himself": the words right after the evidence tell whose death. */
  private static boolean ownDeathAfter(Document document, Span evidence) {
    String text = document.text();
    int end = Math.min(text.length(), evidence.end() + 12);
    return evidence.end() <= text.length()
        && OWN_AFTER.matcher(text.substring(evidence.end(), end)).lookingAt();
  }

  private static final Pattern OWN_AFTER = Pattern.compile("\\s+(?:him|her)self\\b");

  private static boolean killedByTheEvent(Document document, Span evidence) {
    String text = document.text();
    int from = Math.max(0, evidence.start() - 60);
    return evidence.start() <= text.length()
        && EVENT_AS_KILLER.matcher(text.substring(from, evidence.start())).find();
  }

  /**
   * Whether the evidence opens its sentence, so that the people it names are what the sentence
   * tells of ("The woman died at the scene"), not someone described in passing ("is related to a
   * 3-year-old girl who was killed last week").
   */
  private static boolean opensSentence(Document document, Span evidence) {
    String text = document.text();
    int at = evidence.start() - 1;
    while (at >= 0 && Character.isWhitespace(text.charAt(at))) {
      at--;
    }
    return at < 0 || ".!?\"”".indexOf(text.charAt(at)) >= 0;
  }

  private static List<String> personWords(String words) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PERSON_WORD.matcher(words.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /** Whether a sentence of the report joins the two words as two people: "a woman and a girl". */
  private static boolean toldTogether(Document document, String one, String other) {
    String pair = "(?:" + one + "|" + other + ")";
    Pattern together =
        Pattern.compile(
            "(?i)\\b" + pair + "\\b[^.;]{0,30}?(?:,|\\band\\b)[^.;]{0,30}?\\b" + pair + "\\b");
    Matcher matcher = together.matcher(document.text());
    while (matcher.find()) {
      String said = matcher.group().toLowerCase(Locale.ROOT);
      if (said.matches("(?s).*\\b" + one + "\\b.*")
          && said.matches("(?s).*\\b" + other + "\\b.*")) {
        return true;
      }
    }
    return false;
  }
}
