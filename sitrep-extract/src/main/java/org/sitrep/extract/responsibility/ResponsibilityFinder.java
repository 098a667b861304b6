package org.sitrep.extract.responsibility;

import static java.util.Objects.requireNonNull;

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
          "(?i)\\b(?:carried out by|blamed (?:it )?on|attributed to|perpetrated by|committed by"
              + "|behind (?:the|them|it)\\b[^,.;]{0,40}?\\b(?:was|were|is|are)|accused)\\b");

  /** Blame with its actor before the cue: "X was behind the attack", "X was responsible". */
  private static final Pattern ACTIVE_BLAME =
      Pattern.compile(
          "(?i)\\b(?:(?:was|were|is|are) behind|(?:was|were|is|are) responsible for"
              + "|carried out the|staged the)\\b");

  private static final Pattern DENIAL =
      Pattern.compile(
          "(?i)\\b(?:denied|denies|deny)\\b(?:\\s+\\w+){0,3}\\s+(?:responsibility|involvement|role)");

  private static final Pattern NOBODY =
      Pattern.compile("(?i)\\bno (?:group|one|organi[sz]ation)\\b[^.]{0,40}\\bclaim");

  private static final Pattern CHANNEL =
      Pattern.compile(
          "(?i)\\b(?:on|via|through|in a post on|on its)\\s+(telegram|twitter|x|facebook|its website)\\b"
              + "|\\bin a (statement)\\b");

  private final ActorDictionary actors;

  public ResponsibilityFinder(ActorDictionary actors) {
    this.actors = requireNonNull(actors, "actors");
  }

  /** What {@code sentence} says of who did what it reports. */
  public List<Responsibility> find(String sentence) {
    requireNonNull(sentence, "sentence");
    if (NOBODY.matcher(sentence).find()) {
      return List.of();
    }
    List<ActorMention> mentions =
        actors.find(sentence).stream()
            .filter(m -> m.origin() != MentionOrigin.MEDIA_OUTLET && !m.needsContext())
            .toList();
    for (Cue cue : CUES) {
      Matcher matcher = cue.pattern().matcher(sentence);
      if (!matcher.find()) {
        continue;
      }
      Optional<ActorMention> actor =
          cue.actorBefore()
              ? lastBefore(mentions, matcher.start())
              : firstAfter(mentions, matcher.end());
      if (actor.isPresent()) {
        return List.of(new Responsibility(cue.slot(), actor.get(), via(sentence)));
      }
    }
    return List.of();
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
