package org.sitrep.resolve.link;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.SubEventType;

/**
 * Scores a pair of accounts. The words they share (TF-IDF cosine) carry most of the weight; days,
 * places, types and perpetrators add or subtract. Hard rules: two accounts of one report are two
 * events; accounts in different countries, on dates further apart than the blocking window, or that
 * contradict each other on both the day and the region, are different events; so are two different
 * specific kinds of event (a rocket attack and a suicide bombing); a recalled event is not a
 * current one of another day, and a recalled event whose day the report does not tell is its own.
 *
 * <p>A contradiction of day alone, or of region alone, is a cost and not a veto: extraction
 * misreads one of them often enough (a follow-up article dated by its trial, a town's namesake in
 * another state) that a veto would split incidents that their words plainly join.
 *
 * <p>Two accounts whose scenes differ ({@link Scene#apart}: other streets, and another day or an
 * hour hours away) are two shootings, however alike their words; a street both tell is a little
 * alike.
 *
 * <p>A follow-up that names a person an earlier report names ({@link #followsUp}: an arrest, a
 * hearing, a trial, told weeks or months on) is dated by its own news, not by the shooting's, so
 * for it no date vetoes and no day costs.
 */
public final class PairScorer {
  /** How long before its report a current event may have happened (as extraction decides). */
  static final int CURRENT_DAYS = 21;

  private static final Set<SubEventType> GENERIC =
      EnumSet.of(SubEventType.ATTACK, SubEventType.ARMED_CLASH, SubEventType.OTHER);
  private static final Set<SubEventType> BOMBS =
      EnumSet.of(
          SubEventType.SUICIDE_BOMB,
          SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
          SubEventType.GRENADE,
          SubEventType.CHEMICAL_WEAPON);
  private static final Set<SubEventType> FROM_AFAR =
      EnumSet.of(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, SubEventType.AIR_DRONE_STRIKE);

  /** Two accounts that tell one street as their scene's: a little alike. */
  static final double SAME_STREET = 0.05;

  private final LinkPolicy policy;

