package org.sitrep.extract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.attribution.AttributionFinder;
import org.sitrep.extract.event.AttackClassifier;
import org.sitrep.extract.event.Trigger;
import org.sitrep.extract.event.TriggerFinder;
import org.sitrep.extract.figure.Figure;
import org.sitrep.extract.figure.FigureFinder;
import org.sitrep.extract.place.Gazetteer;
import org.sitrep.extract.quantity.QuantityParser;
import org.sitrep.extract.responsibility.Responsibility;
import org.sitrep.extract.responsibility.ResponsibilityFinder;
import org.sitrep.extract.time.EventDater;
import org.sitrep.model.ActorReference;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventFigures;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;
import org.sitrep.model.Stage;
import org.sitrep.model.StageContext;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeExpression;

/**
 * The extraction stage: reads a document sentence by sentence and finds the events it tells of. A
 * sentence with a factual trigger starts an event or continues one it is compatible with (same kind
 * of event, no other day); the figures, places, sources and claims of responsibility of a sentence
 * go to the event it tells of, or to the event the text is on about. Events weeks before
 * publication are marked as background. Every claim carries the span of its words. Thread-safe.
 *
 * <p>This is the first version: one event per sentence, figures read within the sentence.
 */
public final class EventExtractor implements Stage<AnnotatedDocument, Report> {
  /** How near a second trigger of a sentence its own date must stand, in characters. */
  private static final int OWN_DATE_CHARS = 40;

  /** Words that refer back to the event told so far, or to the people in it. */
  private static final Pattern REFERS_BACK =
      Pattern.compile(
          "(?i)\\b(?:in|during|after|following|before|in the course of)\\s+the\\s+(?:ensuing\\s+)?"
              + "(?:attack|blast|explosion|bombing|abduction|kidnapping|incident|assault|raid|ambush"
              + "|clash(?:es)?|hijacking|siege|fighting|shooting|firefight)\\b"
              + "|^(?:The|Their|His|Her)\\s+(?:assailants?|attackers?|gunmen|gunman|militants?|bombers?"
              + "|hostages?|victims?|kidnappers?|hijackers?|abductors?|driver|passengers?)\\b");

  private final TriggerFinder triggers = new TriggerFinder();
  private final AttackClassifier classifier = new AttackClassifier();
  private final FigureFinder figures;
  private final AttributionFinder attributions = new AttributionFinder();
  private final EventDater dater = new EventDater();
  private final ActorDictionary actors;
  private final Gazetteer gazetteer;

  public EventExtractor(QuantityParser quantities, ActorDictionary actors, Gazetteer gazetteer) {
    this.figures = new FigureFinder(requireNonNull(quantities, "quantities"));
    this.actors = requireNonNull(actors, "actors");
    this.gazetteer = requireNonNull(gazetteer, "gazetteer");
  }

  /** The extractor with the bundled actor dictionary and gazetteer. */
  public static EventExtractor standard() {
    return new EventExtractor(new QuantityParser(), ActorDictionary.standard(), Gazetteer.load());
  }

  @Override
  public Report apply(AnnotatedDocument annotated, StageContext context) {
    Document document = annotated.document();
    LocalDate published = document.published().value();
    ReportPlaces places = ReportPlaces.of(gazetteer, annotated);
    // The dictionary with the aliases this report teaches ("the Khorasan branch"), learned once.
    ActorDictionary reportActors = actors.withAliasesFrom(document.text());
    ResponsibilityFinder responsibility =
        new ResponsibilityFinder(reportActors, places.countries());
    ReportDates dates = new ReportDates(annotated, dater);
    List<List<TimeExpression>> timesBySentence =
        bySentence(annotated, annotated.times(), TimeExpression::sentence);
    // The words of the people the report names, read once for both uses below.
    Set<String> personWords = PlaceFinder.personWords(annotated);
    List<List<EntityMention>> placesBySentence =
        bySentence(
            annotated, PlaceFinder.placeMentions(annotated, personWords), EntityMention::sentence);
    List<List<EntityMention>> personsBySentence =
        bySentence(
            annotated,
            annotated.entities().stream().filter(m -> "PERSON".equals(m.type())).toList(),
            EntityMention::sentence);
    List<Span> actorSpans = responsibility.actorSpans(document.id(), document.text());
    PlaceFinder placeFinder =
        new PlaceFinder(gazetteer, places, document.text(), actorSpans, personWords);
    List<EventDraft> drafts = new ArrayList<>();
    EventDraft current = null;
    List<HeldFigures> beforeFirst = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      String text = document.text().substring(sentence.start(), sentence.end());
      ToldSentence told =
          new ToldSentence(
              sentence,
              text,
              dates.datingTimes(
                  timesBySentence.get(sentence.index()),
                  current != null
                      && current.date() != null
                      && EventDater.isDay(current.date())
                      && !current.recalled()),
              published);
      List<Anchor> anchors = anchors(drafts, current, told, dates);
      Optional<PlaceMention> place =
          placeFinder.placeOf(sentence, placesBySentence.get(sentence.index()));
      if (anchors.isEmpty() && ReportDates.tellsOfLastYear(text)) {
        // "A year and a half ago 12-year-old Genesis Rincon was killed": no word for an event, but
        // of another year; its victims are not the current event's.
        continue;
      }
      if (anchors.isEmpty() && current == null) {
        holdFigures(
            document,
            sentence,
            text,
            published,
            place,
            dates.likelyDay(told),
            personsBySentence.get(sentence.index()),
            beforeFirst);
        continue;
      }
      EventDraft focus = anchors.isEmpty() ? current : anchors.get(0).draft();
      dates.dayOfTheHour(text, timesBySentence.get(sentence.index())).ifPresent(focus::newsDay);
      dates.dayOfThePresent(sentence, text).ifPresent(focus::newsDay);
      if (anchors.isEmpty()) {
        dates.dateFromScene(sceneOf(drafts, focus), told);
        dates.likelyDay(told, focus.date()).ifPresent(focus::likelyDay);
      }
      boolean first = current == null;
      if (first) {
        for (HeldFigures held : beforeFirst) {
          held.reading().figures(focus, held.figures());
          held.day().ifPresent(focus::likelyDay);
          focus.tell(held.reading().text());
        }
      }
      focus.tell(text);
      anchors.forEach(anchor -> anchor.draft().tell(text));
      current = anchors.isEmpty() ? current : anchors.get(anchors.size() - 1).draft();
      Attribution attribution = attributions.attribution(text);
      SentenceReading reading =
          new SentenceReading(
              document,
              sentence,
              text,
              attribution,
              published,
              personsBySentence.get(sentence.index()));
      // "It was the second weekend of gun violence; a man was killed on Halstead Street last
      // Saturday": with no word for an event, a count told on a day before the shooting's is of
      // an earlier event, not the shooting's (its dead die after it is told, never before).
      boolean ofAnEarlierDay = anchors.isEmpty() && ofAnEarlierDay(focus, dates.likelyDay(told));
      for (Figure figure : ofAnEarlierDay ? List.<Figure>of() : figures.find(text)) {
        reading.figures(
            nearest(victimsOf(anchors, figure), figure.start(), figure.end(), focus),
            List.of(figure));
      }
      reading.ownDeath(focus);
      reading.foundDead(focus);
      reading.responsibility(focus, responsibility.find(text));
      // The place goes to the event told nearest its words, as a figure does: "A boy was arrested
      // after a girl was shot while he showed off a handgun in Chalmette".
      reading.place(
          place
              .map(
                  found ->
                      nearest(
                          anchors,
                          found.start() - sentence.start(),
                          found.end() - sentence.start(),
                          focus))
              .orElse(focus),
          place,
          anchors.isEmpty());
      if (first) {
        // The places of the sentences before the first event come after the place its own sentence
        // names: a related story's town above the lead ("the theft of a tractor from a Johns Island
        // business") does not outrank "A 2-year-old boy shot and killed near his home in Denmark";
        // a finer place among them still refines the event's.
        beforeFirst.forEach(held -> held.reading().place(focus, held.place()));
      }
    }
    if (drafts.isEmpty()) {
      headlineEvent(document)
          .ifPresent(draft -> drafts.add(headlineFigures(withHeld(draft, beforeFirst), document)));
    }
    // The headline's day of its shooting, for an event whose text gave no day near it.
    dates.headlineDay().ifPresent(day -> drafts.forEach(draft -> draft.likelyDay(day)));
    drafts.forEach(EventDraft::dateByLikelyDay);
    drafts.forEach(EventDraft::dateByNewsDay);
    ReportPlacer placer = new ReportPlacer(gazetteer, document, places);
    placer.datelinePlace().ifPresent(dateline -> ReportPlacer.placeUnplaced(drafts, dateline));
    // The police of a town work in it: their town places what no other place does, and, as the
    // report's own town does, replaces a dateline or where someone lives.
    Optional<Claim> policeTown = placer.policeTown();
    policeTown.ifPresent(town -> ReportPlacer.placeUnplaced(drafts, town));
    placer
        .residenceTown(placesBySentence, actorSpans)
        .ifPresent(town -> ReportPlacer.placeUnplaced(drafts, town));

