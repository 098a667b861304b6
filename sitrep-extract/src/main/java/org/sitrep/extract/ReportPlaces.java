package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.place.CallSigns;
import org.sitrep.extract.place.Gazetteer;
import org.sitrep.extract.place.PlaceCandidate;
import org.sitrep.extract.place.PoliceAcronyms;
import org.sitrep.extract.place.StateAbbreviations;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Span;

/**
 * The gazetteer's readings of one report's place mentions, each read once: the same name is read
 * for the event of its sentence, for the report's dateline and its most named town, and for the
 * countries the report speaks of. Each reading is decided by the report's other place names. One
 * instance per report; not thread-safe.
 */
final class ReportPlaces {
  /** The entity types of the tagger that name places. */
  static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  private static final String UNITED_STATES = "United States";

  /**
   * A US county as a report writes it, also inside the name of its sheriff or its court ("Fayette
   * County Sheriff Marty Fisher", "Boyle Co."), which the tagger leaves out of its places.
   */
  private static final Pattern COUNTY =
      Pattern.compile(
          "(?<![\\p{L}.'’-])(?!(?:The|A|An)\\s)((?:(?:St|Ste|Ft|Mt)\\.\\s?)?\\p{Lu}[\\p{L}'’-]*(?:\\s(?:(?:St|Ste|Ft|Mt)\\.\\s?)?\\p{Lu}[\\p{L}'’-]*){0,2})\\s+(?:County|Parish|Co\\.)(?![\\p{L}])");

  /**
   * A name before the words of a county's lawmen, which local news often writes without "County":
   * "Pinellas detectives", "the Broward Sheriff's Office", "Hillsborough deputies", "Miami-Dade
   * Police" (read only for a name no town bears).
   */
  private static final Pattern COUNTY_AGENCY =
      Pattern.compile(
          "(?<![\\p{L}.'’-])(?!(?:The|A|An)\\s)(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?)\\s+(?:Sheriff|sheriff|deputies|Deputies|detectives|Detectives|Police|police)\\b");

  /**
   * A state's own agency: "the Georgia Bureau of Investigation", "New York State Police", "Texas
   * Department of Public Safety", "the Ohio State Highway Patrol". The tagger takes it for an
   * organization, so its state is no place the report names; but a state's agency works in its
   * state.
   */
  private static final Pattern STATE_AGENCY =
      Pattern.compile(
          "(?<![\\p{L}.'’-])(\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+)?)\\s+(?:Bureau\\s+of"
              + "\\s+(?:Investigation|Criminal\\s+(?:Investigation|Apprehension))"
              + "|State\\s+(?:Police|Patrol|Highway\\s+Patrol|Troopers?)|Highway\\s+Patrol"
              + "|Department\\s+of\\s+\\p{Lu})");

  /**
   * A telephone number as North America writes it: "(419) 255-1111", "419-255-1111": a Crime
   * Stoppers line, a newsroom's.
   */
  private static final Pattern PHONE =
      Pattern.compile("(?<!\\d)(?:\\(\\d{3}\\)\\s?|\\d{3}[-.])\\d{3}[-.]\\d{4}(?!\\d)");

  private final Gazetteer gazetteer;
  private final List<String> names;
  private final List<String> support;
  private final List<OutletCity> outletCities;
  private final List<Span> counties;
  private final boolean american;
  private final Set<String> agencyStates;
  private final Map<String, Optional<Place>> read = new HashMap<>();
  private Set<String> regions;

