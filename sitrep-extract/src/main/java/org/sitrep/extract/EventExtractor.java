package org.sitrep.extract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.extract.actor.ActorMention;
import org.sitrep.extract.attribution.AttributionFinder;
import org.sitrep.extract.event.AttackClassifier;
import org.sitrep.extract.event.Trigger;
import org.sitrep.extract.event.TriggerFinder;
import org.sitrep.extract.figure.Figure;
import org.sitrep.extract.figure.FigureFinder;
import org.sitrep.extract.place.Datelines;
import org.sitrep.extract.place.Gazetteer;
import org.sitrep.extract.place.IncidentalPlaces;
import org.sitrep.extract.place.StateAbbreviations;
import org.sitrep.extract.quantity.QuantityParser;
import org.sitrep.extract.responsibility.Responsibility;
import org.sitrep.extract.responsibility.ResponsibilityFinder;
import org.sitrep.extract.time.DayYears;
import org.sitrep.extract.time.EventDater;
import org.sitrep.model.ActorReference;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventFigures;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;
import org.sitrep.model.Stage;
import org.sitrep.model.StageContext;
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
  private static final java.util.regex.Pattern BOUND_BEFORE =
      java.util.regex.Pattern.compile("(?i)\\b(?:since|until|till|before|by)\\s+(?:the\\s+)?$");

  private static final java.util.regex.Pattern DAY_WORD =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
              + "|january|february|march|april|may|june|july|august|september|october|november"
              + "|december|\\d{4}|\\d{1,2}/\\d{1,2})");

  private static final java.util.regex.Pattern AIRPORT_AFTER =
      java.util.regex.Pattern.compile("(?i)^(?:'s)?\\s+(?:international\\s+)?airport\\b");

  private static final java.util.regex.Pattern SAINT =
      java.util.regex.Pattern.compile("^(?:St|Ste|Saint|Sainte)\\b");

  /** The name of an institution goes on: "'s Hospital", " Regional Medical Center", " Church". */
  private static final java.util.regex.Pattern INSTITUTION_AFTER =
      java.util.regex.Pattern.compile(
          "^(?:['’]s)?(?:\\s+\\p{Lu}[\\p{L}'’]*){0,2}?\\s+(?:Hospital|Medical|Health|Clinic|Church"
              + "|Cathedral|School|College|University|Academy|Parish|Catholic|Elementary|High)\\b");

  private static final java.util.regex.Pattern BLOCK_BEFORE =
      java.util.regex.Pattern.compile(
          "(?i)\\bblocks?\\s+of\\s+$"
              + "|\\b(?:street|st\\.|avenue|ave\\.|road|rd\\.|boulevard|blvd\\.|drive|lane|way"
              + "|parkway|highway),?\\s+(?:between|near|at)\\s+(?:(?:\\p{L}+\\s+){1,3}and\\s+)?$"
              + "|\\b(?:corner|intersection)\\s+of\\s+(?:(?:\\p{L}+\\s+){1,3}and\\s+)?$");

  private static final java.util.regex.Pattern ADDRESS_AFTER =
      java.util.regex.Pattern.compile("(?i)^[\\s-]*blocks?\\b");

  /** How near a second trigger of a sentence its own date must stand, in characters. */
  private static final int OWN_DATE_CHARS = 40;

  /** A country named as the owner of people or things ("US personnel") is not a place. */
  private static final java.util.regex.Pattern NATIONALITY_USE =
      java.util.regex.Pattern.compile(
          "^\\s+(?:[Ss]pecial\\s+)?(?:personnel|troops|forces|soldiers|military|officials?|government"
              + "|president|citizens|embassy|army|marines|service|diplomats|planes|aircraft"
              + "|intelligence|commanders?|allies|nationals|team|team's|-led|-backed)\\b");

  /** "Srinagar city", "Baidoa town": the word that says what the place is, not its name. */
  private static final java.util.regex.Pattern DESIGNATOR =
      java.util.regex.Pattern.compile("(?i)\\s+(?:city|town|village|municipality)$");

  /** Words that refer back to the event told so far, or to the people in it. */
  private static final java.util.regex.Pattern REFERS_BACK =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:in|during|after|following|before|in the course of)\\s+the\\s+(?:ensuing\\s+)?"
              + "(?:attack|blast|explosion|bombing|abduction|kidnapping|incident|assault|raid|ambush"
              + "|clash(?:es)?|hijacking|siege|fighting|shooting|firefight)\\b"
              + "|^(?:The|Their|His|Her)\\s+(?:assailants?|attackers?|gunmen|gunman|militants?|bombers?"
              + "|hostages?|victims?|kidnappers?|hijackers?|abductors?|driver|passengers?)\\b");

  /** A name the text calls a town: "Baidoa town", "Mocimboa da Praia town", "Kalau village". */
  private static final java.util.regex.Pattern NAMED_TOWN =
      java.util.regex.Pattern.compile(
          "(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}'’-]+(?:[ -](?:\\p{Lu}[\\p{L}'’-]+|da|de|del|al|el|es)){0,3}?"
              + "(?:[ -]\\p{Lu}[\\p{L}'’-]+)?)\\s+(?:town|city|village|municipality)\\b");

  private static final Set<String> PLACE_TYPES =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

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
    ReportPlaces places = new ReportPlaces(gazetteer, placeNames(annotated, document.text()));
    ResponsibilityFinder responsibility =
        new ResponsibilityFinder(actors.withAliasesFrom(document.text()), countries(places));
    DayYears years = DayYears.of(annotated.times());
    List<List<TimeExpression>> timesBySentence =
        bySentence(annotated, annotated.times(), TimeExpression::sentence);
    Set<String> personWords = personWords(annotated);
    List<List<EntityMention>> placesBySentence =
        bySentence(
            annotated,
            annotated.entities().stream()
                .filter(m -> PLACE_TYPES.contains(m.type()))
                .filter(m -> !namesAPerson(m, personWords, document.text()))
                .toList(),
            EntityMention::sentence);
    List<Span> actorSpans = responsibility.actorSpans(document.id(), document.text());
    List<EventDraft> drafts = new ArrayList<>();
    EventDraft current = null;
    List<HeldFigures> beforeFirst = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      String text = document.text().substring(sentence.start(), sentence.end());
      Told told =
          new Told(
              document.id(),
              sentence,
              text,
              datingTimes(document.text(), timesBySentence.get(sentence.index()), published, years),
              published);
      List<Anchor> anchors = anchors(drafts, current, told);
      Optional<PlaceMention> place =
          placeOf(
              document.text(),
              sentence,
              placesBySentence.get(sentence.index()),
              places,
              actorSpans);
      if (anchors.isEmpty() && current == null) {
        holdFigures(document, sentence, text, published, place, likelyDay(told), beforeFirst);
        continue;
      }
      EventDraft focus = anchors.isEmpty() ? current : anchors.get(0).draft();
      if (anchors.isEmpty()) {
        dateFromScene(focus, told);
        likelyDay(told).ifPresent(focus::likelyDay);
      }
      if (current == null) {
        for (HeldFigures held : beforeFirst) {
          held.reading().figures(focus, held.figures());
          held.reading().place(focus, held.place());
          held.day().ifPresent(focus::likelyDay);
          focus.tell(held.reading().text());
        }
      }
      focus.tell(text);
      anchors.forEach(anchor -> anchor.draft().tell(text));
      current = anchors.isEmpty() ? current : anchors.get(anchors.size() - 1).draft();
      Attribution attribution = attributions.attribution(text);
      SentenceReading reading =
          new SentenceReading(document, sentence, text, attribution, published);
      for (Figure figure : figures.find(text)) {
        reading.figures(nearest(anchors, figure.start(), focus), List.of(figure));
      }
      reading.responsibility(focus, responsibility.find(text));
      reading.place(focus, place);
    }
    drafts.forEach(EventDraft::dateByLikelyDay);
    datelinePlace(document, places).ifPresent(dateline -> placeUnplaced(drafts, dateline));
    policeTown(document, places).ifPresent(town -> placeUnplaced(drafts, town));

    List<ActorMention> named = actors.withAliasesFrom(document.text()).find(document.text());
    LocalDate reference = published != null ? published : undatedReference(drafts, annotated);
    reportTown(document, placesBySentence, places, actorSpans)
        .ifPresent(
            town ->
                placeInTown(drafts, town, draft -> !dater.isBackground(draft.date(), reference)));
    return new Report(annotated, events(document, drafts, published, reference, named));
  }

  /** The capitalized words of the people a report names ("Aaron", "Turk" of "Lt. Aaron Turk"). */
  private static Set<String> personWords(AnnotatedDocument annotated) {
    Set<String> words = new java.util.HashSet<>();
    for (EntityMention mention : annotated.entities()) {
      if (mention.type().equals("PERSON")) {
        for (String word : mention.text().split("\\s+")) {
          if (word.length() >= 3 && Character.isUpperCase(word.charAt(0))) {
            words.add(word);
          }
        }
      }
    }
    return words;
  }

  /**
   * A one-word place that is also the name of a person the report names elsewhere ("Washington was
   * playing with the gun" after "Kendell Washington", "Turk is leading the investigation" after
   * "Lt. Aaron Turk") is the person, unless a preposition of place comes before it ("in Houston")
   * or a state after it ("Washington, D.C.").
   */
  private static boolean namesAPerson(EntityMention mention, Set<String> personWords, String text) {
    String before = text.substring(Math.max(0, mention.start() - 12), mention.start());
    return !mention.text().contains(" ")
        && personWords.contains(mention.text())
        && !LOCATIVE_BEFORE.matcher(before).find()
        && StateAbbreviations.stateAfter(text, mention.end()).isEmpty();
  }

  /** "in Washington", "near Turk": a preposition of place before a name makes it a place. */
  private static final java.util.regex.Pattern LOCATIVE_BEFORE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:in|at|near|outside|from|to|of|into|across|around|downtown)\\s+$");

  /**
   * The town a report keeps returning to: the town its own words name most often, at least twice
   * and more often than any other, leaving out where people live, where the wounded were taken and
   * places named to find another. Its first naming is the evidence.
   */
  private Optional<Claim> reportTown(
      Document document,
      List<List<EntityMention>> placesBySentence,
      ReportPlaces places,
      List<Span> actorSpans) {
    String text = document.text();
    Map<String, Integer> counts = new java.util.HashMap<>();
    Map<String, PlaceMention> firsts = new java.util.HashMap<>();
    for (List<EntityMention> mentions : placesBySentence) {
      for (EntityMention mention : mentions) {
        if (insideActor(mention, actorSpans)
            || isStreet(text, mention)
            || isInstitution(text, mention)
            || IncidentalPlaces.incidental(text, mention.start(), mention.end())) {
          continue;
        }
        Optional<Place> place = places.resolve(mention.text());
        if (place.isEmpty() || place.get().precision().compareTo(PlacePrecision.TOWN) > 0) {
          continue;
        }
        String key = place.get().name() + "|" + place.get().admin1() + "|" + place.get().country();
        counts.merge(key, 1, Integer::sum);
        firsts.putIfAbsent(
            key, new PlaceMention(place.get(), mention.start(), mention.end(), false));
      }
    }
    Optional<String> top = mostOften(counts, 2);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    PlaceMention first = firsts.get(top.get());
    return Optional.of(
        new Claim(
            Slot.PLACE,
            first.place(),
            null,
            new Span(document.id(), first.start(), first.end()),
            Attribution.REPORTER,
            document.published().value()));
  }

  /**
   * A current event placed only in a state or a country ("A 24-year-old Georgia woman died"), or
   * only by where someone lives, is placed in the town the report keeps returning to when that town
   * lies there. Events of the past keep their own place.
   */
  private static void placeInTown(
      List<EventDraft> drafts, Claim town, java.util.function.Predicate<EventDraft> current) {
    Place within = (Place) town.value();
    for (EventDraft draft : drafts) {
      if (draft.recalled() || !current.test(draft)) {
        continue;
      }
      Optional<Claim> known =
          draft.claims().stream().filter(claim -> claim.slot() == Slot.PLACE).findFirst();
      if (known.isEmpty()) {
        continue;
      }
      Place place = (Place) known.get().value();
      boolean coarse = place.precision().compareTo(PlacePrecision.TOWN) > 0;
      if ((coarse || draft.placeIncidental()) && inside(within, place)) {
        draft.remove(known.get());
        draft.add(town);
        draft.placeIncidental(false);
      }
    }
  }

  /** How far into a report its dateline may stand (after a headline, a byline and a date). */
  private static final int DATELINE_REACH = 400;

  /** The place of the report's dateline ("KATY, Texas -"), as a claim of the reporter. */
  private static Optional<Claim> datelinePlace(Document document, ReportPlaces places) {
    String text = document.text();
    Optional<int[]> dateline = Datelines.find(text, 0, Math.min(text.length(), DATELINE_REACH));
    if (dateline.isEmpty()) {
      return Optional.empty();
    }
    int start = dateline.get()[0];
    int end = dateline.get()[1];
    return places
        .resolve(text.substring(start, end))
        .map(
            place ->
                new Claim(
                    Slot.PLACE,
                    place,
                    null,
                    new Span(document.id(), start, end),
                    Attribution.REPORTER,
                    document.published().value()));
  }

  /** A town's police named by the town: "Memphis police director", "Grove City Police". */
  private static final java.util.regex.Pattern TOWN_POLICE =
      java.util.regex.Pattern.compile(
          "(?<![\\p{L}.'’-])((?:(?:St|Ste|Ft|Mt)\\.\\s)?\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2})\\s+(?:Police|police)\\b");

  /**
   * The town whose police a report names most often ("Chicago Police Superintendent Garry
   * McCarthy"), once at least and more often than any other: the police of a town work in it, so a
   * report that places its events nowhere else (no place of their own, no dateline) tells of that
   * town.
   */
  private Optional<Claim> policeTown(Document document, ReportPlaces places) {
    String text = document.text();
    Map<String, Integer> counts = new java.util.HashMap<>();
    Map<String, Claim> firsts = new java.util.HashMap<>();
    java.util.regex.Matcher police = TOWN_POLICE.matcher(text);
    while (police.find()) {
      Optional<Place> place = places.resolve(police.group(1));
      if (place.isEmpty()
          || place.get().precision().compareTo(PlacePrecision.TOWN) != 0
          || hasNamesakeAbroad(police.group(1), place.get())) {
        continue;
      }
      String key = place.get().name() + "|" + place.get().admin1() + "|" + place.get().country();
      counts.merge(key, 1, Integer::sum);
      Span span = new Span(document.id(), police.start(1), police.end(1));
      firsts.putIfAbsent(
          key,
          new Claim(
              Slot.PLACE,
              place.get(),
              null,
              span,
              Attribution.REPORTER,
              document.published().value()));
    }
    return mostOften(counts, 1).map(firsts::get);
  }

  /** Towns this large abroad make a bare name ("Naples police") a guess between countries. */
  private static final long NAMESAKE_POPULATION = 10_000;

  /**
   * Whether a town of this name of some size lies in another country than the reading: with nothing
   * but the name of a police force to go on, "Naples" may be in Italy or in Florida.
   */
  private boolean hasNamesakeAbroad(String name, Place reading) {
    return gazetteer.candidates(name).stream()
        .anyMatch(
            candidate ->
                candidate.kind() == org.sitrep.extract.place.PlaceCandidate.Kind.TOWN
                    && candidate.place().name().equalsIgnoreCase(name)
                    && candidate.population() >= NAMESAKE_POPULATION
                    && !java.util.Objects.equals(candidate.place().country(), reading.country()));
  }

  /** The key counted most often, at least {@code least} times and more often than any other. */
  private static Optional<String> mostOften(Map<String, Integer> counts, int least) {
    String top = null;
    boolean tie = false;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (top == null || entry.getValue() > counts.get(top)) {
        top = entry.getKey();
        tie = false;
      } else if (entry.getValue().equals(counts.get(top))) {
        tie = true;
      }
    }
    return top == null || tie || counts.get(top) < least ? Optional.empty() : Optional.of(top);
  }

  /**
   * A report's dateline places its events that name no place of their own: "KATY, Texas - A man was
   * arrested after his father was fatally shot" tells of a shooting in Katy. Events recalled from
   * the past keep no place rather than take today's.
   */
  private static void placeUnplaced(List<EventDraft> drafts, Claim dateline) {
    for (EventDraft draft : drafts) {
      boolean placed = draft.claims().stream().anyMatch(claim -> claim.slot() == Slot.PLACE);
      if (!placed && !draft.recalled()) {
        draft.add(dateline);
      }
    }
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
      List<HeldFigures> held) {
    List<Figure> found = figures.find(text);
    if (!found.isEmpty() || place.isPresent() || day.isPresent() || !text.isBlank()) {
      Attribution attribution = attributions.attribution(text);
      held.add(
          new HeldFigures(
              new SentenceReading(document, sentence, text, attribution, published),
              found,
              place,
              day));
    }
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

  /** How many days before publication a day named without an event can still be the event's. */
  private static final int LIKELY_DAY_REACH = 7;

  /**
   * The first day a sentence without an event names, when it may be the day of the event the report
   * goes on about: a day in the week up to publication, not in a sentence of what came after the
   * event (an arrest, a hearing, a vigil, a funeral, a post, a plan).
   */
  private Optional<Claim> likelyDay(Told told) {
    LocalDate published = told.published();
    if (published == null || told.times().isEmpty() || AFTERMATH.matcher(told.text()).find()) {
      return Optional.empty();
    }
    for (TimeExpression time :
        told.times().stream().sorted(Comparator.comparingInt(TimeExpression::start)).toList()) {
      if (!NAMED_DAY.matcher(time.text()).find()) {
        continue;
      }
      Optional<EventDate> day =
          dater.date(List.of(time), time.start(), published).filter(EventDater::isDay);
      if (day.isPresent()) {
        long before = java.time.temporal.ChronoUnit.DAYS.between(day.get().value(), published);
        if (before < 0 || before > LIKELY_DAY_REACH) {
          return Optional.empty();
        }
        return Optional.of(
            dateClaim(told.documentId(), told.sentence(), List.of(time), day.get(), published));
      }
    }
    return Optional.empty();
  }

  /** A day named as such ("Monday", "yesterday", "July 18"), not "the day" or "today". */
  private static final java.util.regex.Pattern NAMED_DAY =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night"
              + "|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)|\\d{1,2}/\\d{1,2}");

  /** Words of what follows an event rather than of the event: its day is not the event's. */
  private static final java.util.regex.Pattern AFTERMATH =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:arrest(?:ed|s)?|charg\\w*|announc\\w*|court|judge|hearing|arraign\\w*|booked|jail(?:ed)?"
              + "|bond|vigil|funeral|memorial|services?|mourn\\w*|remember\\w*|post(?:ed)?"
              + "|facebook|twitter|will|expected|plans?|scheduled|autops\\w+|identified"
              + "|released|news conference|press conference|investigat\\w*|custody)\\b");

  /** A trigger of a sentence, placed in the event it tells of; offsets are the sentence's. */
  private record Anchor(int start, EventDraft draft) {}

  private static EventDraft nearest(List<Anchor> anchors, int offset, EventDraft fallback) {
    EventDraft best = fallback;
    int distance = Integer.MAX_VALUE;
    for (Anchor anchor : anchors) {
      int d = Math.abs(anchor.start() - offset);
      if (d < distance) {
        distance = d;
        best = anchor.draft();
      }
    }
    return best;
  }

  /** A sentence being placed, with what placing it needs. */
  private record Told(
      String documentId,
      Sentence sentence,
      String text,
      List<TimeExpression> times,
      LocalDate published) {}

  /**
   * Places the sentence's triggers in events: its main trigger, and any other trigger that has a
   * date of its own right beside it ("the attack took place days before the November 13, 2015
   * attacks"). Other triggers of the sentence are taken for words about the main event ("a drone
   * strike on a car bomb").
   */
  private List<Anchor> anchors(List<EventDraft> drafts, EventDraft current, Told told) {
    List<Trigger> factual = triggers.find(told.text()).stream().filter(Trigger::isFactual).toList();
    Optional<Trigger> main = mainTrigger(factual);
    if (main.isEmpty()) {
      return List.of();
    }
    List<TimeExpression> free = new ArrayList<>(told.times());
    List<Trigger> others = new ArrayList<>();
    List<TimeExpression> ownTimes = new ArrayList<>();
    for (Trigger trigger : factual) {
      if (trigger.equals(main.get())) {
        continue;
      }
      Optional<TimeExpression> own = ownTime(free, told, trigger, main.get());
      if (own.isPresent()) {
        free.remove(own.get());
        others.add(trigger);
        ownTimes.add(own.get());
      }
    }
    List<Anchor> anchors = new ArrayList<>();
    Anchor first = anchor(drafts, current, told, main.get(), free, null);
    anchors.add(first);
    // A second trigger with a date of its own tells of another event than the main one.
    for (int i = 0; i < others.size(); i++) {
      anchors.add(
          anchor(drafts, current, told, others.get(i), List.of(ownTimes.get(i)), first.draft()));
    }
    anchors.sort(Comparator.comparingInt(Anchor::start));
    return anchors;
  }

  /**
   * Whether the sentence refers back to an event or its people with words other than the trigger.
   */
  private static boolean refersBack(String sentence, Trigger trigger) {
    java.util.regex.Matcher back = REFERS_BACK.matcher(sentence);
    while (back.find()) {
      if (back.end() <= trigger.start() || trigger.end() <= back.start()) {
        return true;
      }
    }
    return false;
  }

  /** The latest event that is not a strategic development, on no other day; null if none. */
  private static EventDraft latestViolent(List<EventDraft> drafts, EventDate date) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      EventDraft draft = drafts.get(i);
      boolean sameDay = date == null || draft.date() == null || date.equals(draft.date());
      if (sameDay && draft.subtype().type() != org.sitrep.model.EventType.STRATEGIC_DEVELOPMENTS) {
        return draft;
      }
    }
    return null;
  }

  /**
   * A readable date within a few words of a trigger, with no main trigger between them: in
   * "03/14/2018: A suicide bomber detonated a vest" the date is the bombing's, not the
   * detonation's.
   */
  private Optional<TimeExpression> ownTime(
      List<TimeExpression> times, Told told, Trigger trigger, Trigger main) {
    int start = told.sentence().start() + trigger.start();
    int end = told.sentence().start() + trigger.end();
    int mainStart = told.sentence().start() + main.start();
    for (TimeExpression time : times) {
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
   * A sentence of the scene that tells when, without a word for the event: "It happened in the 4900
   * block of Appaloosa Trail just before 6 p.m. Friday", "Officers were called to a Holiday Inn
   * Tuesday". It dates the event it goes on about when that has no day yet; days of arrests,
   * hearings and statements never do (they are no scene words, or no dating times).
   */
  private void dateFromScene(EventDraft draft, Told told) {
    if (draft.date() != null || draft.recalled()) {
      return;
    }
    java.util.regex.Matcher scene = SCENE.matcher(told.text());
    if (!scene.find()) {
      return;
    }
    int at = told.sentence().start() + scene.start();
    Optional<EventDate> day =
        dater.date(told.times(), at, told.published()).filter(EventDater::isDay);
    if (day.isPresent()) {
      draft.dateBy(day.get());
      draft.add(
          dateClaim(told.documentId(), told.sentence(), told.times(), day.get(), told.published()));
    }
  }

  /** Words of the scene of the event, not of what came after it. */
  private static final java.util.regex.Pattern SCENE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:it|this|that)\\s+(?:all\\s+)?(?:happened|occurred|took place)\\b"
              + "|\\b(?:were|was)\\s+(?:called|dispatched|summoned)\\s+to\\b"
              + "|\\b(?:responded|arrived)\\s+(?:to|at)\\b");

  /** A sentence of last year's or older events: "Last year's attacks included ...". */
  private static final java.util.regex.Pattern LAST_YEAR =
      java.util.regex.Pattern.compile(
          "(?i)(?<!since |than |from |until )\\blast year(?:'s|’s)?\\b|\\b(?:a year|years) (?:ago"
              + "|earlier)\\b|\\bthe previous year\\b");

  private Anchor anchor(
      List<EventDraft> drafts,
      EventDraft current,
      Told told,
      Trigger trigger,
      List<TimeExpression> times,
      EventDraft excluded) {
    Sentence sentence = told.sentence();
    int start = sentence.start() + trigger.start();
    int end = sentence.start() + trigger.end();
    // The day nearest the trigger decides: "a Tuesday deadline ... the September 11 attacks".
    boolean recalled = dater.namesAnotherYear(times, start, told.published());
    EventDate date = recalled ? null : dater.date(times, start, told.published()).orElse(null);
    if (!recalled && date == null && LAST_YEAR.matcher(told.text()).find()) {
      // "Last year's attacks included ... a rocket bombardment on Kabul airport": of another year,
      // though a report without its own date cannot tell which.
      recalled = true;
    }
    EventDraft draft =
        recalled
            ? null
            : findDraft(drafts, excluded == current ? null : current, trigger, date, excluded);
    if (draft == null && !recalled && excluded == null && refersBack(told.text(), trigger)) {
      // "The driver was shot and killed during the abduction", "The assailants shot nine of them":
      // the violent event told so far, told on, not a new one.
      draft = latestViolent(drafts, date);
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
      draft.add(dateClaim(told.documentId(), sentence, times, date, told.published()));
    }
    return new Anchor(trigger.start(), draft);
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
      EventDraft excluded) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      if (drafts.get(i) != excluded && drafts.get(i).sameKind(trigger, date)) {
        return drafts.get(i);
      }
    }
    if (trigger.generic() && current != null && current.accepts(trigger, date)) {
      return current;
    }
    for (int i = drafts.size() - 1; i >= 0; i--) {
      if (drafts.get(i) != excluded && drafts.get(i).accepts(trigger, date)) {
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

  private static Claim dateClaim(
      String documentId,
      Sentence sentence,
      List<TimeExpression> times,
      EventDate date,
      LocalDate published) {
    TimeExpression source =
        times.stream()
            .filter(time -> date.timex() != null && date.timex().equals(time.value()))
            .findFirst()
            .orElse(null);
    Span span =
        source != null
            ? new Span(documentId, source.start(), source.end())
            : new Span(documentId, sentence.start(), sentence.end());
    return new Claim(Slot.DATE, date, null, span, Attribution.REPORTER, published);
  }

  /**
   * The time expressions of a sentence that can date an event in it: not a bound ("since 2011",
   * "until Tuesday"), not the day of a statement or a hearing ("police said Monday"); a day written
   * without its year takes the year the report gives it elsewhere; else, when the resolver put it
   * after publication ("September 11" read in August), it is read as the last such day before it,
   * if that is not long before.
   */
  private static List<TimeExpression> datingTimes(
      String text, List<TimeExpression> sentenceTimes, LocalDate published, DayYears years) {
    List<TimeExpression> times = new ArrayList<>();
    for (TimeExpression time : sentenceTimes) {
      if (!isBound(text, time)
          && !isClockOnly(time)
          && !isAddress(text, time)
          && !EventDater.datesAStatement(text, time)) {
        TimeExpression lent = years.lend(time);
        times.add(lent == time ? pastOrDropped(time, published) : lent);
      }
    }
    return times;
  }

  /** Items grouped by the index of their sentence, in one pass over the document. */
  private static <T> List<List<T>> bySentence(
      AnnotatedDocument annotated, List<T> items, java.util.function.ToIntFunction<T> sentence) {
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

  /** "7 a.m." is resolved to the publication day; it says nothing of which day the event was. */
  private static boolean isClockOnly(TimeExpression time) {
    return time.type().equals("TIME") && !DAY_WORD.matcher(time.text()).find();
  }

  /** "The 1000 block of Main Street" is an address: the number is no year. */
  private static boolean isAddress(String text, TimeExpression time) {
    String after = text.substring(time.end(), Math.min(text.length(), time.end() + 8));
    return ADDRESS_AFTER.matcher(after).find();
  }

  private static boolean isBound(String text, TimeExpression time) {
    String before = text.substring(Math.max(0, time.start() - 12), time.start());
    return BOUND_BEFORE.matcher(before).find();
  }

  private static TimeExpression pastOrDropped(TimeExpression time, LocalDate published) {
    String value = time.value();
    if (published == null || value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return time;
    }
    LocalDate day = LocalDate.parse(value.substring(0, 10));
    if (!day.isAfter(published.plusDays(1)) || time.text().matches("(?s).*\\d{4}.*")) {
      return time;
    }
    return time.withValue("XXXX" + value.substring(4));
  }

  /** The countries of the places a report names. */
  private static Set<String> countries(ReportPlaces places) {
    Set<String> countries = new java.util.HashSet<>();
    for (String name : places.names()) {
      places
          .resolve(name)
          .map(Place::country)
          .filter(java.util.Objects::nonNull)
          .ifPresent(countries::add);
    }
    return countries;
  }

  /**
   * The place names of a report, each as written and, when a US state follows it after a comma
   * ("Norwich, N.Y."), with that state: the tagger often leaves the abbreviation out.
   */
  private static List<String> placeNames(AnnotatedDocument annotated, String text) {
    Set<String> names = new LinkedHashSet<>();
    for (EntityMention mention : annotated.entities()) {
      if (PLACE_TYPES.contains(mention.type())) {
        names.add(mention.text());
        OptionalInt state = StateAbbreviations.stateAfter(text, mention.end());
        if (state.isPresent()) {
          names.add(text.substring(mention.start(), state.getAsInt()));
        }
      }
    }
    return List.copyOf(names);
  }

  /**
   * The most precise place of the sentence that the gazetteer knows, with its evidence. A place
   * word inside an actor's name ("Islamic State Pakistan Province") is not a place of the event. A
   * town keeps the name the report gives it ("Tal Afar", not the gazetteer's "Tall 'Afar").
   */
  private Optional<PlaceMention> placeOf(
      String text,
      Sentence sentence,
      List<EntityMention> sentencePlaces,
      ReportPlaces places,
      List<Span> actors) {
    PlaceMention finest = null;
    PlaceMention incidental = null;
    Optional<int[]> dateline = Datelines.find(text, sentence.start(), sentence.end());
    if (dateline.isPresent()) {
      int start = dateline.get()[0];
      int end = dateline.get()[1];
      Optional<Place> place = places.resolve(text.substring(start, end));
      if (place.isPresent()) {
        incidental = new PlaceMention(place.get(), start, end, true);
      }
    }
    for (EntityMention mention : sentencePlaces) {
      if (NATIONALITY_USE
              .matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 25)))
              .find()
          || insideActor(mention, actors)
          || isStreet(text, mention)
          || isInstitution(text, mention)) {
        continue;
      }
      int end = StateAbbreviations.stateAfter(text, mention.end()).orElse(mention.end());
      end = landmarkEnd(text, end);
      Optional<Place> place = places.resolve(text.substring(mention.start(), end));
      if (place.isEmpty()) {
        continue;
      }
      Place named = asNamed(place.get(), mention.text(), end == mention.end());
      boolean inDateline =
          dateline.isPresent()
              && dateline.get()[0] <= mention.start()
              && mention.end() <= dateline.get()[1];
      if (inDateline || IncidentalPlaces.incidental(text, mention.start(), end)) {
        if (incidental == null || finer(named, incidental.place())) {
          incidental = new PlaceMention(named, mention.start(), end, true);
        }
      } else if (finest == null || finer(named, finest.place())) {
        finest = new PlaceMention(named, mention.start(), end, false);
      }
    }
    Optional<PlaceMention> found = Optional.ofNullable(finest != null ? finest : incidental);
    return namedTown(text, sentence, finest).or(() -> found);
  }

  /**
   * A town the text calls one ("in Baidoa town, Bay region", "near Mangina village, Beni
   * territory"): the gazetteer's town of that name in the country of the sentence's other places,
   * or, when the gazetteer does not know it and the words go on to name its region or country, a
   * town of that name there without coordinates.
   */
  private Optional<PlaceMention> namedTown(String text, Sentence sentence, PlaceMention finest) {
    java.util.regex.Matcher named =
        NAMED_TOWN.matcher(text.substring(sentence.start(), sentence.end()));
    if (!named.find()) {
      return Optional.empty();
    }
    String name = named.group(1);
    int start = sentence.start() + named.start(1);
    int end = sentence.start() + named.end(1);
    String country = finest != null ? finest.place().country() : null;
    Optional<Place> town = gazetteer.town(name, country);
    if (town.isPresent()) {
      return Optional.of(new PlaceMention(asNamed(town.get(), name, true), start, end, false));
    }
    boolean regionFollows = text.startsWith(",", sentence.start() + named.end());
    if (finest == null || !regionFollows) {
      return Optional.empty();
    }
    Place around = finest.place();
    String admin1 =
        around.precision() == org.sitrep.model.PlacePrecision.REGION
            ? around.name()
            : around.admin1();
    return Optional.of(
        new PlaceMention(
            new Place(
                name,
                admin1,
                around.country(),
                around.countryName(),
                null,
                null,
                org.sitrep.model.PlacePrecision.TOWN),
            start,
            end,
            false));
  }

  /**
   * "St. Vincent Hospital", "St. Mary's Medical Center", "a spokesman for St. Vincent": an
   * institution named after a saint is no town of that name.
   */
  private static boolean isInstitution(String text, EntityMention mention) {
    String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 40));
    String before = text.substring(Math.max(0, mention.start() - 30), mention.start());
    return SAINT.matcher(mention.text()).find()
        && (INSTITUTION_AFTER.matcher(after).find() || SPOKESPERSON_BEFORE.matcher(before).find());
  }

  /** "a spokesman for St. Vincent": the saint's hospital speaks, not a town. */
  private static final java.util.regex.Pattern SPOKESPERSON_BEFORE =
      java.util.regex.Pattern.compile("(?i)\\bspokes(?:man|woman|person)\\s+(?:for|at)\\s+$");

  /**
   * "The 300 block of Madrid", "Commerce Street, between West Jackson and West Jefferson", "the
   * corner of Golden Gate and Tamiami": a street named after a town is no town.
   */
  private static boolean isStreet(String text, EntityMention mention) {
    String before = text.substring(Math.max(0, mention.start() - 60), mention.start());
    return BLOCK_BEFORE.matcher(before).find();
  }

  private static boolean insideActor(EntityMention mention, List<Span> actors) {
    return actors.stream()
        .anyMatch(
            actor ->
                actor.start() <= mention.start()
                    && mention.end() <= actor.end()
                    && actor.end() - actor.start() > mention.end() - mention.start());
  }

  private static Place asNamed(Place place, String named, boolean plainName) {
    if (!plainName
        || place.precision() != org.sitrep.model.PlacePrecision.TOWN
        || named.isBlank()
        || named.equals(place.name())
        || named.endsWith(" " + place.name())) {
      // "North Philadelphia" is a part of Philadelphia, which is the town's name.
      return place;
    }
    String name = DESIGNATOR.matcher(named.strip()).replaceFirst("");
    if (name.isEmpty()) {
      return place;
    }
    return new Place(
        name,
        place.admin1(),
        place.country(),
        place.countryName(),
        place.lat(),
        place.lon(),
        place.precision());
  }

  /**
   * Whether a place lies within another, as far as their country and region tell. A country alone
   * ("heading to Mexico") says too little to hold against a town.
   */
  private static boolean inside(Place place, Place around) {
    if (around.precision() == org.sitrep.model.PlacePrecision.COUNTRY) {
      return true;
    }
    if (around.country() != null && !around.country().equals(place.country())) {
      return false;
    }
    String region =
        around.precision() == org.sitrep.model.PlacePrecision.REGION
            ? around.name()
            : around.admin1();
    return region == null || region.equals(place.admin1());
  }

  private static boolean finer(Place one, Place other) {
    return one.precision().ordinal() < other.precision().ordinal();
  }

  /** Takes "airport" after a town into the mention: "Kabul airport" is a point in Kabul. */
  private static int landmarkEnd(String text, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 30));
    java.util.regex.Matcher landmark = AIRPORT_AFTER.matcher(after);
    return landmark.find() ? end + landmark.end() : end;
  }

  /**
   * For a report without a publication date, the day its events are measured against to tell
   * background: the latest day an event is dated to, or the first day of the latest year the report
   * writes out, whichever is later. A report that speaks of 2021 and dates one event to 11
   * September 2001 tells of 9/11 as background, not as its news.
   */
  private static LocalDate undatedReference(List<EventDraft> drafts, AnnotatedDocument annotated) {
    LocalDate latest = latestDay(drafts);
    Integer year = null;
    for (TimeExpression time : annotated.times()) {
      String written = annotated.document().text().substring(time.start(), time.end());
      java.util.regex.Matcher matcher = WRITTEN_YEAR.matcher(written);
      while (matcher.find()) {
        int found = Integer.parseInt(matcher.group());
        year = year == null ? found : Math.max(year, found);
      }
    }
    LocalDate yearStart = year == null ? null : LocalDate.of(year, 1, 1);
    if (latest == null) {
      return yearStart;
    }
    return yearStart != null && yearStart.isAfter(latest) ? yearStart : latest;
  }

  private static final java.util.regex.Pattern WRITTEN_YEAR =
      java.util.regex.Pattern.compile("\\b(?:19|20)\\d{2}\\b");

  private List<EventMention> events(
      Document document,
      List<EventDraft> drafts,
      LocalDate published,
      LocalDate reference,
      List<ActorMention> named) {
    List<EventMention> events = new ArrayList<>();
    for (EventDraft draft : drafts) {
      Span trigger = new Span(document.id(), draft.triggerStart(), draft.triggerEnd());
      boolean background = draft.recalled() || dater.isBackground(draft.date(), reference);
      List<Claim> claims =
          withoutParentPerpetrators(withLocalBranch(draft.claims(), named, document, published));
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
   * Adds the local branch as perpetrator when the event is blamed on or claimed by an organisation
   * and the report names, anywhere, one of that organisation's branches whose home is the event's
   * country: "ISIS claimed the Kabul bombing" in a report that speaks of ISIS-K makes the Islamic
   * State Khorasan Province the perpetrator (the claim stays the parent's). The evidence is the
   * branch's name where the report first gives it. Two candidate branches, or none, add nothing.
   */
  private List<Claim> withLocalBranch(
      List<Claim> claims, List<ActorMention> named, Document document, LocalDate published) {
    String country = null;
    Set<String> blamed = new java.util.HashSet<>();
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
   * Drops a perpetrator whose own branch is named as the perpetrator too: when "Islamic State
   * Mozambique Province militants raided the town" and "the Islamic State claimed" it, the branch
   * did it; the claim stays the parent's.
   */
  private List<Claim> withoutParentPerpetrators(List<Claim> claims) {
    Set<String> parents = new java.util.HashSet<>();
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

  /** Without a publication date, the latest day an event of the report is dated to. */
  private static LocalDate latestDay(List<EventDraft> drafts) {
    LocalDate latest = null;
    for (EventDraft draft : drafts) {
      if (draft.date() != null
          && EventDater.isDay(draft.date())
          && (latest == null || draft.date().value().isAfter(latest))) {
        latest = draft.date().value();
      }
    }
    return latest;
  }

  /**
   * A place the gazetteer resolved, with the offsets of its words in the document; incidental when
   * named for something else than the event (see {@link IncidentalPlaces}).
   */
  record PlaceMention(Place place, int start, int end, boolean incidental) {}

  /** The claims one sentence adds to the event it tells of. */
  private record SentenceReading(
      Document document,
      Sentence sentence,
      String text,
      Attribution attribution,
      LocalDate published) {

    void figures(EventDraft draft, List<Figure> found) {
      for (Figure figure : found) {
        Span span = span(figure.start(), figure.end());
        draft.add(
            new Claim(
                figure.slot(), figure.quantity(), figure.group(), span, attribution, published));
      }
    }

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
      if (found.isEmpty()) {
        return;
      }
      Place place = found.get().place();
      boolean incidental = found.get().incidental();
      Optional<Claim> known =
          draft.claims().stream().filter(claim -> claim.slot() == Slot.PLACE).findFirst();
      boolean replacesIncidental = known.isPresent() && draft.placeIncidental() && !incidental;
      if (known.isPresent()
          && !replacesIncidental
          && (incidental && !draft.placeIncidental()
              || !(finer(place, (Place) known.get().value())
                  && inside(place, (Place) known.get().value())))) {
        return;
      }
      known.ifPresent(draft::remove);
      draft.placeIncidental(incidental);
      Span span = new Span(document.id(), found.get().start(), found.get().end());
      draft.add(new Claim(Slot.PLACE, place, null, span, attribution, published));
    }

    private Span span(int start, int end) {
      return new Span(document.id(), sentence.start() + start, sentence.start() + end);
    }
  }
}
