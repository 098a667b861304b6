package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.EventFigures;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;

/**
 * The attacker's death told twice: "A gunman was killed in a shootout" … "Deputies returned fire,
 * killing the man". The later death names a person already told ("the man") whom no victim's words
 * have named, so it is the attacker again, not one more dead beside him. Stateless and thread-safe.
 */
final class AttackerToldAgain {
  private AttackerToldAgain() {}

  /** One person named definitely by a word the attacker may be called again. */
  private static final Pattern THE_ONE =
      Pattern.compile("(?i)\\bthe\\s+(man|suspect|gunman|shooter|attacker|assailant)\\b");

  /** A person told as new: "a man", "another woman". */
  private static final Pattern INDEFINITE = Pattern.compile("(?i)\\b(?:an?|another|one)\\s");

  /**
   * {@code claims}, with each count of one dead that names the attacker again put among the
   * attackers; unchanged when there is no attacker counted alone, or any other count of the dead is
   * not such a naming.
   */
  static List<Claim> regrouped(List<Claim> claims, Document document) {
    int attacker = firstAttacker(claims);
    if (attacker < 0) {
      return claims;
    }
    List<Claim> again = new ArrayList<>();
    for (Claim claim : claims) {
      if (claim.slot() != Slot.FATALITIES
          || claim.group() != null
          || claim.attribution().isPerpetrator()
          || Long.valueOf(0).equals(((Quantity) claim.value()).stated())) {
        continue;
      }
      if (!namesTheAttacker(claim, claims, document, attacker)) {
        return claims;
      }
      again.add(claim);
    }
    if (again.isEmpty()) {
      return claims;
    }
    List<Claim> regrouped = new ArrayList<>();
    for (Claim claim : claims) {
      regrouped.add(
          again.contains(claim)
              ? new Claim(
                  claim.slot(),
                  claim.value(),
                  EventFigures.ATTACKERS,
                  claim.evidence(),
                  claim.attribution(),
                  claim.reported())
              : claim);
    }
    return regrouped;
  }

  /**
   * {@code claims}, with the attacker's death told alone put back among everyone's when a count of
   * several dead holds his own death already: "fatally shot his mother and his sister before taking
   * his own life" is three, and "The shooter, Jo Doe, 37, was found dead" is one of them, not a
   * fourth. Unchanged when no such count is told.
   */
  static List<Claim> heldByACount(List<Claim> claims, Document document) {
    boolean held =
        claims.stream()
            .filter(claim -> claim.slot() == Slot.FATALITIES && claim.group() == null)
            .filter(claim -> !claim.attribution().isPerpetrator())
            .filter(claim -> exactly(claim) >= 2)
            .anyMatch(
                claim -> DeadToldApart.OWN_DEATH.matcher(document.textOf(claim.evidence())).find());
    if (!held) {
      return claims;
    }
    List<Claim> ungrouped = new ArrayList<>();
    for (Claim claim : claims) {
      ungrouped.add(
          claim.slot() == Slot.FATALITIES
                  && EventFigures.ATTACKERS.equals(claim.group())
                  && exactly(claim) == 1
              ? new Claim(
                  claim.slot(),
                  claim.value(),
                  null,
                  claim.evidence(),
                  claim.attribution(),
                  claim.reported())
              : claim);
    }
    return ungrouped;
  }

  /** The exact number a claim counts, or -1 when it is a range or none. */
  private static long exactly(Claim claim) {
    Long single = ((Quantity) claim.value()).single();
    return single != null ? single : -1;
  }

  /** Where the first attacker counted alone, one dead, is told; -1 when none is. */
  private static int firstAttacker(List<Claim> claims) {
    int first = -1;
    for (Claim claim : claims) {
      if (claim.slot() == Slot.FATALITIES
          && EventFigures.ATTACKERS.equals(claim.group())
          && Long.valueOf(1).equals(((Quantity) claim.value()).stated())
          && (first < 0 || claim.evidence().start() < first)) {
        first = claim.evidence().start();
      }
    }
    return first;
  }

  /**
   * Whether {@code death}, a count of one told after the attacker's, names him again: "the man",
   * with no victim's words before it naming a man.
   */
  private static boolean namesTheAttacker(
      Claim death, List<Claim> claims, Document document, int attacker) {
    String words = document.textOf(death.evidence());
    Matcher the = THE_ONE.matcher(words);
    if (!Long.valueOf(1).equals(((Quantity) death.value()).stated())
        || death.evidence().start() <= attacker
        || death.evidence().inTitle()
        || !the.find()
        || INDEFINITE.matcher(words).find()) {
      return false;
    }
    Pattern noun =
        Pattern.compile("(?i)\\b" + Pattern.quote(the.group(1).toLowerCase(Locale.ROOT)) + "\\b");
    return claims.stream()
        .filter(
            other ->
                other.slot().isFigure()
                    && other != death
                    && !EventFigures.ATTACKERS.equals(other.group())
                    && other.evidence().start() < death.evidence().start())
        .noneMatch(other -> noun.matcher(document.textOf(other.evidence())).find());
  }
}