  /**
   * @param names the place names of the report
   * @param outlet the cities the report's outlet names in its web address, the country of a
   *     broadcaster it cites by call sign, the towns whose police it names and the counties its
   *     text writes: they help decide the report's ambiguous names and are no place the report
   *     names
   * @param outletCities the cities of 100,000 people or more that the outlet's part of the title
   *     names, then those of its web address
   * @param counties where the report's text writes a US county ("Harris County")
   * @param american whether the report tells of itself that it is American: it cites a station by
   *     its call sign, writes a county after its name or a telephone number of North America
   * @param agencyStates the US states whose own agencies the report names ("the Georgia Bureau of
   *     Investigation")
   */
  ReportPlaces(
      Gazetteer gazetteer,
      List<String> names,
      List<String> outlet,
      List<OutletCity> outletCities,
      List<Span> counties,
      boolean american,
      Set<String> agencyStates) {
    this.gazetteer = gazetteer;
    this.agencyStates = Set.copyOf(agencyStates);
    this.names = List.copyOf(names);
    this.outletCities = List.copyOf(outletCities);
    this.counties = List.copyOf(counties);
    this.american = american;
    List<String> all = new ArrayList<>(names);
    all.addAll(outlet);
    this.support = List.copyOf(all);
  }

  /** The readings of the place names of an annotated report. */
  static ReportPlaces of(Gazetteer gazetteer, AnnotatedDocument annotated) {
    Document document = annotated.document();
    String text = document.text();
    List<OutletCity> outletCities = new ArrayList<>();
    String title = document.title();
    for (Headline.Name name :
        title == null ? List.<Headline.Name>of() : Headline.outletNames(title)) {
      Span words = Span.ofTitle(document.id(), name.start(), name.end());
      gazetteer
          .outletCity(name.words())
          .ifPresent(city -> outletCities.add(new OutletCity(city, words)));
    }
    List<Place> addressCities = gazetteer.outletTowns(document.url());
    addressCities.forEach(city -> outletCities.add(new OutletCity(city, null)));
    List<String> outlet =
        new ArrayList<>(addressCities.stream().map(Place::name).distinct().toList());
    for (OutletCity city : outletCities) {
      // "… | WBTV Charlotte": the outlet's city, as in its web address.
      String named = city.city().name() + ", " + city.city().admin1();
      if (city.inTitle() != null && !outlet.contains(named)) {
        outlet.add(named);
      }
    }
    boolean station = CallSigns.citeAmericanStation(text);
    if (station) {
      // "(WBTV)", "WSOC reports": an American station's report, whatever places it names.
      outlet.add(UNITED_STATES);
    }
    Matcher police = ReportPlacer.TOWN_POLICE.matcher(text);
    while (police.find()) {
      // "according to Chicago Police": the town of a report's police decides its ambiguous
      // names ("his Englewood home"), though the tagger takes the police for an organization.
      addPoliceTown(outlet, police.group(1));
    }
    for (PoliceAcronyms.Found acronym : PoliceAcronyms.in(text)) {
      // "the LVMPD Homicide Section": a city's police named by their acronym.
      addPoliceTown(outlet, acronym.city());
    }
    List<Span> counties = new ArrayList<>();
    Matcher county = COUNTY.matcher(text);
    while (county.find()) {
      counties.add(new Span(document.id(), county.start(), county.end()));
      // Support only: a county is no place the events are given. Each county once, however often
      // the report names it: every support name is read again for each of the report's names.
      String name = county.group(1) + (county.group().endsWith("Parish") ? " Parish" : " County");
      if (!outlet.contains(name)) {
        outlet.add(name);
      }
    }
    Matcher agency = COUNTY_AGENCY.matcher(text);
    while (agency.find()) {
      // "Pinellas detectives", "the Broward Sheriff's Office", "Miami-Dade Police": a county named
      // without its word, which only a county bears. It is a writing of the county as well.
      String name = agency.group(1) + " County";
      if (gazetteer.onlyACounty(agency.group(1))) {
        counties.add(new Span(document.id(), agency.start(1), agency.end(1)));
        if (!outlet.contains(name)) {
          outlet.add(name);
        }
      }
    }
    counties.sort(Comparator.comparingInt(Span::start));
    boolean american = station || !counties.isEmpty() || PHONE.matcher(text).find();
    List<String> names = new ArrayList<>(placeNames(annotated, text));
    if (title != null) {
      for (String named : headlineTownsWithState(gazetteer, title, text)) {
        if (!names.contains(named)) {
          names.add(named);
        }
      }
    }
    return new ReportPlaces(
        gazetteer, names, outlet, outletCities, counties, american, agencyStates(gazetteer, text));
  }

