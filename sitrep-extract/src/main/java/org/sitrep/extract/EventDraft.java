package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.event.Trigger;
import org.sitrep.model.Claim;
import org.sitrep.model.EventDate;
import org.sitrep.model.SubEventType;

/** One event of a document while its sentences are read: its triggers so far and its claims. */
final class EventDraft {
  private final int firstTrigger;
  private SubEventType subtype;
  private boolean specific;
  private int triggerStart;
  private int triggerEnd;
  private EventDate date;
  private boolean recalled;
  private boolean placeIncidental;
  private Claim likelyDay;
  private Claim newsDay;

  /** Whether a current arrest or another development of the report followed this violence. */
  private boolean followedUp;

  /** Whether the date came from a sentence about the scene rather than from a trigger's own. */
  private boolean datedByScene;

  private final List<Claim> claims = new ArrayList<>();
  private final List<NamedDead.Victim> namedDead = new ArrayList<>();
  private final StringBuilder told = new StringBuilder();

  EventDraft(int triggerStart, int triggerEnd, Trigger trigger, EventDate date) {
    this.firstTrigger = triggerStart;
    this.triggerStart = triggerStart;
    this.triggerEnd = triggerEnd;
    this.subtype = trigger.subtype();
    this.specific = !trigger.generic();
    this.date = date;
  }

  /** Whether the trigger's offsets are the title's, not the text's. */
  private boolean inTitle;

  /** The event a headline tells of: its trigger's offsets are the title's. */
  static EventDraft ofHeadline(int triggerStart, int triggerEnd, Trigger trigger) {
    EventDraft draft = new EventDraft(triggerStart, triggerEnd, trigger, null);
    draft.inTitle = true;
    return draft;
  }

  boolean inTitle() {
    return inTitle;
  }

  /** Whether the event's place so far is only an incidental one (where a victim lives). */
  boolean placeIncidental() {
    return placeIncidental;
  }

  void placeIncidental(boolean incidental) {
    placeIncidental = incidental;
  }

  /** Adds another trigger of the same event; a specific one overrides a generic type. */
  void absorb(int start, int end, Trigger trigger, EventDate otherDate) {
    if (!specific && !trigger.generic() && followsUp(trigger.subtype())) {
      // "The assailant was arrested" after "attacked them" tells what came after the attack.
      return;
    } else if (!specific && !trigger.generic()) {
      subtype = trigger.subtype();
      specific = true;
      triggerStart = start;
      triggerEnd = end;
    } else if (specific && !trigger.generic() && refines(trigger.subtype())) {
      subtype = trigger.subtype();
    }
    if (date == null && otherDate != null && (!trigger.generic() || isDayOrWeek(otherDate))) {
      // A year named near "the attack" is too loose to date the event it refers back to.
      date = otherDate;
    } else if (date != null && otherDate != null && within(otherDate, date)) {
      // "died last week" then "The shooting happened Friday, June 3": the day of that week.
      // So for a month: "last month", then "on April 20"; and for a year.
      date = otherDate;
    }
  }

  /**
   * Whether two dates can be of one event: no date, the same start, or a day within the week, the
   * month or the year the other names ("last week" and "Friday, June 3").
   */
  private static boolean agree(EventDate one, EventDate two) {
    return one == null
        || two == null
        || one.value().equals(two.value())
        || within(one, two)
        || within(two, one);
  }

  /**
   * Whether {@code day} is a day of the week, the month or the year {@code period} names: "fatally
   * shot himself last month" and "The shooting occurred on April 20" are one shooting; so are
   * "killing a store owner in a 2015 robbery" and "The owner was shot on November 3, 2015".
   */
  private static boolean within(EventDate day, EventDate period) {
    if (day.precision() != org.sitrep.model.DatePrecision.DAY
        || period.precision() == org.sitrep.model.DatePrecision.DAY) {
      return false;
    }
    // A weekend's Friday night is of it too ("over the weekend", then "late Friday").
    LocalDate first = period.weekend() ? period.value().minusDays(1) : period.value();
    return !day.value().isBefore(first) && !day.value().isAfter(period.lastDay());
  }

  /** Dates an event told so far without a day: "It happened just before 6 p.m. Friday." */
  void dateBy(EventDate day) {
    if (date == null && !recalled) {
      date = day;
      datedByScene = true;
    }
  }

  /**
   * Narrows the week, the month or the year the event has to {@code day} when the day falls within
   * it ("over the weekend", then "It happened early Sunday morning"); whether it did.
   */
  boolean narrowBy(EventDate day) {
    if (date == null || recalled || !within(day, date)) {
      return false;
    }
    date = day;
    return true;
  }

  /**
   * Keeps the first day the report gives near the event without tying it to the event ("was playing
   * with his cousin on Monday", "got a 911 call Saturday morning"): the event's day if no sentence
   * of its own dates it.
   */
  void likelyDay(Claim day) {
    if (likelyDay == null) {
      likelyDay = day;
    }
  }

  /**
   * Dates an event that no sentence of its own dated by the first day the report gave near it, or
   * narrows the week, the month or the year it has to that day ("shot a store clerk earlier this
   * month", then "The clerk was wounded on March 9").
   */
  void dateByLikelyDay() {
    if (likelyDay != null && narrowBy((EventDate) likelyDay.value())) {
      add(likelyDay);
    } else {
      dateBy(likelyDay);
    }
  }

