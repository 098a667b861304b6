package org.sitrep.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.place.Datelines;
import org.sitrep.extract.place.Gazetteer;
import org.sitrep.extract.place.IncidentalPlaces;
import org.sitrep.extract.place.PlaceCandidate;
import org.sitrep.extract.place.PoliceAcronyms;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;

/**
 * The places a report gives as a whole, for the events its sentences place nowhere or only
 * coarsely: its dateline, the town whose police it names, the town it keeps returning to. Each is a
 * claim of the reporter with its first naming as evidence. One instance per report; not
 * thread-safe.
 */
final class ReportPlacer {
  /** How far into a report its dateline may stand (after a headline, a byline and a date). */
  private static final int DATELINE_REACH = 400;

  /** A town's police named by the town: "Memphis police director", "Grove City Police". */
  static final Pattern TOWN_POLICE =
      Pattern.compile(
          "(?<![\\p{L}.'’-])((?:(?:St|Ste|Ft|Mt)\\.\\s)?\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2})\\s+(?:Police|police)\\b");

  private static final String UNITED_STATES = "US";

  /** Towns this large abroad make a bare name ("Naples police") a guess between countries. */
  private static final long NAMESAKE_POPULATION = 10_000;

  private final Gazetteer gazetteer;
  private final Document document;
  private final ReportPlaces places;

  ReportPlacer(Gazetteer gazetteer, Document document, ReportPlaces places) {
    this.gazetteer = gazetteer;
    this.document = document;
    this.places = places;
  }

  /**
   * The town a report keeps returning to: the town its own words name most often, at least twice
   * and more often than any other, leaving out where people live, where the wounded were taken and
   * places named to find another. Its first naming is the evidence.
   */
  Optional<Claim> reportTown(List<List<EntityMention>> placesBySentence, List<Span> actorSpans) {
    String text = document.text();
    return townNamedMost(
        placesBySentence,
        actorSpans,
        (mention, place) ->
            IncidentalPlaces.incidental(text, mention.start(), mention.end())
                    || place.precision().compareTo(PlacePrecision.TOWN) > 0
                ? Take.SKIP
                : Take.COUNT);
  }

  /**
   * The town where the people of a report live ("Wakeel Stewart, 21, of Wilmington, Maurice
   * Bellamy, 25, of Wilmington"), named at least twice and more often than any other, when the
   * report names no place of its own words: a local report that gives no place of the shooting
   * tells of its people's town. Its first naming is the evidence.
   */
  Optional<Claim> residenceTown(List<List<EntityMention>> placesBySentence, List<Span> actorSpans) {
    String text = document.text();
    return townNamedMost(
        placesBySentence,
        actorSpans,
        (mention, place) -> {
          if (IncidentalPlaces.residence(text, mention.start(), mention.end())
              && place.precision().compareTo(PlacePrecision.TOWN) <= 0) {
            return Take.COUNT;
          }
          // A place of the report's own words: the people's town is not needed.
          return IncidentalPlaces.incidental(text, mention.start(), mention.end())
              ? Take.SKIP
              : Take.STOP;
        });
  }

  /** What a place mention does to the count of a report's towns. */
  private enum Take {
    COUNT,
    SKIP,
    /** Nothing is counted: the report has a place that settles it otherwise. */
    STOP
  }

  /**
   * The town named most often among the report's place mentions a rule counts, at least twice and
   * more often than any other; mentions inside an actor's name, streets and institutions are never
   * counted. Its first naming is the evidence.
   */
  private Optional<Claim> townNamedMost(
      List<List<EntityMention>> placesBySentence,
      List<Span> actorSpans,
      java.util.function.BiFunction<EntityMention, Place, Take> rule) {
    String text = document.text();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, PlaceMention> firsts = new HashMap<>();
    for (List<EntityMention> mentions : placesBySentence) {
      for (EntityMention mention : mentions) {
        if (PlaceFinder.insideActor(mention, actorSpans)
            || PlaceFinder.isStreet(text, mention)
            || PlaceFinder.isOneOfSeveralCounties(text, mention)
            || PlaceFinder.isInstitution(text, mention)
            || PlaceFinder.partOfTheReportsTown(text, mention)) {
          continue;
        }
        Optional<Place> place = places.resolve(mention.text());
        if (place.isEmpty()) {
          continue;
        }
        Take take = rule.apply(mention, place.get());
        if (take == Take.STOP) {
          return Optional.empty();
        }
        if (take == Take.COUNT) {
          String key = townKey(place.get());
          counts.merge(key, 1, Integer::sum);
          firsts.putIfAbsent(
              key, new PlaceMention(place.get(), mention.start(), mention.end(), false));
        }
      }
    }
    return mostOften(counts, 2)
        .map(firsts::get)
        .map(first -> reporterPlace(first.place(), first.start(), first.end()));
  }