  /**
   * Adds the town of a report's police to its support, once, and once as the police's town: a bare
   * namesake far from it is a part of it the gazetteer lacks. The police's town counts so even when
   * the outlet's web address already names the town ("cincinnati.com" beside "Cincinnati police").
   */
  private static void addPoliceTown(List<String> support, String town) {
    if (!support.contains(town)) {
      support.add(town);
    }
    if (!support.contains(town + " police")) {
      support.add(town + " police");
    }
  }

  /** The US states whose own agencies the text names: "the Georgia Bureau of Investigation". */
  private static Set<String> agencyStates(Gazetteer gazetteer, String text) {
    Set<String> states = new HashSet<>();
    Matcher agency = STATE_AGENCY.matcher(text);
    while (agency.find()) {
      gazetteer
          .region(agency.group(1), "US")
          .filter(state -> state.precision() == PlacePrecision.REGION)
          .ifPresent(state -> states.add(state.name()));
    }
    return states;
  }

  /** A state spelled out after a headline's town and its comma: ", Massachusetts", ", New York". */
  private static final Pattern STATE_WORDS =
      Pattern.compile("^,\\s*(\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?)");

  /**
   * The towns the headline writes with their state ("Woman shot in Springfield, Mass.", "… in
   * Springfield, Massachusetts"), each with it: a place the report names, which decides the text's
   * bare "Springfield" as the text's own "SPRINGFIELD, Mass." would.
   */
  private static List<String> headlineTownsWithState(
      Gazetteer gazetteer, String title, String text) {
    List<String> found = new ArrayList<>();
    for (Headline.Name name : Headline.names(title, text)) {
      OptionalInt abbreviated = StateAbbreviations.stateAfter(title, name.end());
      if (abbreviated.isPresent()) {
        found.add(title.substring(name.start(), abbreviated.getAsInt()));
        continue;
      }
      Matcher spelled = STATE_WORDS.matcher(title.substring(name.end()));
      if (spelled.find()
          && gazetteer
              .resolve(spelled.group(1), List.of())
              .filter(state -> state.precision() == PlacePrecision.REGION)
              .filter(state -> "US".equals(state.country()))
              .isPresent()) {
        found.add(title.substring(name.start(), name.end() + spelled.end()));
      }
    }
    return found;
  }