  public PairScorer(LinkPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  public PairScore score(MentionProfile left, MentionProfile right) {
    return score(left, right, false);
  }

  /**
   * The score of a pair; with {@code followUp}, one of the two is a follow-up that a person's full
   * name joins to an earlier report of its group ({@link #followsUp}), so its own day, or its
   * report's day when it has none, is not the shooting's and contradicts nothing.
   */
  public PairScore score(MentionProfile left, MentionProfile right, boolean followUp) {
    if (left.documentId().equals(right.documentId())) {
      return vetoed("two events of one report");
    }
    Place a = left.place();
    Place b = right.place();
    if (a != null
        && b != null
        && a.country() != null
        && b.country() != null
        && !a.country().equals(b.country())) {
      return vetoed("different countries " + a.country() + " and " + b.country());
    }
    followUp = followUp || followsUp(left, right) || followsUp(right, left);
    long apart = daysApart(left, right);
    if (apart > policy.windowDays() && !followUp) {
      return vetoed("dates more than " + policy.windowDays() + " days apart");
    }
    boolean contradictDay = contradictDay(left.date(), right.date());
    if (left.background() != right.background() && contradictDay) {
      return vetoed("a recalled event and a current one on different days");
    }
    if (!followUp && (toldBeforeItHappened(left, right) || toldBeforeItHappened(right, left))) {
      return vetoed("an event of a day after the other report was published");
    }
    if (!followUp && daysOfDifferentWeeks(left.date(), right.date())) {
      return vetoed("two days more than " + DAYS_OF_ONE_EVENT + " days apart");
    }
    if (left.background() && left.date() == null || right.background() && right.date() == null) {
      // "Last year's attacks included a rocket bombardment on Kabul airport": nothing says when,
      // so nothing says it is the news, or the event another report recalls.
      return vetoed("a recalled event of no known day");
    }
    if (Scene.apart(
        left.scene(), left.date(), right.scene(), right.date(), contradictDay && !followUp)) {
      return vetoed("two scenes: other streets, and another day or hour");
    }
    Map<String, Double> features = new LinkedHashMap<>();
    if (left.background() != right.background()) {
      features.put("recalled", -0.05);
    }
    features.put("words", TermVectors.cosine(left.terms(), right.terms()));
    if (Scene.sameStreets(left.scene(), right.scene())) {
      features.put("street", SAME_STREET);
    }
    int contradictions = 0;
    if (contradictDay && !followUp) {
      features.put("day", -policy.disagreement());
      contradictions++;
    }
    if (a != null && b != null && isTown(a) && isTown(b)) {
      if (!Objects.equals(a.admin1(), b.admin1())) {
        features.put("place", -policy.disagreement());
        contradictions++;
      } else if (sameTown(a, b)) {
        features.put("place", 0.05);
      } else if (!neighbours(a, b)) {
        features.put("place", -0.1);
      }
    }
    if (contradictions == 2) {
      return vetoed("different days and different regions");
    }
    if (left.date() == null
        && right.date() == null
        && left.published() != null
        && right.published() != null
        && Math.abs(ChronoUnit.DAYS.between(left.published(), right.published())) > 30) {
      features.put("published", -0.1);
    }
    double type = typeFeature(left.mention().subtype(), right.mention().subtype());
    if (type < 0) {
      return vetoed(
          "different kinds of event: "
              + left.mention().subtype().label()
              + " and "
              + right.mention().subtype().label());
    }
    if (type != 0) {
      features.put("type", type);
    }
    Set<String> ours = left.perpetrators();
    Set<String> theirs = right.perpetrators();
    if (!ours.isEmpty() && !theirs.isEmpty()) {
      features.put("perpetrator", ours.stream().anyMatch(theirs::contains) ? 0.05 : -0.1);
    }
    double score = features.values().stream().mapToDouble(Double::doubleValue).sum();
    return new PairScore(score, features, null);
  }

  /** Whether two accounts tell of one person by full name. */
  static boolean shareName(MentionProfile left, MentionProfile right) {
    return left.names().stream().anyMatch(right.names()::contains);
  }

  /**
   * Whether {@code later} follows up {@code earlier}: it names a person the other names, and its
   * time (its day, else its report's) lies after the other's and disagrees with it: a day of an
   * arrest, a hearing or a trial, or a report weeks later that does not tell the shooting's day.
   */
  static boolean followsUp(MentionProfile later, MentionProfile earlier) {
    return later.anchor() != null
        && earlier.anchor() != null
        && later.anchor().isAfter(earlier.anchor())
        && (contradictDay(later.date(), earlier.date()) || daysApart(later, earlier) > 0)
        && shareName(later, earlier);
  }

  /**
   * The same specific sub-type (two suicide bombings) is a little alike; a generic sub-type
   * ("Attack", "Armed clash") goes with anything, and sub-types that reports of one event confuse
   * (a suicide bomb is also an explosion, a strike from the air also shelling) go together. Two
   * different specific kinds (a rocket attack and a suicide bombing) are two events unless the
   * words say otherwise.
   */
  static double typeFeature(SubEventType left, SubEventType right) {
    if (GENERIC.contains(left) || GENERIC.contains(right)) {
      return 0.0;
    }
    if (left == right) {
      return 0.05;
    }
    if (BOMBS.contains(left) && BOMBS.contains(right)
        || FROM_AFAR.contains(left) && FROM_AFAR.contains(right)) {
      return 0.0;
    }
    return left.type() == right.type() ? -0.15 : -0.1;
  }

  private static PairScore vetoed(String why) {
    return new PairScore(Double.NEGATIVE_INFINITY, Map.of(), why);
  }

  /**
   * Whether two towns of one region are one town: by name, or, written differently ("St. Paul" and
   * "Saint Paul", "Ft. Myers" and "Fort Myers"), by the gazetteer's coordinates of both.
   */
  static boolean sameTown(Place left, Place right) {
    if (left.name().equals(right.name())) {
      return true;
    }
    return left.lat() != null
        && left.lon() != null
        && left.lat().equals(right.lat())
        && left.lon().equals(right.lon());
  }

  /** How near two towns of one county lie for one to be a part or a suburb of the other. */
  static final double NEIGHBOURS_KM = 20;

  /**
   * Whether two towns of one county lie within {@link #NEIGHBOURS_KM} of each other: a report may
   * name the neighbourhood ("Okolona") where another names its city ("Louisville"), and the
   * gazetteer keeps many neighbourhoods as towns of their own. No sign of one place, and no sign of
   * two.
   */
  static boolean neighbours(Place left, Place right) {
    if (left.admin2() == null || !left.admin2().equals(right.admin2())) {
      return false;
    }
    Double kilometres = left.kilometresTo(right);
    return kilometres != null && kilometres <= NEIGHBOURS_KM;
  }

  private static boolean isTown(Place place) {
    return place.precision() == PlacePrecision.TOWN || place.precision() == PlacePrecision.POINT;
  }

  /**
   * Whether two dates cannot be one day: two days more than a day apart (a night's shooting is
   * dated either side of midnight), or a day outside the other's week, month or year.
   */
  static boolean contradictDay(EventDate left, EventDate right) {
    if (left == null || right == null) {
      return false;
    }
    if (left.precision() == DatePrecision.DAY && right.precision() == DatePrecision.DAY) {
      return Math.abs(ChronoUnit.DAYS.between(left.value(), right.value())) > 1;
    }
    // A day a day away from a week or a month still meets it, as two days a day apart do: a
    // shooting late on Sunday is Monday's news ("the weekend" and "Monday").
    return !overlaps(left, right, 1);
  }

  /**
   * Whether {@code undated} is a current account its report tells without a day, and {@code dated}
   * an event of a day more than a day after that report was published: a report cannot tell of what
   * had not happened yet (a killing on Wednesday night is not the one of a Sunday report's "a man
   * was found shot dead", whatever the words of one city share).
   */
  static boolean toldBeforeItHappened(MentionProfile undated, MentionProfile dated) {
    return undated.date() == null
        && !undated.background()
        && undated.published() != null
        && dated.date() != null
        && dated.date().precision() == DatePrecision.DAY
        && dated.date().value().isAfter(undated.published().plusDays(1));
  }

  /** How far apart two days told of one event can lie: a misread weekday, a death days later. */
  static final int DAYS_OF_ONE_EVENT = 14;

  /**
   * Whether two accounts dated to the day or the week lie too far apart to tell of one event:
   * extraction may misread a day by one or two, never by weeks, so a shooting on 25 November and
   * one on 21 December in one city are two, whatever their words share; so are a shooting on Sunday
   * 28 August and one of "the weekend" three weeks later.
   */
  static boolean daysOfDifferentWeeks(EventDate left, EventDate right) {
    return left != null
        && right != null
        && isDayOrWeek(left)
        && isDayOrWeek(right)
        && !overlaps(left, right, DAYS_OF_ONE_EVENT);
  }

  private static boolean isDayOrWeek(EventDate date) {
    return date.precision() == DatePrecision.DAY || date.precision() == DatePrecision.WEEK;
  }

  /**
   * The days between the periods two accounts can have happened in, 0 when they overlap or when one
   * cannot be placed in time. An account's period is its date's (a day, a week, a month); an
   * undated current account happened within the {@value #CURRENT_DAYS} days before its report.
   */
  static long daysApart(MentionProfile left, MentionProfile right) {
    LocalDate[] a = period(left);
    LocalDate[] b = period(right);
    if (a == null || b == null) {
      return 0;
    }
    if (a[1].isBefore(b[0])) {
      return ChronoUnit.DAYS.between(a[1], b[0]);
    }
    if (b[1].isBefore(a[0])) {
      return ChronoUnit.DAYS.between(b[1], a[0]);
    }
    return 0;
  }

  private static LocalDate[] period(MentionProfile profile) {
    if (profile.date() != null) {
      return new LocalDate[] {profile.date().value(), profile.date().lastDay()};
    }
    if (!profile.background() && profile.published() != null) {
      return new LocalDate[] {profile.published().minusDays(CURRENT_DAYS), profile.published()};
    }
    return null;
  }

  private static boolean overlaps(EventDate left, EventDate right, int slack) {
    return !left.lastDay().plusDays(slack).isBefore(right.value())
        && !right.lastDay().plusDays(slack).isBefore(left.value());
  }
}
