package org.sitrep.extract.event;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.sitrep.model.AttackType;
import org.sitrep.model.EventType;
import org.sitrep.model.FigureEstimate;
import org.sitrep.model.SubEventType;

/**
 * Types an event from all the words that tell of it, once they are read: ACLED's sub-event type
 * refined by its target (armed groups attacking police posts, patrols or soldiers fight a battle,
 * ACLED's armed clash, while attacks on civilians are violence against them; arson that kills is an
 * attack) and GTD's attack type by GTD's precedence (an assassination of an office holder, a
 * hijacking, a hostage siege, a kidnapping, a bombing, an armed or unarmed assault, an attack on
 * property). Stateless and thread-safe.
 */
public final class AttackClassifier {
  /** An armed attack whose object is a post, a unit or a body of state forces. */
  private static final Pattern ON_FORCES =
      Pattern.compile(
          "(?i)\\b(?:attack(?:ed|ing)?|raid(?:ed|ing)?|ambush(?:ed|ing)?|storm(?:ed|ing)|overran"
              + "|(?:opened |open )?fire[ds]? (?:on|at|upon)|targeted|assault(?:ed|ing)?)\\s+(?:an?|the"
              + "|their|two|three|several)?\\s*(?:[\\p{L}'-]+\\s+){0,3}?(?:(?:police|army|military"
              + "|gendarmerie|security|border|frontier corps|naval|paramilitary)\\s+(?:[\\p{L}-]+\\s+)?"
              + "(?:checkpoints?|posts?|outposts?|stations?|bases?|camps?|patrols?|convoys?|vehicles?"
              + "|barracks|detachments?|positions?|headquarters|academy|units?|officers|personnel)"
              + "|checkpoints?|outposts?|barracks|(?:military|army) (?:base|camp|detachment|post)s?"
              + "|(?:soldiers|troops|policemen|police officers|gendarmes|security forces))\\b");

  private static final Pattern ASSASSINATION = Pattern.compile("(?i)\\bassassinat\\w*");

  /** Holders of an office whose killing GTD codes as an assassination. */
  private static final Pattern OFFICE =
      Pattern.compile(
          "(?i)\\b(?:council(?:lor|man|woman| member)|governor|mayor(?:al candidate)?"
              + "|(?:election |parliamentary |presidential )?candidate|judge|prosecutor|headman"
              + "|village (?:chief|head)|tribal (?:elder|leader|chief)|district (?:chief|governor"
              + "|commissioner|administrator)|commissioner|lawmaker|legislator|parliamentarian"
              + "|member of parliament|minister|politician|party leader|police chief"
              + "|chief of police)\\b");

  private static final Pattern HIJACKING = Pattern.compile("(?i)\\bhijack\\w*");

  private static final Pattern SIEGE =
      Pattern.compile(
          "(?i)\\b(?:siege|barricaded|stand-?off|held (?:[\\p{L}-]+\\s+){0,4}?hostage"
              + "|holding (?:[\\p{L}-]+\\s+){0,4}?hostage)\\b");

  private static final Pattern UNARMED =
      Pattern.compile(
          "(?i)\\b(?:acid|(?:beat|beaten|stoned|strangled|lynched)\\b(?:\\s+\\w+){0,3}?"
              + "(?:\\s+to death)?|poison(?:ed|ing)?)\\b");

  /** An event's types. */
  public record Types(SubEventType subtype, AttackType attackType) {
    public Types {
      requireNonNull(subtype, "subtype");
      requireNonNull(attackType, "attackType");
    }
  }

  /**
   * The types of an event read as {@code subtype}, told of in {@code told}, with {@code killed}
   * dead (unknown when not {@link FigureEstimate#isKnown()}) and {@code abducted} people taken.
   */
  public Types classify(
      SubEventType subtype, String told, FigureEstimate killed, FigureEstimate abducted) {
    requireNonNull(subtype, "subtype");
    requireNonNull(told, "told");
    boolean deaths = killed.isKnown() && killed.best() > 0;
    SubEventType refined = refine(subtype, told, deaths, abducted.isKnown());
    return new Types(refined, attackType(refined, told, deaths));
  }

  private static SubEventType refine(
      SubEventType subtype, String told, boolean deaths, boolean taken) {
    if (subtype == SubEventType.ATTACK && ON_FORCES.matcher(told).find()) {
      return SubEventType.ARMED_CLASH;
    }
    if (subtype == SubEventType.LOOTING_PROPERTY_DESTRUCTION && deaths) {
      return SubEventType.ATTACK;
    }
    if (subtype == SubEventType.ABDUCTION_FORCED_DISAPPEARANCE
        && HIJACKING.matcher(told).find()
        && deaths
        && !taken) {
      // A hijacking in which people were killed and none was taken away is an attack on them.
      return SubEventType.ATTACK;
    }
    return subtype;
  }

  private static AttackType attackType(SubEventType subtype, String told, boolean deaths) {
    boolean violent = subtype.type() != EventType.STRATEGIC_DEVELOPMENTS || deaths;
    boolean taking = subtype == SubEventType.ABDUCTION_FORCED_DISAPPEARANCE;
    if (violent
        && !taking
        && (ASSASSINATION.matcher(told).find() || deaths && OFFICE.matcher(told).find())) {
      return AttackType.ASSASSINATION;
    }
    if (HIJACKING.matcher(told).find()) {
      return AttackType.HIJACKING;
    }
    if (SIEGE.matcher(told).find() && subtype.type() != EventType.STRATEGIC_DEVELOPMENTS) {
      return AttackType.BARRICADE_INCIDENT;
    }
    if (taking) {
      return AttackType.KIDNAPPING;
    }
    if (subtype.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
      return AttackType.BOMBING_EXPLOSION;
    }
    if (subtype == SubEventType.LOOTING_PROPERTY_DESTRUCTION
        || subtype == SubEventType.ATTACK && !deaths && isArson(told)) {
      return AttackType.FACILITY_INFRASTRUCTURE_ATTACK;
    }
    if ((subtype == SubEventType.ATTACK || subtype == SubEventType.MOB_VIOLENCE)
        && UNARMED.matcher(told).find()) {
      return AttackType.UNARMED_ASSAULT;
    }
    return AttackType.of(subtype);
  }

  private static boolean isArson(String told) {
    return told.matches("(?is).*\\b(?:set (?:\\w+ )?(?:fire to|ablaze)|torched|arson)\\b.*");
  }
}
