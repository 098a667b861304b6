package org.sitrep.extract.responsibility;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.actor.MentionOrigin;
import org.sitrep.model.Slot;

/**
 * Reads claims of responsibility ("IS claimed responsibility for the attack", "ISIS takes credit
 * for ..."), blame ("carried out by", "blamed on", "behind the attack was") and denials from a
 * sentence, for the actors the dictionary finds in it. "No group claimed responsibility" and
 * "unknown gunmen" name no actor, so they yield nothing. Stateless and thread-safe.
 */
public final class ResponsibilityFinder {
  private static final Pattern CLAIM =
      Pattern.compile(
          "(?i)\\b(?:claim(?:s|ed|ing)?\\s+(?:responsibility|credit)|tak(?:es|ing|e)\\s+credit"
              + "|took\\s+credit|claimed\\s+(?:the|an?)\\s+(?:attack|bombing|blast|assault|killing))"
              + "\\b");

  /** Blame with its actor after the cue: "carried out by X", "blamed on X". */
  private static final Pattern PASSIVE_BLAME =
      Pattern.compile(
          "(?i)\\b(?:carried out by|blamed (?:it )?on|attributed (?:(?:the|this|it)\\s+\\w+\\s+)?to"
              + "|(?:attack|bombing|incident|it|blast|killing|abduction|kidnapping) (?:was|were)"
              + " attributed to|perpetrated by|committed by"
              + "|behind (?:the|them|it)\\b[^,.;]{0,40}?\\b(?:was|were|is|are)|accused"
              + "|(?:[Ss]uspected|[Aa]lleged|[Pp]resumed)(?!\\s+(?:of|in|that)\\b)"
              + "|suspected|blamed)\\b");

  /** Blame with its actor before the cue: "X was behind the attack", "X was responsible". */
  private static final Pattern ACTIVE_BLAME =
      Pattern.compile(
          "(?i)\\b(?:(?:was|were|is|are) behind|(?:was|were|is|are) responsible for"
              + "|carried out the|staged the|(?:was|were|is|are) (?:suspected|blamed|believed to)"
              + ")\\b");

  /**
   * The doers named as the subject of the attack: "Boko Haram militants abducted", "Members of the
   * ELN bombed", "ADF fighters raided". The actor stands right before the cue.
   */
  private static final Pattern SUBJECT =
      Pattern.compile(
          "^(?:\\s*\\([^)]{1,40}\\))?\\s+(?:(?:militants?|fighters?|rebels?|insurgents?|gunmen"
              + "|members?|operatives?|jihadists?|extremists?|separatists?|assailants?|cadres?"
              + "|guerrillas?)\\s+)?(?:(?:reportedly|allegedly|also)\\s+)?(?:attacked|raided"
              + "|ambushed|bombed|abducted|kidnapped|fired|stormed|killed|shot|detonated|set fire"
              + "|set ablaze|opened fire|hijacked|beheaded|massacred|launched|struck|torched"
              + "|executed|shelled|targeted|blew up|overran|seized)\\b");

  private static final Pattern MEMBERS_OF =
      Pattern.compile("(?i)\\b(?:members|fighters|militants|cadres|gunmen) (?:of|from) (?:the )?$");

  private static final Pattern DENIAL =
      Pattern.compile(
          "(?i)\\b(?:denied|denies|deny)\\b(?:\\s+\\w+){0,3}\\s+(?:responsibility|involvement|role)");

  private static final Pattern NOBODY =
      Pattern.compile("(?i)\\bno (?:group|one|organi[sz]ation)\\b[^.]{0,40}\\bclaim");

  /** "did not claim", "has yet to claim", "never claimed": no claim. */
  private static final Pattern NEGATED_CLAIM =
      Pattern.compile("(?i)\\b(?:not|never|n't|yet to|refused to|declined to)\\s+(?:\\w+\\s+)?$");

  private static final Pattern CHANNEL =
      Pattern.compile(
          "(?i)\\b(?:on|via|through|in a post on|on its)\\s+(telegram|twitter|x|facebook|its website)\\b"
              + "|\\bin a (statement)\\b");

  private final ActorDictionary actors;
  private final java.util.Set<String> countries;

  public ResponsibilityFinder(ActorDictionary actors) {
    this(actors, java.util.Set.of());
  }

  /**
   * A finder for a report set in {@code countries} (ISO codes): there an alias that needs context
   * names the actor whose home it is ("Maoists" in a report from India are the CPI-Maoist).
   */
  public ResponsibilityFinder(ActorDictionary actors, java.util.Set<String> countries) {
    this.actors = requireNonNull(actors, "actors");
    this.countries = java.util.Set.copyOf(requireNonNull(countries, "countries"));
  }