  /** The reporter's claim that the report's events are at {@code place}, named at the span. */
  private Claim reporterPlace(Place place, int start, int end) {
    return new Claim(
        Slot.PLACE,
        place,
        null,
        new Span(document.id(), start, end),
        Attribution.REPORTER,
        document.published().value());
  }

  /**
   * A current event placed only in a state or a country ("A 24-year-old Georgia woman died") is
   * placed in the report's town (the one it keeps returning to, else the one whose police it names)
   * when that town lies there; one placed only by a dateline or where someone lives ("The gunman, a
   * man from Chicago") is placed in the report's town wherever that lies. Events of the past keep
   * their own place.
   */
  static void placeInTown(List<EventDraft> drafts, Claim town, Predicate<EventDraft> current) {
    placeCurrent(drafts, town, current, false, draft -> true);
  }

  /**
   * A current event placed nowhere or only in a state or a country the town lies in is placed in
   * the town: the last resort of a report's places, its headline's town.
   */
  static void placeCoarse(List<EventDraft> drafts, Claim town, Predicate<EventDraft> current) {
    placeCurrent(drafts, town, current, true, draft -> false);
  }

  /**
   * As {@link #placeCoarse}, for the headline's town, which also replaces a place the text gives
   * only incidentally: "Man shot in Opa-locka" over "taken to Jackson Memorial Hospital in Miami"
   * when the tagger missed the text's own "Opa-locka". A dateline's town stays: "INDIANAPOLIS, Ind.
   * –" under "… four shot in Broad Ripple" is the city the part lies in.
   */
  void placeByHeadline(List<EventDraft> drafts, Claim town, Predicate<EventDraft> current) {
    Optional<int[]> dateline = dateline(document.text());
    placeCurrent(
        drafts,
        town,
        current,
        true,
        draft -> dateline.isEmpty() || !placedByTheDateline(draft, dateline.get()));
  }

  /**
   * As {@link #placeCoarse}, for the county the report writes, which also replaces a town the text
   * gives only incidentally when that town lies outside the county: "airlifted to Jacksonville" in
   * a report of a shooting in St. Johns County. A town of the county given incidentally ("a man
   * from Hastings") stays: it is nearer the scene than the whole county. So does the dateline's
   * town ("ACWORTH, Ga. -- A 19-year-old Acworth man"), which the gazetteer may put in the next
   * county.
   */
  void placeByCounty(List<EventDraft> drafts, Claim county, Predicate<EventDraft> current) {
    String name = ((Place) county.value()).name();
    Optional<String> dateline = datelinePlace().map(claim -> townKey((Place) claim.value()));
    placeCurrent(
        drafts,
        county,
        current,
        true,
        draft ->
            draft.claims().stream()
                .filter(claim -> claim.slot() == Slot.PLACE)
                .map(claim -> (Place) claim.value())
                .noneMatch(
                    place ->
                        gazetteer.inCounty(place, name)
                            || dateline.filter(townKey(place)::equals).isPresent()));
  }

  /** Whether the draft's place is told in the dateline ({@code dateline}: start and end). */
  private static boolean placedByTheDateline(EventDraft draft, int[] dateline) {
    return draft.claims().stream()
        .filter(claim -> claim.slot() == Slot.PLACE)
        .anyMatch(claim -> !claim.evidence().inTitle() && claim.evidence().end() <= dateline[1]);
  }