    List<ActorMention> named = reportActors.find(document.text());
    LocalDate reference = dates.reference(drafts);
    Predicate<EventDraft> news = draft -> !isBackground(draft, reference);
    // A report of a charge, a plea or a sentence for an earlier shooting, telling of no newer
    // violence, gives that shooting's town as a whole ("Toledo man gets 18 years to life" over
    // "Lucas County Common Pleas Judge"), as its dateline does.
    Predicate<EventDraft> placed = tellsOfNoNewViolence(drafts, news) ? draft -> true : news;
    placer
        .reportTown(placesBySentence, actorSpans)
        .or(() -> policeTown)
        .ifPresent(town -> ReportPlacer.placeInTown(drafts, town, placed));
    placer.headlineTown().ifPresent(town -> placer.placeByHeadline(drafts, town, placed));
    placer.storyTown().ifPresent(town -> ReportPlacer.placeCoarse(drafts, town, placed));
    placer.outletTown().ifPresent(town -> ReportPlacer.placeCoarse(drafts, town, placed));
    // No town at all: the county the report writes is finer than its state.
    placer.countyPlace().ifPresent(county -> placer.placeByCounty(drafts, county, placed));
    List<String> reportNames =
        personsBySentence.stream().flatMap(List::stream).map(EntityMention::text).toList();
    return new Report(
        annotated, events(document, drafts, published, reference, named, reportNames, places));
  }

  /**
   * The event the headline alone tells of, when the text has no word for one: "Shooter in fatal
   * Elmwood hunting accident identified" over a text about hunters' safety. Empty when the title is
   * missing, is the text's own first line, or tells nothing as a fact.
   */
  private Optional<EventDraft> headlineEvent(Document document) {
    String title = document.title();
    if (title == null || title.isBlank() || document.text().contains(title.strip())) {
      return Optional.empty();
    }
    List<Trigger> factual =
        triggers.find(title).stream().filter(t -> t.mood() == Trigger.Mood.FACTUAL).toList();
    return mainTrigger(factual)
        .map(
            trigger -> {
              EventDraft draft = EventDraft.ofHeadline(trigger.start(), trigger.end(), trigger);
              draft.tell(title);
              return draft;
            });
  }

  /**
   * The headline's event with the figures and days the text's sentences told; not their places,
   * which a text that tells no event gives to its sources and its background ("a supervisor at the
   * regional office in Avon"): the headline's town, or the report's, places the event.
   */
  private static EventDraft withHeld(EventDraft draft, List<HeldFigures> held) {
    for (HeldFigures each : held) {
      each.reading().figures(draft, each.figures());
      each.day().ifPresent(draft::likelyDay);
      draft.tell(each.reading().text());
    }
    return draft;
  }

  /**
   * The headline's own figures, for what no sentence of the text counted: "3-year-old kills herself
   * with loaded gun" over a text of bullet points tells the girl's death.
   */
  private EventDraft headlineFigures(EventDraft draft, Document document) {
    String title = document.title();
    Attribution attribution = attributions.attribution(title);
    for (Figure figure : figures.find(title)) {
      boolean told = draft.claims().stream().anyMatch(claim -> claim.slot() == figure.slot());
      if (!told) {
        draft.add(
            new Claim(
                figure.slot(),
                figure.quantity(),
                figure.group(),
                Span.ofTitle(document.id(), figure.start(), figure.end()),
                attribution,
                document.published().value()));
      }
    }
    return draft;
  }

  /**
   * Keeps the victims a sentence counts before the report has named any event: a lead often tells
   * who was killed ("a friend killed the 63-year-old father") before the word for the event
   * ("shooting") comes; they belong to the first event the report tells of.
   */
  private void holdFigures(
      Document document,
      Sentence sentence,
      String text,
      LocalDate published,
      Optional<PlaceMention> place,
      Optional<Claim> day,
      List<EntityMention> persons,
      List<HeldFigures> held) {
    List<Figure> found = figures.find(text);
    if (!found.isEmpty() || place.isPresent() || day.isPresent() || !text.isBlank()) {
      Attribution attribution = attributions.attribution(text);
      held.add(
          new HeldFigures(
              new SentenceReading(document, sentence, text, attribution, published, persons),
              found,
              place,
              day));
    }
  }

  /** Whether a sentence's day lies before the day of the shooting it would be read with. */
  private static boolean ofAnEarlierDay(EventDraft focus, Optional<Claim> day) {
    if (day.isEmpty()
        || focus.recalled()
        || focus.subtype() != SubEventType.ATTACK
        || focus.date() == null
        || !EventDater.isDay(focus.date())) {
      return false;
    }
    EventDate told = (EventDate) day.get().value();
    return EventDater.isDay(told) && told.value().isBefore(focus.date().value());
  }

  /**
   * Figures, the place and a likely day of a sentence read before any event, waiting for the first
   * one.
   */
  private record HeldFigures(
      SentenceReading reading,
      List<Figure> figures,
      Optional<PlaceMention> place,
      Optional<Claim> day) {}

  /** A trigger of a sentence, placed in the event it tells of; offsets are the sentence's. */
  private record Anchor(int start, EventDraft draft) {}

  /**
   * The anchors that can hold {@code figure}: for the dead and the wounded, the violent events of
   * the sentence when it tells of one, not an arrest beside it. In "A 14-year-old girl was fatally
   * wounded and the suspected shooter was arrested in a shooting late Tuesday night", the girl is
   * the shooting's dead, though "arrested" stands nearer her words.
   */
  private static List<Anchor> victimsOf(List<Anchor> anchors, Figure figure) {
    if (figure.slot() != Slot.FATALITIES
        && figure.slot() != Slot.INJURIES
        && figure.slot() != Slot.CASUALTIES) {
      return anchors;
    }
    List<Anchor> violent =
        anchors.stream()
            .filter(a -> a.draft().subtype().type() != EventType.STRATEGIC_DEVELOPMENTS)
            .toList();
    return violent.isEmpty() ? anchors : violent;
  }

  /**
   * The event of the trigger nearest the words {@code [start, end)} of a figure or a place (offsets
   * of the sentence), a trigger inside them nearest of all: in "A boy was arrested after a teenage
   * girl was accidentally shot", the girl is the shooting's victim, not the arrest's.
   */
  private static EventDraft nearest(List<Anchor> anchors, int start, int end, EventDraft fallback) {
    EventDraft best = fallback;
    int distance = Integer.MAX_VALUE;
    for (Anchor anchor : anchors) {
      int d =
          anchor.start() >= start && anchor.start() < end ? 0 : Math.abs(anchor.start() - start);
      if (d < distance) {
        distance = d;
        best = anchor.draft();
      }
    }
    return best;
  }

  /**
   * Places the sentence's triggers in events: its main trigger, and any other trigger that has a
   * date of its own right beside it ("the attack took place days before the November 13, 2015
   * attacks"). Other triggers of the sentence are taken for words about the main event ("a drone
   * strike on a car bomb").
   */
  private List<Anchor> anchors(
      List<EventDraft> drafts, EventDraft current, ToldSentence told, ReportDates dates) {
    List<Trigger> factual = triggers.find(told.text()).stream().filter(Trigger::isFactual).toList();
    Optional<Trigger> main = mainTrigger(factual);
    if (main.isEmpty()) {
      return List.of();
    }
    List<TimeExpression> free = new ArrayList<>(told.times());
    List<Trigger> others = new ArrayList<>();
    List<List<TimeExpression>> ownTimes = new ArrayList<>();
    List<Trigger> followed = new ArrayList<>();
    List<Trigger> later = new ArrayList<>();
    boolean violenceTold = false;
    for (Trigger trigger : factual) {
      if (trigger.equals(main.get())
          || killsItsShooter(told.text(), main.get(), trigger)
          || tellsItsToll(told.text(), main.get(), trigger)) {
        continue;
      }
      Optional<TimeExpression> own =
          namesTheKindOf(told.text(), main.get(), trigger)
                  || refersToTheMain(told.text(), main.get(), trigger)
              ? Optional.empty()
              : ownTime(free, told, trigger, main.get(), factual);
      if (own.isPresent() && oneViolence(told, free, main.get(), trigger, own.get())) {
        own = Optional.empty();
      }
      boolean follows = !violenceTold && followsViolence(main.get(), trigger);
      if (own.isEmpty() && follows) {
        // "was arrested Monday in connection with the shooting death of a boy at a home in
        // southeast Cedar Rapids on March 18": the day ends the killing's phrase, however long.
        own = clauseDay(free, told, trigger, factual);
      }
      if (follows) {
        followed.add(trigger);
      }
      if (own.isPresent()) {
        free.remove(own.get());
        others.add(trigger);
        ownTimes.add(List.of(own.get()));
      } else if (!violenceTold && followsViolence(main.get(), trigger)) {
        // "Two suspects were arrested Monday in the killing of a man": the killing is an event of
        // its own, whose day the sentence does not give.
        others.add(trigger);
        ownTimes.add(List.of());
        violenceTold = true;
      }
      if (current != null
          && main.get().subtype().type() != EventType.STRATEGIC_DEVELOPMENTS
          && toldAsLater(told.text(), trigger)) {
        // "The shooting came on a violent weekend: a man was shot dead in Racine hours later".
        if (!others.contains(trigger)) {
          others.add(trigger);
          ownTimes.add(List.of());
        }
        later.add(trigger);
      }
    }
    if (current != null && toldAsLater(told.text(), main.get())) {
      later.add(main.get());
    }
    List<Anchor> anchors = new ArrayList<>();
    Anchor first = anchor(drafts, current, told, dates, main.get(), free, null, later);
    anchors.add(first);
    // A second trigger with a date of its own tells of another event than the main one.
    boolean currentDevelopment =
        !first.draft().recalled() && !dater.isBackground(first.draft().date(), told.published());
    for (int i = 0; i < others.size(); i++) {
      Anchor other =
          anchor(
              drafts, current, told, dates, others.get(i), ownTimes.get(i), first.draft(), later);
      // Only a day the sentence gives the violence ties it to the arrest: "A then-14-year-old was
      // arrested in connection with Richardson's killing" may tell of an arrest long past.
      if (currentDevelopment && followed.contains(others.get(i)) && !ownTimes.get(i).isEmpty()) {
        other.draft().followUp();
      }
      anchors.add(other);
    }
    anchors.sort(Comparator.comparingInt(Anchor::start));
    return anchors;
  }

  /**
   * Whether a second violent trigger beside the day of this week tells of the same violence as the
   * sentence's main one, which no other time of the sentence dates: "Police are looking for a
   * suspect in the shooting of a 7-year-old boy who called 911 after being struck by a stray bullet
   * in his Paterson home Monday", "A boy was killed when a gun went off while he and his friends
   * were play fighting in the Bronx Thursday evening". The day is the one event's. A day of another
   * year ("days before the November 13, 2015 attacks") or a day the main trigger keeps beside its
   * own still tells of two.
   */
  private boolean oneViolence(
      ToldSentence told,
      List<TimeExpression> free,
      Trigger main,
      Trigger other,
      TimeExpression own) {
    if (main.subtype().type() == EventType.STRATEGIC_DEVELOPMENTS
        || other.subtype().type() == EventType.STRATEGIC_DEVELOPMENTS
        || told.published() == null) {
      return false;
    }
    int mainStart = told.sentence().start() + main.start();
    List<TimeExpression> rest = new ArrayList<>(free);
    rest.remove(own);
    if (dater.date(rest, mainStart, told.published()).isPresent()) {
      return false;
    }
    return dater
        .date(List.of(own), told.sentence().start() + other.start(), told.published())
        .filter(day -> day.precision() == DatePrecision.DAY)
        .map(EventDate::value)
        .filter(
            day ->
                !day.isAfter(told.published())
                    && !day.isBefore(told.published().minusDays(RECENT_DAYS)))
        .isPresent();
  }

  /** The days before publication whose violence a report tells as its news. */
  private static final int RECENT_DAYS = 7;

  /**
   * Whether {@code other} only names the kind of the violent event {@code main} tells of: "was
   * fatally shot in a hunting accident in Caledonia on Sunday", "was gunned down during a drive-by
   * shooting two weeks ago". The day beside it is the main event's.
   */
  private static boolean namesTheKindOf(String sentence, Trigger main, Trigger other) {
    return main.subtype().type() != EventType.STRATEGIC_DEVELOPMENTS
        && other.subtype().type() != EventType.STRATEGIC_DEVELOPMENTS
        && main.end() <= other.start()
        && KIND_PHRASE.matcher(sentence.substring(main.end(), other.start())).matches();
  }

  /**
   * Whether {@code other} is the violence {@code main} told, named again with the definite article:
   * "a truck driver who shot a man on Interstate 80 last month, saying the shooting was
   * self-defense". The day between them is the one event's. Not "the shooting of his brother",
   * which says whose, nor a generic word ("admitted to the killing"), which may tell another.
   */
  private static boolean refersToTheMain(String sentence, Trigger main, Trigger other) {
    return main.subtype().type() != EventType.STRATEGIC_DEVELOPMENTS
        && other.subtype().type() != EventType.STRATEGIC_DEVELOPMENTS
        && !other.generic()
        && main.end() <= other.start()
        && THE_BEFORE.matcher(sentence.substring(main.end(), other.start())).find()
        && !OF_AFTER.matcher(sentence.substring(other.end())).find();
  }

  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");

  private static final Pattern OF_AFTER = Pattern.compile("(?i)^\\s+of\\b");

  /** The words between a killing and the phrase that names its kind: "... in a hunting". */
  private static final Pattern KIND_PHRASE =
      Pattern.compile(
          "(?i)(?:\\s+[^,.;]{0,50}?)?\\s+(?:in|during)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?");

  /** A killing of oneself: "before killing himself", "then shooting herself". */
  private static final Pattern SELF_AFTER =
      Pattern.compile("^\\s+(?:himself|herself|themselves)\\b");

  /**
   * Whether {@code other} is the shooter's own death after the violence {@code main} tells: "A man
   * shot his wife and two children before killing himself Sunday" is one event, and its day is the
   * shooting's.
   */
  private static boolean killsItsShooter(String sentence, Trigger main, Trigger other) {
    return main.subtype().type() != EventType.STRATEGIC_DEVELOPMENTS
        && main.end() <= other.start()
        && SELF_AFTER.matcher(sentence.substring(other.end())).find();
  }

  /**
   * A participle joined to the clause before it: ", killing", "and wounding", ", fatally shooting".
   */
  private static final Pattern JOINED_PARTICIPLE =
      Pattern.compile("(?i)(?:,|\\band)\\s+(?:\\p{Ll}+ly\\s+)?$");

  /**
   * Whether {@code other} is a participle that tells what the violence {@code main} did: "A gunman
   * shot four people, killing two, Saturday night", "opened fire at a party Saturday night,
   * shooting four people and killing two" are one event, and the day beside the participle is the
   * main event's.
   */
  private static boolean tellsItsToll(String sentence, Trigger main, Trigger other) {
    return main.subtype().type() != EventType.STRATEGIC_DEVELOPMENTS
        && other.subtype().type() != EventType.STRATEGIC_DEVELOPMENTS
        && main.end() <= other.start()
        && sentence.substring(other.start(), other.end()).toLowerCase(Locale.ROOT).endsWith("ing")
        && JOINED_PARTICIPLE.matcher(sentence.substring(main.end(), other.start())).find();
  }

  /** An arrest or another development told with the violence it followed ("in the killing of"). */
  private static boolean followsViolence(Trigger main, Trigger other) {
    return main.subtype().type() == EventType.STRATEGIC_DEVELOPMENTS
        && !main.generic()
        && other.subtype().type() != EventType.STRATEGIC_DEVELOPMENTS;
  }

  /**
   * Whether the sentence refers back to an event or its people with words other than the trigger.
   */
  private static boolean refersBack(String sentence, Trigger trigger) {
    Matcher back = REFERS_BACK.matcher(sentence);
    while (back.find()) {
      if (back.end() <= trigger.start() || trigger.end() <= back.start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The event a sentence of the scene tells of: the one the report is on about, but the latest
   * violent event when that is an arrest or another development. In "Police arrested a man at a
   * home on Main Street. Deputies responded around 5 p.m. October 11 to a home on Ryan Road", the
   * deputies came to the shooting, not to the arrest.
   */
  private static EventDraft sceneOf(List<EventDraft> drafts, EventDraft focus) {
    if (focus.subtype().type() != EventType.STRATEGIC_DEVELOPMENTS) {
      return focus;
    }
    EventDraft violent = latestViolent(drafts, null);
    return violent != null && !violent.recalled() ? violent : focus;
  }

  /** The latest event that is not a strategic development, on no other day; null if none. */
  private static EventDraft latestViolent(List<EventDraft> drafts, EventDate date) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      EventDraft draft = drafts.get(i);
      boolean sameDay = date == null || draft.date() == null || date.equals(draft.date());
      if (sameDay && draft.subtype().type() != EventType.STRATEGIC_DEVELOPMENTS) {
        return draft;
      }
    }
    return null;
  }

  /** The characters between a time expression and the span {@code [start, end)}. */
  private static int gap(TimeExpression time, int start, int end) {
    if (time.end() <= start) {
      return start - time.end();
    }
    return time.start() >= end ? time.start() - end : 0;
  }

  /**
   * The words that open a phrase about another event after a verb's day: "arrested two men Friday
   * in the shooting death", "was taken into custody Monday in connection with the killing".
   */
  private static final Pattern PHRASE_AFTER_A_DAY =
      Pattern.compile(
          "(?i)^\\s*,?\\s*(?:in(?:\\s+connection\\s+with)?|after|for|following|over|during|of)\\s+(?:the|a|an"
              + "|his|her|their|last\\s+\\p{L}+['’]s|\\p{L}+['’]s)\\b[^.;]*$");

  /**
   * The trigger a day belongs to by its words, when they tell: a day between two triggers followed
   * by a phrase that goes on to the later one ends the clause of the earlier one ("arrested two men
   * Friday in the shooting death of a girl" is the arrest's day). Empty when the words do not tell,
   * and the nearest trigger takes the day.
   */
  private static Optional<Trigger> clauseOf(
      ToldSentence told, TimeExpression time, List<Trigger> triggers) {
    int from = time.start() - told.sentence().start();
    int to = time.end() - told.sentence().start();
    Trigger before = null;
    Trigger after = null;
    for (Trigger trigger : triggers) {
      if (trigger.end() <= from && (before == null || trigger.end() > before.end())) {
        before = trigger;
      } else if (trigger.start() >= to && (after == null || trigger.start() < after.start())) {
        after = trigger;
      }
    }
    return before != null
            && after != null
            && PHRASE_AFTER_A_DAY.matcher(told.text().substring(to, after.start())).find()
        ? Optional.of(before)
        : Optional.empty();
  }

  /**
   * Whether a day belongs to {@code trigger} rather than to another trigger of the sentence: by the
   * clause it ends, else by standing nearer it than any other. In "the man believed to have fired
   * the deadly shot was arrested on Friday", Friday is the arrest's.
   */
  private static boolean isOwnedBy(
      ToldSentence told, TimeExpression time, Trigger trigger, List<Trigger> triggers) {
    Optional<Trigger> clause = clauseOf(told, time, triggers);
    if (clause.isPresent()) {
      return clause.get().equals(trigger);
    }
    int offset = told.sentence().start();
    int own = gap(time, offset + trigger.start(), offset + trigger.end());
    // "was shot and killed in Apopka Saturday and a 16-year-old has been arrested": the day stands
    // nearer the killing than the arrest, and is the killing's.
    return triggers.stream()
        .filter(other -> !other.equals(trigger))
        .noneMatch(other -> gap(time, offset + other.start(), offset + other.end()) < own);
  }

  /**
   * A readable date within a few words of a trigger, with no main trigger between them, that
   * belongs to no other trigger: in "03/14/2018: A suicide bomber detonated a vest" the date is the
   * bombing's, not the detonation's.
   */
  private Optional<TimeExpression> ownTime(
      List<TimeExpression> times,
      ToldSentence told,
      Trigger trigger,
      Trigger main,
      List<Trigger> triggers) {
    int start = told.sentence().start() + trigger.start();
    int end = told.sentence().start() + trigger.end();
    int mainStart = told.sentence().start() + main.start();
    for (TimeExpression time : times) {
      if (!isOwnedBy(told, time, trigger, triggers)) {
        continue;
      }
      boolean between =
          time.end() <= mainStart && mainStart < start
              || end <= mainStart && mainStart < time.start();
      boolean near =
          !between && time.end() <= start && start - time.end() <= OWN_DATE_CHARS
              || !between && time.start() >= end && time.start() - end <= OWN_DATE_CHARS;
      if (near
          && (time.type().equals("DATE") || time.type().equals("TIME"))
          && dater.date(List.of(time), start, told.published()).isPresent()) {
        return Optional.of(time);
      }
    }
    return Optional.empty();
  }

  /**
   * The day that ends the phrase of violence an arrest or another development followed, however far
   * from its trigger, when no other trigger stands nearer it: "arrested Monday in connection with
   * the shooting death of a boy at a home in southeast Cedar Rapids on March 18".
   */
  private Optional<TimeExpression> clauseDay(
      List<TimeExpression> times, ToldSentence told, Trigger trigger, List<Trigger> triggers) {
    int end = told.sentence().start() + trigger.end();
    for (TimeExpression time : times) {
      if (time.start() >= end
          && isOwnedBy(told, time, trigger, triggers)
          && (time.type().equals("DATE") || time.type().equals("TIME"))
          && dater
              .date(List.of(time), told.sentence().start() + trigger.start(), told.published())
              .isPresent()) {
        return Optional.of(time);
      }
    }
    return Optional.empty();
  }

  /** A sentence that says it tells of another event: "In a separate case,", "Separately,". */
  private static final Pattern SEPARATE_CASE =
      Pattern.compile(
          "\\s*(?:(?:In|On)\\s+(?:a|an|another)\\s+(?:separate|unrelated)\\s+"
              + "(?:case|incident|shooting|matter|investigation)|In\\s+another\\s+(?:case|incident)"
              + "|Separately|In\\s+other\\s+news)\\b");

  /**
   * Words of time elapsed after which a violent trigger tells a later event than the one told so
   * far: "a man was shot dead in Racine hours later", "Two days later, a woman was wounded". Not
   * minutes or moments, which are the same violence going on.
   */
  private static final Pattern LATER =
      Pattern.compile(
          "(?i)\\b(?:(?:several|a\\s+few|a\\s+couple\\s+of|\\p{L}+|\\d+)\\s+)?(?:hours?|days?|weeks?)"
              + "\\s+later\\b");

  /** The words between a trigger and its "hours later": its own clause, no other verb of it. */
  private static final Pattern OWN_CLAUSE =
      Pattern.compile(
          "(?i)^(?:\\s+(?!(?:and|but|then|died|dies|was|were|after|before|when)\\b)[\\p{L}\\d'’.-]+){0,6}\\s+$");

  private static final Pattern LATER_LEAD =
      Pattern.compile(
          "(?i)^\\s*(?:(?:several|a\\s+few|a\\s+couple\\s+of|\\p{L}+|\\d+)\\s+)?(?:hours?|days?"
              + "|weeks?)\\s+later\\s*,");

  /**
   * Whether a sentence's main violent trigger is told as happening hours, days or weeks after the
   * event told so far; not one named with "the", which is that event.
   */
  private static boolean toldAsLater(String sentence, Trigger trigger) {
    if (trigger.subtype().type() == EventType.STRATEGIC_DEVELOPMENTS) {
      return false;
    }
    if (THE_BEFORE.matcher(sentence.substring(0, trigger.start())).find()) {
      // "arrested in connection with the shooting four hours later": the shooting told so far.
      return false;
    }
    if (LATER_LEAD.matcher(sentence).lookingAt()) {
      return true;
    }
    Matcher later = LATER.matcher(sentence);
    while (later.find()) {
      if (later.start() >= trigger.end()
          && OWN_CLAUSE.matcher(sentence.substring(trigger.end(), later.start())).matches()) {
        return true;
      }
    }
    return false;
  }

  private Anchor anchor(
      List<EventDraft> drafts,
      EventDraft current,
      ToldSentence told,
      ReportDates dates,
      Trigger trigger,
      List<TimeExpression> sentenceTimes,
      EventDraft excluded,
      List<Trigger> later) {
    Sentence sentence = told.sentence();
    int start = sentence.start() + trigger.start();
    int end = sentence.start() + trigger.end();
    // "handed out gun locks Saturday, two weeks after a boy shot himself": Saturday is not the
    // shooting's day, but tells it.
    List<TimeExpression> times = dates.seenFrom(sentenceTimes, start);
    // The day nearest the trigger decides: "a Tuesday deadline ... the September 11 attacks".
    boolean recalled = dater.namesAnotherYear(times, start, told.published());
    EventDate date = recalled ? null : dater.date(times, start, told.published()).orElse(null);
    if (!recalled && date == null && ReportDates.tellsOfLastYear(told.text())) {
      // "Last year's attacks included ... a rocket bombardment on Kabul airport": of another year,
      // though a report without its own date cannot tell which.
      recalled = true;
    }
    if (!recalled
        && date == null
        && excluded != null
        && yearsBefore(excluded.date(), told.published())) {
      // "Evans was arrested in August 2014 after he shot and injured six people": what an arrest
      // of years ago followed is of that time too, not the shooting the report is about.
      recalled = true;
    }
    // "In a separate case, the office is reviewing an April police shooting": another event, by
    // the reporter's own word, whatever the events told so far; so is a shooting told "hours
    // later".
    boolean separate = SEPARATE_CASE.matcher(told.text()).lookingAt() || later.contains(trigger);
    EventDraft draft =
        recalled || separate
            ? null
            : findDraft(
                drafts,
                excluded == current ? null : current,
                trigger,
                date,
                // A long-past event ("a November 2003 incident in which a boy shot his friend") is
                // not the one the report told of so far without a day.
                yearsBefore(date, told.published())
                    ? candidate -> candidate != excluded && candidate.date() != null
                    : candidate -> candidate != excluded);
    if (draft == null
        && !recalled
        && !separate
        && excluded == null
        && date == null
        && current != null
        && current.killingOfTheDay(trigger, told.published())) {
      // "A couple and their baby were killed in a hotel room Friday" … "found them all dead from
      // apparent gunshot wounds": an undated shooting is the day's killing told so far, not a
      // second event.
      draft = current;
    }
    if (draft == null
        && !recalled
        && !separate
        && excluded == null
        && refersBack(told.text(), trigger)) {
      // "The driver was shot and killed during the abduction", "The assailants shot nine of them":
      // the violent event told so far, told on, not a new one.
      draft = latestViolent(drafts, date);
      if (draft != null && draft.date() == null && yearsBefore(date, told.published())) {
        // "In August 2014, Doe opened fire on a cookout ... Six people were wounded in the
        // incident": a long-past event is not the one the report told of so far without a day.
        draft = null;
      }
    }
    if (draft == null) {
      draft = new EventDraft(start, end, trigger, date);
      if (recalled) {
        draft.recall();
      }
      drafts.add(draft);
    } else {
      draft.absorb(start, end, trigger, date);
    }
    if (date != null && draft.date() == date) {
      draft.add(dates.dateClaim(sentence, times, date));
    }
    return new Anchor(trigger.start(), draft);
  }

  /**
   * Whether every violent event of the report is of the past: the report follows up an earlier
   * shooting (an arrest, a charge, a sentence) and tells of nothing newer.
   */
  private static boolean tellsOfNoNewViolence(List<EventDraft> drafts, Predicate<EventDraft> news) {
    return drafts.stream()
        .noneMatch(
            draft ->
                news.test(draft) && draft.subtype().type() != EventType.STRATEGIC_DEVELOPMENTS);
  }

  /**
   * Whether an event is background to the report: recalled, or over before the report's news began;
   * the violence a current arrest of the report followed is its subject up to a year back ("was
   * arrested Monday in connection with the shooting death of a boy on March 18").
   */
  private boolean isBackground(EventDraft draft, LocalDate reference) {
    if (draft.recalled()) {
      return true;
    }
    return draft.followedUp()
        ? yearsBefore(draft.date(), reference)
        : dater.isBackground(draft.date(), reference);
  }

  /**
   * Whether {@code date} began more than thirteen months before publication: a month or less of it
   * can have reached into the year before publication, no more. A bare year counts when it ended
   * that long before: "one arrest in 2007 for a shooting" in a 2016 report.
   */
  private static boolean yearsBefore(EventDate date, LocalDate published) {
    if (date == null || published == null) {
      return false;
    }
    LocalDate from = date.precision() == DatePrecision.YEAR ? date.lastDay() : date.value();
    return from.plusMonths(1).isBefore(published.minusYears(1));
  }

  /**
   * The event a trigger continues: the latest of the same kind, else, for a word like "the attack",
   * the event the text is on about, else the latest that accepts it; null for a new one.
   */
  private static EventDraft findDraft(
      List<EventDraft> drafts,
      EventDraft current,
      Trigger trigger,
      EventDate date,
      Predicate<EventDraft> allowed) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      if (allowed.test(drafts.get(i)) && drafts.get(i).sameKind(trigger, date)) {
        return drafts.get(i);
      }
    }
    if (trigger.generic()
        && current != null
        && allowed.test(current)
        && current.accepts(trigger, date)) {
      return current;
    }
    for (int i = drafts.size() - 1; i >= 0; i--) {
      if (allowed.test(drafts.get(i)) && drafts.get(i).accepts(trigger, date)) {
        return drafts.get(i);
      }
    }
    return null;
  }

  /** The sentence's most telling factual trigger: the first specific one, else the first. */
  private static Optional<Trigger> mainTrigger(List<Trigger> factual) {
    return factual.stream()
        .filter(trigger -> !trigger.generic())
        .findFirst()
        .or(() -> factual.stream().findFirst());
  }

  /** Items grouped by the index of their sentence, in one pass over the document. */
  private static <T> List<List<T>> bySentence(
      AnnotatedDocument annotated, List<T> items, ToIntFunction<T> sentence) {
    List<List<T>> grouped = new ArrayList<>();
    annotated.sentences().forEach(each -> grouped.add(new ArrayList<>()));
    for (T item : items) {
      int index = sentence.applyAsInt(item);
      if (index < grouped.size()) {
        grouped.get(index).add(item);
      }
    }
    return grouped;
  }

  private List<EventMention> events(
      Document document,
      List<EventDraft> drafts,
      LocalDate published,
      LocalDate reference,
      List<ActorMention> named,
      List<String> reportNames,
      ReportPlaces places) {
    List<EventMention> events = new ArrayList<>();
    for (EventDraft draft : drafts) {
      Span trigger =
          draft.inTitle()
              ? Span.ofTitle(document.id(), draft.triggerStart(), draft.triggerEnd())
              : new Span(document.id(), draft.triggerStart(), draft.triggerEnd());
      boolean background = isBackground(draft, reference);
      List<Claim> claims =
          withoutParentPerpetrators(withLocalBranch(draft.claims(), named, document, published));
      claims = withNamedDead(claims, draft, reportNames, published);
      claims = withDeadToldApart(claims, document, published);
      claims = AttackerToldAgain.regrouped(claims, document);
      claims = AttackerToldAgain.heldByACount(claims, document);
      claims = asRead(claims, places, document);
      AttackClassifier.Types types =
          classifier.classify(
              draft.subtype(),
              draft.told(),
              EventFigures.figure(claims, Slot.FATALITIES),
              EventFigures.figure(claims, Slot.ABDUCTED));
      events.add(
          new EventMention(
              document.id() + "#" + draft.firstTrigger(),
              types.subtype(),
              trigger,
              background,
              claims,
              types.attackType()));
    }
    return events;
  }

  /**
   * The claims with each place as its report reads it: a town whose state no word of the report
   * tells is marked as the gazetteer's guess ({@link ReportPlaces#asRead}).
   */
  private static List<Claim> asRead(List<Claim> claims, ReportPlaces places, Document document) {
    List<Claim> read = new ArrayList<>(claims.size());
    for (Claim claim : claims) {
      if (claim.value() instanceof Place place) {
        Place asRead = places.asRead(place, document.textOf(claim.evidence()));
        read.add(
            asRead == place
                ? claim
                : new Claim(
                    claim.slot(),
                    asRead,
                    claim.group(),
                    claim.evidence(),
                    claim.attribution(),
                    claim.reported()));
      } else {
        read.add(claim);
      }
    }
    return read;
  }

  /**
   * Adds the local branch as perpetrator when the event is blamed on or claimed by an organisation
   * and the report names, anywhere, one of that organisation's branches whose home is the event's
   * country: "ISIS claimed the Kabul bombing" in a report that speaks of ISIS-K makes the Islamic
   * State Khorasan Province the perpetrator (the claim stays the parent's). The evidence is the
   * branch's name where the report first gives it. Two candidate branches, or none, add nothing.
   */
  private List<Claim> withLocalBranch(
      List<Claim> claims, List<ActorMention> named, Document document, LocalDate published) {
    String country = null;
    Set<String> blamed = new HashSet<>();
    for (Claim claim : claims) {
      if (claim.value() instanceof Place place && country == null) {
        country = place.country();
      } else if ((claim.slot() == Slot.PERPETRATOR || claim.slot() == Slot.CLAIMED_BY)
          && claim.value() instanceof ActorReference reference
          && reference.actor() != null) {
        blamed.add(reference.actor().name());
      }
    }
    if (country == null || blamed.isEmpty()) {
      return claims;
    }
    ActorMention branch = null;
    for (ActorMention mention : named) {
      if (mention.needsContext() || !country.equals(mention.actor().country())) {
        continue;
      }
      boolean ofBlamed =
          actors
              .parentOf(mention.actor())
              .filter(parent -> blamed.contains(parent.name()))
              .isPresent();
      if (!ofBlamed || blamed.contains(mention.actor().name())) {
        continue;
      }
      if (branch != null && !branch.actor().equals(mention.actor())) {
        return claims;
      }
      if (branch == null) {
        branch = mention;
      }
    }
    if (branch == null) {
      return claims;
    }
    List<Claim> with = new ArrayList<>(claims);
    with.add(
        new Claim(
            Slot.PERPETRATOR,
            new ActorReference(branch.text(), branch.actor(), null),
            null,
            new Span(document.id(), branch.start(), branch.end()),
            Attribution.REPORTER,
            published));
    return with;
  }

  /**
   * Adds the count of the dead the report tells one by one by name ("Jaxon Reed, 6, was pronounced
   * dead", "Morgan Reed died Tuesday"), when no count of its own covers them.
   */
  private static List<Claim> withNamedDead(
      List<Claim> claims, EventDraft draft, List<String> reportNames, LocalDate published) {
    Optional<Claim> total = NamedDead.total(draft.namedDead(), claims, reportNames, published);
    if (total.isEmpty()) {
      return claims;
    }
    List<Claim> with = new ArrayList<>(claims);
    with.add(total.get());
    return with;
  }

  /**
   * Adds the count of the dead the report tells in parts about different people: a killer's victims
   * and his own death, or a woman, a man and a girl told in separate sentences.
   */
  private static List<Claim> withDeadToldApart(
      List<Claim> claims, Document document, LocalDate published) {
    List<Claim> with = new ArrayList<>(claims);
    DeadToldApart.victimsAndKiller(with, document, published).ifPresent(with::add);
    DeadToldApart.peopleOneByOne(with, document, published).ifPresent(with::add);
    return with;
  }

  /**
   * Drops a perpetrator whose own branch is named as the perpetrator too: when "Islamic State
   * Mozambique Province militants raided the town" and "the Islamic State claimed" it, the branch
   * did it; the claim stays the parent's.
   */
  private List<Claim> withoutParentPerpetrators(List<Claim> claims) {
    Set<String> parents = new HashSet<>();
    for (Claim claim : claims) {
      if (claim.slot() == Slot.PERPETRATOR
          && claim.value() instanceof ActorReference reference
          && reference.actor() != null) {
        actors.parentOf(reference.actor()).ifPresent(parent -> parents.add(parent.name()));
      }
    }
    if (parents.isEmpty()) {
      return claims;
    }
    return claims.stream()
        .filter(
            claim ->
                claim.slot() != Slot.PERPETRATOR
                    || !parents.contains(((ActorReference) claim.value()).name()))
        .toList();
  }

  /** The claims one sentence adds to the event it tells of. */
  private record SentenceReading(
      Document document,
      Sentence sentence,
      String text,
      Attribution attribution,
      LocalDate published,
      List<EntityMention> persons) {

    void figures(EventDraft draft, List<Figure> found) {
      for (Figure figure : found) {
        Span span = span(figure.start(), figure.end());
        draft.add(
            new Claim(
                figure.slot(),
                figure.quantity(),
                group(draft, figure),
                span,
                attribution,
                published));
        if (!attribution.isPerpetrator()) {
          for (String name : NamedDead.namesOf(figure, text, persons, sentence.start())) {
            draft.namedDead(new NamedDead.Victim(name, span, NamedDead.otherCause(text)));
          }
        }
      }
    }

    /**
     * The killer's own death the sentence tells of him by name without counting it: "Husband and
     * father Jo Doe is believed to have killed his children before he turned the gun on himself".
     */
    void ownDeath(EventDraft draft) {
      if (attribution.isPerpetrator()) {
        return;
      }
      NamedDead.ownDeathOf(text, persons, sentence.start())
          .ifPresent(
              name -> draft.namedDead(new NamedDead.Victim(name, span(0, text.length()), false)));
    }

    /** The people the sentence tells found dead, by name: "found Jo Doe, 44, and Ann Doe dead". */
    void foundDead(EventDraft draft) {
      if (attribution.isPerpetrator()) {
        return;
      }
      for (String name : NamedDead.foundDead(text, persons, sentence.start())) {
        draft.namedDead(
            new NamedDead.Victim(name, span(0, text.length()), NamedDead.otherCause(text)));
      }
    }

    /**
     * The figure's group; but the wounded who died are in a toll told before them ("The death toll
     * rose to 19 after seven of the wounded died overnight"), so there they are only a group of the
     * dead, not more dead. A toll told after them is read as such by {@link EventFigures}.
     */
    private String group(EventDraft draft, Figure figure) {
      if (!EventFigures.WOUNDED_WHO_DIED.equals(figure.group())) {
        return figure.group();
      }
      boolean toll =
          TOLL.matcher(text.substring(0, figure.start())).find()
              || draft.claims().stream()
                  .anyMatch(
                      claim ->
                          claim.slot() == Slot.FATALITIES
                              && TOLL.matcher(document.textOf(claim.evidence())).find());
      return toll ? "wounded" : figure.group();
    }

    /** Words of a toll that rises as the wounded die. */
    private static final Pattern TOLL =
        Pattern.compile("(?i)\\b(?:toll|rose|risen|rises|climbed|bringing|raising)\\b");

    void responsibility(EventDraft draft, List<Responsibility> found) {
      for (Responsibility item : found) {
        ActorReference actor =
            new ActorReference(item.actor().text(), item.actor().actor(), item.via());
        Span span = span(item.actor().start(), item.actor().end());
        draft.add(new Claim(item.slot(), actor, null, span, attribution, published));
        if (item.slot() == Slot.CLAIMED_BY) {
          draft.add(new Claim(Slot.PERPETRATOR, actor, null, span, attribution, published));
        }
      }
    }

    /**
     * Keeps the event's most precise place: a town named later replaces a country or its own
     * region, but not another region: a report from "Miami, Fla." that later names a "St. Vincent"
     * does not move its shooting to Italy.
     */
    void place(EventDraft draft, Optional<PlaceMention> found) {
      place(draft, found, false);
    }

    /**
     * As {@link #place(EventDraft, Optional)}, for a sentence that tells no event when {@code
     * tellsNoEvent}: there a place of another state than the event's dateline or hometown does not
     * replace it. "KANSAS CITY, Mo. -- A 4-year-old boy was shot and killed" keeps Kansas City when
     * a neighbour asks later "Where are the people that were lined up last Sunday about what
     * happened in Florida?".
     */
    void place(EventDraft draft, Optional<PlaceMention> found, boolean tellsNoEvent) {
      if (found.isEmpty()) {
        return;
      }
      Place place = found.get().place();
      boolean incidental = found.get().incidental();
      Optional<Claim> known =
          draft.claims().stream().filter(claim -> claim.slot() == Slot.PLACE).findFirst();
      if (known.isPresent() && stateOfTheDatelinesTown(place, known.get())) {
        return;
      }
      boolean replacesIncidental =
          known.isPresent()
              && draft.placeIncidental()
              && !incidental
              && !(tellsNoEvent && inAnotherState(place, (Place) known.get().value()));
      if (known.isPresent()
          && !replacesIncidental
          && (incidental && !draft.placeIncidental()
              || !(PlaceFinder.finer(place, (Place) known.get().value())
                  && PlaceFinder.inside(place, (Place) known.get().value())))) {
        return;
      }
      known.ifPresent(draft::remove);
      draft.placeIncidental(incidental);
      Span span = new Span(document.id(), found.get().start(), found.get().end());
      draft.add(new Claim(Slot.PLACE, place, null, span, attribution, published));
    }

    /**
     * Whether a region is the state of the town the report's dateline names, which places the event
     * ("ELGIN — Authorities have identified the 4-year-old boy who died Friday" before "the Iowa
     * Division of Criminal Investigation"): the state adds nothing to its town.
     */
    private boolean stateOfTheDatelinesTown(Place region, Claim known) {
      Place town = (Place) known.value();
      if (region.precision() != PlacePrecision.REGION
          || town.precision() != PlacePrecision.TOWN
          || !PlaceFinder.inside(town, region)) {
        return false;
      }
      Optional<int[]> dateline = ReportPlacer.dateline(document.text());
      return dateline.isPresent()
          && dateline.get()[0] <= known.evidence().start()
          && known.evidence().end() <= dateline.get()[1];
    }

    /** Whether two places lie in different states or regions of one country. */
    private static boolean inAnotherState(Place place, Place known) {
      return place.region() != null
          && known.region() != null
          && Objects.equals(place.country(), known.country())
          && !place.region().equals(known.region());
    }

    private Span span(int start, int end) {
      return new Span(document.id(), sentence.start() + start, sentence.start() + end);
    }
  }
}