  /**
   * Keeps the first sign that the event is the day's news: an hour told without a day ("it happened
   * around 1:45 a.m."), a lead in the present ("a man is dead after a shooting"). The publication
   * day is the event's when neither its own sentences nor a likely day date it.
   */
  void newsDay(Claim day) {
    if (newsDay == null) {
      newsDay = day;
    }
  }

  /** Dates an event that nothing else dated by the publication day its news tells. */
  void dateByNewsDay() {
    dateBy(newsDay);
  }

  /** Dates a current event still undated by a day the report gave, if any. */
  private void dateBy(Claim day) {
    if (date == null && !recalled && day != null) {
      date = (EventDate) day.value();
      claims.add(day);
    }
  }

  /** Whether a trigger of {@code other} type, dated {@code otherDate}, can tell of this event. */
  boolean accepts(Trigger other, EventDate otherDate) {
    if (recalled) {
      return false;
    }
    if (!agree(date, otherDate)) {
      return false;
    }
    if (!specific && !other.generic() && date != null && otherDate == null && !datedByScene) {
      // "The September 11 attacks" must not become the undated air strike told of later; but the
      // scene's day ("Thursday around 5:30 p.m., police responded") is of the event told so far.
      return false;
    }
    return other.generic() || !specific || compatible(subtype, other.subtype());
  }

  /**
   * Whether an undated shooting can be this event: a killing told only by a generic word ("were
   * killed", "a murder-suicide"), current and dated a day of the week before publication.
   */
  boolean killingOfTheDay(Trigger other, LocalDate published) {
    return !recalled
        && !specific
        && !other.generic()
        && subtype == SubEventType.ATTACK
        && other.subtype() == SubEventType.ATTACK
        && date != null
        && date.precision() == org.sitrep.model.DatePrecision.DAY
        && published != null
        && !date.value().isAfter(published)
        && !date.value().isBefore(published.minusDays(7));
  }

  /** Whether a specific trigger tells of this specific event: same kind, no other day. */
  boolean sameKind(Trigger other, EventDate otherDate) {
    if (recalled || !specific || other.generic()) {
      return false;
    }
    if (!agree(date, otherDate)) {
      return false;
    }
    return compatible(subtype, other.subtype());
  }

  /** An arrest or a foiled attack after a violent event is its aftermath, not its type. */
  private boolean followsUp(SubEventType other) {
    return other.type() == org.sitrep.model.EventType.STRATEGIC_DEVELOPMENTS
        && subtype.type() != org.sitrep.model.EventType.STRATEGIC_DEVELOPMENTS
        && other != SubEventType.LOOTING_PROPERTY_DESTRUCTION;
  }

  private boolean refines(SubEventType other) {
    return subtype == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED
        && other == SubEventType.SUICIDE_BOMB;
  }

  private static boolean compatible(SubEventType one, SubEventType two) {
    if (one == two) {
      return true;
    }
    boolean oneBomb = isBombing(one);
    boolean twoBomb = isBombing(two);
    return oneBomb && twoBomb;
  }

  private static boolean isBombing(SubEventType type) {
    return type == SubEventType.SUICIDE_BOMB || type == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED;
  }

  private static boolean isDayOrWeek(EventDate date) {
    return date.precision() == org.sitrep.model.DatePrecision.DAY
        || date.precision() == org.sitrep.model.DatePrecision.WEEK;
  }

  /** Records a sentence that tells of this event; a sentence is recorded once. */
  void tell(String sentence) {
    if (told.indexOf(sentence) < 0) {
      told.append(sentence).append('\n');
    }
  }

  /** The sentences that tell of this event, one a line. */
  String told() {
    return told.toString();
  }

  void add(Claim claim) {
    if (claim.value() instanceof EventDate day && day.equals(date)) {
      // An event's first date claim is its date: the day that narrowed a week goes before it.
      for (int i = 0; i < claims.size(); i++) {
        if (claims.get(i).value() instanceof EventDate other && !other.equals(date)) {
          claims.add(i, claim);
          return;
        }
      }
    }
    claims.add(claim);
  }

  /** Adds a death the report tells of a named person. */
  void namedDead(NamedDead.Victim victim) {
    namedDead.add(victim);
  }

  /** The deaths of named people told so far, in the order told. */
  List<NamedDead.Victim> namedDead() {
    return namedDead;
  }

  void remove(Claim claim) {
    claims.remove(claim);
  }

  int firstTrigger() {
    return firstTrigger;
  }

  SubEventType subtype() {
    return subtype;
  }

  int triggerStart() {
    return triggerStart;
  }

  int triggerEnd() {
    return triggerEnd;
  }

  EventDate date() {
    return date;
  }

  /**
   * Marks an event named by a day of another year ("the September 11 attacks" in an August report):
   * recalled, though its year is not told; no later trigger joins it.
   */
  void recall() {
    recalled = true;
  }

  boolean recalled() {
    return recalled;
  }

  /**
   * Marks the violence a current arrest or another development of the report followed ("arrested
   * Monday in the shooting death of a boy on March 18"): the report's subject, though weeks past.
   */
  void followUp() {
    followedUp = true;
  }

  boolean followedUp() {
    return followedUp;
  }

  List<Claim> claims() {
    return claims;
  }
}