  /**
   * Places the current events in {@code town} where they are placed only in a state or a country it
   * lies in; as {@code lastResort} says, where they are placed nowhere (the headline's town); and
   * where they are placed only incidentally, for those {@code overIncidental} accepts (the report's
   * town: all; the headline's: those not placed by the dateline).
   */
  private static void placeCurrent(
      List<EventDraft> drafts,
      Claim town,
      Predicate<EventDraft> current,
      boolean lastResort,
      Predicate<EventDraft> overIncidental) {
    Place within = (Place) town.value();
    for (EventDraft draft : drafts) {
      if (draft.recalled() || !current.test(draft)) {
        continue;
      }
      Optional<Claim> known =
          draft.claims().stream().filter(claim -> claim.slot() == Slot.PLACE).findFirst();
      if (known.isEmpty()) {
        if (lastResort) {
          draft.add(town);
        }
        continue;
      }
      Place place = (Place) known.get().value();
      boolean coarse = place.precision().compareTo(PlacePrecision.TOWN) > 0;
      if (coarse && PlaceFinder.inside(within, place)
          || draft.placeIncidental() && overIncidental.test(draft)) {
        draft.remove(known.get());
        draft.add(town);
        draft.placeIncidental(false);
      }
    }
  }

  /** Where a report's dateline ("KATY, Texas -") stands in its text: start and end, if any. */
  static Optional<int[]> dateline(String text) {
    return Datelines.find(text, 0, Math.min(text.length(), DATELINE_REACH));
  }

  /** The place of the report's dateline ("KATY, Texas -"), as a claim of the reporter. */
  Optional<Claim> datelinePlace() {
    String text = document.text();
    Optional<int[]> dateline = dateline(text);
    if (dateline.isEmpty()) {
      return Optional.empty();
    }
    int start = dateline.get()[0];
    int end = dateline.get()[1];
    return places
        .resolve(text.substring(start, end))
        .map(place -> reporterPlace(place, start, end));
  }