  /**
   * The place names of a report, each as written and, when a US state follows it after a comma
   * ("Norwich, N.Y."), with that state: the tagger often leaves the abbreviation out.
   */
  private static List<String> placeNames(AnnotatedDocument annotated, String text) {
    Set<String> names = new LinkedHashSet<>();
    for (EntityMention mention : annotated.entities()) {
      // "the 5600 block of South Princeton" is a street of the report's town, and no support for
      // Princeton's state.
      if (PLACE_TYPES.contains(mention.type()) && !PlaceFinder.isStreet(text, mention)) {
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
   * Whether the report tells of itself that it is American (a call sign, a county written after its
   * name, a North American telephone number), whatever places it names.
   */
  boolean american() {
    return american;
  }

  /**
   * A city the report's outlet names: in the outlet's part of the title ({@code inTitle}, its
   * words) or in its web address ({@code inTitle} null).
   */
  record OutletCity(Place city, Span inTitle) {}

  /** The outlet's cities, those of its title first, then those of its web address. */
  List<OutletCity> outletCities() {
    return outletCities;
  }

  /** Where the report's text writes a US county, in order: "Harris County", "Boyle Co.". */
  List<Span> counties() {
    return counties;
  }

  /** The place names of the report, as written. */
  List<String> names() {
    return names;
  }

  /** The gazetteer's reading of a mention of the report, given its other place names. */
  Optional<Place> resolve(String mention) {
    return read.computeIfAbsent(mention, words -> gazetteer.resolve(words, support));
  }

  /**
   * The states or regions the report's places lie in, or are: "SPRINGFIELD, Ill." and "Peoria" give
   * Illinois.
   */
  Set<String> regions() {
    if (regions == null) {
      Set<String> found = new HashSet<>();
      for (String name : names) {
        resolve(name).map(Place::region).filter(Objects::nonNull).ifPresent(found::add);
      }
      regions = Set.copyOf(found);
    }
    return regions;
  }

  /**
   * The states the report names or whose own agencies it names: "a home in Paulding County" beside
   * "the Georgia Bureau of Investigation" is Georgia's Paulding County, not Ohio's.
   */
  Set<String> statesOfTheReport() {
    if (agencyStates.isEmpty()) {
      return regions();
    }
    Set<String> states = new HashSet<>(regions());
    states.addAll(agencyStates);
    return Set.copyOf(states);
  }

  /**
   * Whether the report names a place in another region of the region's country, or that region:
   * "SALEM, Mass." beside "Florida".
   */
  boolean namesAnotherRegion(Place region) {
    return names.stream()
        .map(this::resolve)
        .flatMap(Optional::stream)
        .filter(place -> Objects.equals(place.country(), region.country()))
        .map(Place::region)
        .anyMatch(other -> other != null && !other.equals(region.name()));
  }

  /**
   * The place as the report reads it: a town named without its state ("a shooting in Madison"),
   * whose name towns of other regions of its country bear too, in a report that tells nothing of
   * its region (no state after the name, no other place, outlet, county or state agency of the
   * report in it) is {@linkplain Place#regionGuessed() guessed}: the gazetteer took its likeliest
   * namesake, which another account of the event may correct. {@code written} is the name as the
   * claim's evidence writes it.
   */
  Place asRead(Place place, String written) {
    if (place.precision().compareTo(PlacePrecision.TOWN) > 0
        || place.admin1() == null
        || place.regionGuessed()
        || written.contains(",")
        || agencyStates.contains(place.admin1())
        || !hasNamesakeInAnotherRegion(place)) {
      return place;
    }
    String own = written.strip().toLowerCase(Locale.ROOT);
    String name = place.name().toLowerCase(Locale.ROOT);
    for (String other : support) {
      String folded = other.strip().toLowerCase(Locale.ROOT);
      if (folded.equals(own) || folded.equals(name)) {
        continue;
      }
      if (folded.endsWith(" county") || folded.endsWith(" parish")) {
        if (gazetteer.inCounty(place, other)) {
          return place;
        }
        continue;
      }
      String words = folded.endsWith(" police") ? other.substring(0, other.length() - 7) : other;
      if (resolve(words).map(Place::region).filter(place.admin1()::equals).isPresent()) {
        return place;
      }
    }
    return place.withRegionGuessed();
  }

  /** Whether a town of the place's name lies in another region of its country. */
  private boolean hasNamesakeInAnotherRegion(Place place) {
    return gazetteer.candidates(place.name()).stream()
        .filter(candidate -> candidate.kind() == PlaceCandidate.Kind.TOWN)
        .map(PlaceCandidate::place)
        .anyMatch(
            town ->
                town.name().equalsIgnoreCase(place.name())
                    && Objects.equals(town.country(), place.country())
                    && town.admin1() != null
                    && !town.admin1().equals(place.admin1()));
  }

  /** The countries of the places the report names. */
  Set<String> countries() {
    Set<String> countries = new HashSet<>();
    for (String name : names) {
      resolve(name).map(Place::country).filter(Objects::nonNull).ifPresent(countries::add);
    }
    return countries;
  }
}