  /**
   * What {@code sentence} says of who did what it reports. "No group claimed responsibility" is no
   * claim, while the blame around it still counts ("; however, sources attributed the attack to
   * X").
   */
  public List<Responsibility> find(String sentence) {
    requireNonNull(sentence, "sentence");
    Matcher nobody = NOBODY.matcher(sentence);
    int claimsFrom = nobody.find() ? nobody.end() : 0;
    List<ActorMention> mentions =
        actors.find(sentence).stream()
            .filter(m -> m.origin() != MentionOrigin.MEDIA_OUTLET)
            .filter(m -> !m.needsContext() || isHome(m))
            .toList();
    List<Responsibility> found = new ArrayList<>();
    subject(sentence, mentions)
        .ifPresent(actor -> found.add(new Responsibility(Slot.PERPETRATOR, actor, null)));
    for (Cue cue : CUES) {
      Matcher matcher = cue.pattern().matcher(sentence);
      if (!matcher.find(cue.slot() == Slot.CLAIMED_BY ? claimsFrom : 0)
          || cue.slot() == Slot.CLAIMED_BY
              && NEGATED_CLAIM.matcher(sentence.substring(0, matcher.start())).find()) {
        continue;
      }
      Optional<ActorMention> actor =
          cue.actorBefore()
              ? lastBefore(mentions, matcher.start())
              : firstAfter(mentions, matcher.end());
      if (actor.isPresent() && !told(found, cue.slot(), actor.get())) {
        found.add(new Responsibility(cue.slot(), actor.get(), via(sentence)));
        // A denial leaves room for the blame it answers: "X was blamed, but denied involvement".
        if (cue.slot() != Slot.DENIED_BY) {
          break;
        }
      }
    }
    return List.copyOf(found);
  }

  private static boolean told(List<Responsibility> found, Slot slot, ActorMention actor) {
    return found.stream()
        .anyMatch(r -> r.slot() == slot && r.actor().actor().equals(actor.actor()));
  }

  private boolean isHome(ActorMention mention) {
    String home = mention.actor().country();
    return home != null && countries.contains(home);
  }

  /** The first actor named as the doer of the attack: "Boko Haram militants abducted ...". */
  private static Optional<ActorMention> subject(String sentence, List<ActorMention> mentions) {
    for (ActorMention mention : mentions) {
      if (SUBJECT.matcher(sentence.substring(mention.end())).find()
          && (atClauseStart(sentence, mention.start())
              || MEMBERS_OF.matcher(sentence.substring(0, mention.start())).find())) {
        return Optional.of(mention);
      }
    }
    return Optional.empty();
  }

  /** Whether only a determiner or a date stands before the offset in its clause. */
  private static boolean atClauseStart(String sentence, int offset) {
    String before = sentence.substring(0, offset);
    return before.matches("(?s)(?:.*[.;:]\\s*)?(?:[Tt]he\\s+|[Ss]uspected\\s+|[Aa]rmed\\s+)?");
  }

  /** The spans of the actors the dictionary finds in a document's text. */
  public List<org.sitrep.model.Span> actorSpans(String documentId, String text) {
    return actors.find(text).stream()
        .map(m -> new org.sitrep.model.Span(documentId, m.start(), m.end()))
        .toList();
  }

  /** A cue and where its actor stands: before it ("X claimed") or after it ("claimed by X"). */
  private record Cue(Pattern pattern, Slot slot, boolean actorBefore) {}

  private static final List<Cue> CUES =
      List.of(
          new Cue(DENIAL, Slot.DENIED_BY, true),
          new Cue(Pattern.compile("(?i)\\bclaimed by\\b"), Slot.CLAIMED_BY, false),
          new Cue(CLAIM, Slot.CLAIMED_BY, true),
          new Cue(PASSIVE_BLAME, Slot.PERPETRATOR, false),
          new Cue(ACTIVE_BLAME, Slot.PERPETRATOR, true));

  private static Optional<ActorMention> lastBefore(List<ActorMention> mentions, int offset) {
    ActorMention last = null;
    for (ActorMention mention : mentions) {
      if (mention.end() <= offset) {
        last = mention;
      }
    }
    return Optional.ofNullable(last);
  }

  private static Optional<ActorMention> firstAfter(List<ActorMention> mentions, int offset) {
    return mentions.stream().filter(mention -> mention.start() >= offset).findFirst();
  }

  private String via(String sentence) {
    List<ActorMention> outlets = actors.findMediaOutlets(sentence);
    if (!outlets.isEmpty()) {
      return outlets.get(0).text();
    }
    Matcher channel = CHANNEL.matcher(sentence);
    if (channel.find()) {
      String word = channel.group(1) != null ? channel.group(1) : channel.group(2);
      return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
    return null;
  }
}