  /**
   * The town the report's headline names ("Teen Killed, Another Wounded in St. Paul Shooting"), as
   * a claim of the reporter with the headline's words as evidence: the last place a report gives,
   * for the events its text places nowhere or only in a state. The town must lie in a state the
   * report's other places name, or, when they name none, have no namesake of some size abroad, or
   * lie in a county the text writes; two towns in one headline say nothing. A title the text itself
   * holds (a plain text's first line, taken for its headline) is read with the text, not again.
   */
  Optional<Claim> headlineTown() {
    String title = document.title();
    if (title == null || title.isBlank() || document.text().contains(title)) {
      return Optional.empty();
    }
    Set<String> regions = places.regions();
    Set<String> countries = places.countries();
    Claim found = null;
    int end = -1;
    for (Headline.Name name : Headline.names(title, document.text())) {
      if (name.start() < end || PlaceFinder.namesNoPlace(name.words())) {
        continue;
      }
      Optional<Place> place = places.resolve(name.words());
      if (place.isEmpty()
          || place.get().precision().compareTo(PlacePrecision.TOWN) > 0
          || (regions.isEmpty()
                  ? !countries.isEmpty() && !countries.contains(place.get().country())
                      || hasNamesakeAbroad(name.words(), place.get())
                  : !regions.contains(place.get().region()))
              && !inAWrittenCounty(place.get())) {
        continue;
      }
      if (found != null) {
        if (!townKey((Place) found.value()).equals(townKey(place.get()))) {
          return Optional.empty();
        }
        continue;
      }
      end = name.end();
      found =
          new Claim(
              Slot.PLACE,
              place.get(),
              null,
              Span.ofTitle(document.id(), name.start(), name.end()),
              Attribution.REPORTER,
              document.published().value());
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether a town lies in a county the report's text writes: "Roundup murder-suicide" over
   * "Musselshell County Sheriff Mike Thomas said" is Roundup, Montana, whatever other states the
   * report names.
   */
  private boolean inAWrittenCounty(Place town) {
    return places.counties().stream()
        .anyMatch(county -> gazetteer.inCounty(town, document.textOf(county)));
  }

  /**
   * The town the story's web address names ("…/1-shot-dead-in-amelia/…"), when the report's text
   * writes the county it lies in ("Clermont County sheriff's deputies") and the report names no
   * state it does not lie in: the address keeps the story's first headline. The evidence is the
   * county's first writing. Empty when two such towns lie in the counties written.
   */
  Optional<Claim> storyTown() {
    List<Span> counties = places.counties();
    if (counties.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Claim> found = new LinkedHashMap<>();
    for (Place town : gazetteer.storyTowns(document.url())) {
      addIfInACounty(found, town, null, counties);
    }
    return onlyOne(found);
  }

  /**
   * The outlet's own city, when the report's text writes the county it lies in and the report names
   * no state it does not lie in: a local outlet often gives no town for a shooting in its own city
   * ("a northwest Harris County home" in a Houston station's report, "the Cook County medical
   * examiner's office" in a Chicago paper's), where a reader takes the outlet's city. The city is
   * one of 100,000 people or more that the outlet's name in the title gives ("… - Toledo News Now,
   * News, Weather, Sports, Toledo, OH") or its web address ("chicagotribune.com"), or a town of any
   * size that a label or the first segment of the address is ("…georgianews.com/rome/…"). A city of
   * another county says nothing: a Shreveport station reports from counties of two states. The
   * evidence is the city's name in the title, else the county's first writing. Empty when two such
   * cities lie in the counties written.
   */
  Optional<Claim> outletTown() {
    List<Span> counties = places.counties();
    if (counties.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Claim> found = new LinkedHashMap<>();
    for (ReportPlaces.OutletCity outlet : places.outletCities()) {
      addIfInACounty(found, outlet.city(), outlet.inTitle(), counties);
    }
    for (Place city : gazetteer.outletTownsNamed(document.url())) {
      addIfInACounty(found, city, null, counties);
    }
    return onlyOne(found);
  }

  /**
   * The county the report's text writes as the scene or as its lawmen's ("an accidental shooting in
   * Boyle County", "BOYLE COUNTY, Ky. –", "Madison County sheriff's deputies said"), the last
   * resort of a report that gives no town: the county written most often, more often than any
   * other, leaving out where people live ("an Oglethorpe County teen"), where they were taken ("the
   * Fayette County Jail") and a county named to find another place ("on the Elbert County line").
   * It lies in the one state the report names that has a county of the name, else in the only state
   * that has. The evidence is its first writing.
   */
  Optional<Claim> countyPlace() {
    String text = document.text();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Span> firsts = new HashMap<>();
    for (Span county : places.counties()) {
      if (IncidentalPlaces.incidental(text, county.start(), county.end())) {
        continue;
      }
      String key = Gazetteer.countyKey(document.textOf(county));
      counts.merge(key, 1, Integer::sum);
      firsts.putIfAbsent(key, county);
    }
    return mostOften(counts, 1)
        .flatMap(
            key -> {
              Span first = firsts.get(key);
              return gazetteer
                  .county(document.textOf(first), places.statesOfTheReport())
                  .map(county -> reporterClaim(county, first));
            });
  }

  /**
   * Adds a town, once, when a county the text writes holds it: its evidence its words in the title
   * ({@code inTitle}), else the county's first writing.
   */
  private void addIfInACounty(
      Map<String, Claim> found, Place town, Span inTitle, List<Span> counties) {
    countyHolding(town, counties)
        .ifPresent(
            county ->
                found.putIfAbsent(
                    townKey(town), reporterClaim(town, inTitle != null ? inTitle : county)));
  }

  /** The one town found, if only one was. */
  private static Optional<Claim> onlyOne(Map<String, Claim> found) {
    return found.size() == 1 ? found.values().stream().findFirst() : Optional.empty();
  }

  /** The first writing of a county the town lies in, if the town also fits the report's states. */
  private Optional<Span> countyHolding(Place town, List<Span> counties) {
    if (!fitsTheReport(town)) {
      return Optional.empty();
    }
    return counties.stream()
        .filter(county -> gazetteer.inCounty(town, document.textOf(county)))
        .findFirst();
  }

  /** Whether a town lies in a state the report names, or the report names none. */
  private boolean fitsTheReport(Place town) {
    Set<String> regions = places.regions();
    return regions.isEmpty() || regions.contains(town.region());
  }

  private Claim reporterClaim(Place place, Span evidence) {
    return new Claim(
        Slot.PLACE, place, null, evidence, Attribution.REPORTER, document.published().value());
  }

  /**
   * The town whose police a report names most often ("Chicago Police Superintendent Garry
   * McCarthy", "the LVMPD Homicide Section"), once at least and more often than any other: the
   * police of a town work in it, so a report that places its events nowhere else (no place of their
   * own, no dateline) tells of that town.
   */
  Optional<Claim> policeTown() {
    String text = document.text();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Claim> firsts = new HashMap<>();
    Matcher police = TOWN_POLICE.matcher(text);
    while (police.find()) {
      String name = police.group(1);
      if (PlaceFinder.namesNoPlace(name)) {
        continue;
      }
      Optional<Place> place = places.resolve(name).flatMap(reading -> withPolice(name, reading));
      if (place.isEmpty()
          || place.get().precision().compareTo(PlacePrecision.TOWN) != 0
          || hasNamesakeAbroad(name, place.get())) {
        continue;
      }
      String key = townKey(place.get());
      counts.merge(key, 1, Integer::sum);
      firsts.putIfAbsent(key, reporterPlace(place.get(), police.start(1), police.end(1)));
    }
    for (PoliceAcronyms.Found found : PoliceAcronyms.in(text)) {
      // "Lt. Dan Roe of the LVMPD Homicide Section": the acronym names the city.
      Optional<Place> place =
          places.resolve(found.city()).filter(city -> city.precision() == PlacePrecision.TOWN);
      if (place.isPresent()) {
        String key = townKey(place.get());
        counts.merge(key, 1, Integer::sum);
        firsts.putIfAbsent(key, reporterPlace(place.get(), found.start(), found.end()));
      }
    }
    return mostOften(counts, 1).map(firsts::get);
  }

  /**
   * The town a police force's name reads as: a section of a city (read as a spot in its city) has
   * no police of its own, so the name is that of a town of its own in the same country, if any.
   */
  private Optional<Place> withPolice(String name, Place reading) {
    if (reading.precision() != PlacePrecision.POINT) {
      return Optional.of(reading);
    }
    return Optional.ofNullable(reading.country())
        .flatMap(country -> gazetteer.townOfItsOwn(name, country));
  }

  /**
   * Whether a town of this name of some size lies in another country than the reading: with nothing
   * but the name of a police force to go on, "Naples" may be in Italy or in Florida.
   */
  private boolean hasNamesakeAbroad(String name, Place reading) {
    if (places.american() && UNITED_STATES.equals(reading.country())) {
      // "Toledo Police" in a report with a Crime Stoppers number of area code 419: an American
      // report's bare town is an American town.
      return false;
    }
    return gazetteer.candidates(name).stream()
        .anyMatch(
            candidate ->
                candidate.kind() == PlaceCandidate.Kind.TOWN
                    && candidate.place().name().equalsIgnoreCase(name)
                    && candidate.population() >= NAMESAKE_POPULATION
                    && !Objects.equals(candidate.place().country(), reading.country()));
  }

  /** One key for the readings of one town, however the report names it. */
  private static String townKey(Place place) {
    return place.name() + "|" + place.admin1() + "|" + place.country();
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
   * A place of the whole report (its dateline, the town whose police it names) places its events
   * that name no place of their own: "KATY, Texas - A man was arrested after his father was fatally
   * shot" tells of a shooting in Katy. Events recalled from the past keep no place rather than take
   * today's.
   */
  static void placeUnplaced(List<EventDraft> drafts, Claim reportPlace) {
    for (EventDraft draft : drafts) {
      boolean placed = draft.claims().stream().anyMatch(claim -> claim.slot() == Slot.PLACE);
      if (!placed && !draft.recalled()) {
        draft.add(reportPlace);
      }
    }
  }
}
