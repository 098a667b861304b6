package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.place.PlaceCandidate.Kind;
import org.sitrep.extract.place.PlaceRanker.Support;

/**
 * Reads one place mention as a row of the gazetteer. In order: a curated landmark; the whole
 * mention as a name; "X (Y)" and "X, Y" (Y narrows X); "X's landmark"; "the landmark in|at|of X",
 * "a village in X", "the province of X", "north of X", "near|outside X"; "X [International]
 * Airport", "X province", "X city". Landmarks give a point in their town; "near" and "outside" give
 * no more than the town.
 */
final class MentionResolver {
  private static final int MAX_DEPTH = 3;
  private static final Set<String> LANDMARKS =
      Set.of(
          "airport",
          "airfield",
          "airbase",
          "base",
          "camp",
          "market",
          "bazaar",
          "marketplace",
          "mosque",
          "shrine",
          "temple",
          "church",
          "cathedral",
          "synagogue",
          "hotel",
          "hospital",
          "clinic",
          "university",
          "college",
          "school",
          "madrasa",
          "stadium",
          "square",
          "bridge",
          "checkpoint",
          "gate",
          "embassy",
          "consulate",
          "prison",
          "jail",
          "station",
          "port",
          "harbour",
          "harbor",
          "palace",
          "compound",
          "mall",
          "restaurant",
          "cafe",
          "bank",
          "ministry",
          "parliament",
          "headquarters",
          "barracks",
          "garrison",
          "outpost",
          "refinery");
  // Words that may stand between a town's name and the landmark ("Kabul International Airport").
  private static final Set<String> LANDMARK_MODIFIERS =
      Set.of(
          "international",
          "main",
          "central",
          "military",
          "police",
          "bus",
          "railway",
          "train",
          "air",
          "national",
          "regional",
          "domestic",
          "civil",
          "civilian",
          "general",
          "city");
  private static final Set<String> INSTITUTIONS =
      Set.of(
          "hospital",
          "clinic",
          "church",
          "cathedral",
          "school",
          "college",
          "university",
          "madrasa");
  private static final Pattern SAINT = Pattern.compile("(?:St|Ste|Saint|Sainte)\\.?");
  private static final Set<String> DIVISIONS =
      Set.of("province", "state", "governorate", "region", "department", "oblast", "prefecture");
  private static final Set<String> SETTLEMENTS = Set.of("city", "town");
  private static final Set<String> AREAS =
      Set.of(
          "village",
          "area",
          "outskirts",
          "suburb",
          "suburbs",
          "neighborhood",
          "neighbourhood",
          "district",
          "part",
          "parts",
          "centre",
          "center",
          "capital",
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "north east",
          "north west",
          "south east",
          "south west",
          "heart");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern PARENTHESIS = Pattern.compile("^(.+?)\\s*\\((.+)\\)$");
  private static final Pattern COMMA = Pattern.compile("^(.+?),\\s*(.+)$");
  private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)['’]s\\s+(.+)$");
  private static final Pattern PREPOSITION =
      Pattern.compile(
          "^(?:(?:the|a|an)\\s+)?(.+?)\\s+(in|at|of|near|outside)\\s+(.+)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TRIM = Pattern.compile("^[\\s\"“”'‘’]+|[\\s\"“”'‘’.,;:!?]+$");
  // As TRIM, but keeps a final period: "Norwich, N.Y." ends with its state's abbreviation.
  private static final Pattern TRIM_KEEPING_PERIOD =
      Pattern.compile("^[\\s\"“”'‘’]+|[\\s\"“”'‘’,;:!?]+$");
  private static final String UNITED_STATES = "US";
  private static final Pattern CITY_PART =
      Pattern.compile(
          "(?i)(?:the\\s+)?(?:(?:north|south|east|west)(?:\\s*(?:east|west))?|near\\s+(?:north|south"
              + "|east|west)|far\\s+(?:north|south|east|west)|upper\\s+(?:east|west))\\s*(?:side|end)");
  private static final Pattern COMPASS_PART =
      Pattern.compile(
          "^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central|Downtown)"
              + "\\s+(\\p{Lu}.*)$");
  private static final Pattern US_COUNTY =
      Pattern.compile(
          "^(?:The\\s+)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2})\\s+(?:County|Parish)$");

  /**
   * A town's police as the report's support names them ("Cincinnati police"): the town the events
   * most likely lie in, whatever the text calls the part of it.
   */
  private static final Pattern TOWN_POLICE = Pattern.compile("^(.+)\\s+police$");

  /** The word of a city's consolidated government around its name: "Metro Nashville". */
  private static final Pattern METRO = Pattern.compile("^Metro\\s+|\\s+Metro$");

  /** Farther than this from every town whose police a report names, a namesake is no part of it. */
  private static final double POLICE_REACH_KM = 150;

  /** A mention's reading: a row, and whether the mention named a spot inside that town. */
  record Reading(int ref, boolean point) {}

  private final GazetteerTable table;
  private final PlaceRanker ranker;
  private final Landmarks landmarks;

  MentionResolver(GazetteerTable table, PlaceRanker ranker, Landmarks landmarks) {
    this.table = table;
    this.ranker = ranker;
    this.landmarks = landmarks;
  }

  Optional<Reading> resolve(String mention, List<String> otherPlaces) {
    String key = NameFolder.fold(mention);
    Set<Integer> countries = new HashSet<>();
    Set<Integer> regions = new HashSet<>();
    Set<Integer> named = new HashSet<>();
    Set<String> counties = new HashSet<>();
    List<String> police = new ArrayList<>();
    for (String other : otherPlaces) {
      if (other == null || NameFolder.fold(other).equals(key)) {
        continue;
      }
      Matcher policeTown = TOWN_POLICE.matcher(other);
      if (policeTown.matches()) {
        // "Metro Nashville Police", "Indianapolis Metro Police": a city's consolidated force.
        police.add(METRO.matcher(policeTown.group(1)).replaceAll(""));
        continue;
      }
      Optional<Reading> reading = read(other, Support.NONE, 0);
      reading.ifPresent(r -> support(r.ref(), countries, regions, named));
      if (reading.isEmpty()) {
        // A post office's state is in the United States: "Johns Island" beside "Denmark" supports
        // Denmark, South Carolina over the country as a town of the state would.
        postOfficeState(other)
            .ifPresent(
                state -> {
                  regions.add(state);
                  countries.add(table.countryByCode(UNITED_STATES));
                });
      }
      Matcher county = US_COUNTY.matcher(other);
      if (county.matches()) {
        // "Fayette County": the towns of a county of that name are likelier readings.
        counties.add(NameFolder.fold(county.group(1)));
        if (reading.isEmpty()) {
          // "Cocke County", "Chenango County Sheriff": a county named after its name is American
          // usage (Ireland and Britain write "County Cork"); the gazetteer has no counties.
          countries.add(table.countryByCode(UNITED_STATES));
        }
      }
      // "Georgia" beside a town supports both the country and the US state: whichever the
      // mention shares is the likelier reading of both.
      for (GazetteerTable.Match match : table.lookup(other)) {
        if (!match.alternate() && GazetteerTable.kind(match.ref()) != Kind.TOWN) {
          support(match.ref(), countries, regions, named);
        }
      }
    }
    Support support = new Support(countries, regions, named, counties);
    // The police's towns as the report's places read them: "Glendale police" beside "Milwaukee"
    // are Wisconsin's.
    List<Integer> policeTowns = new ArrayList<>();
    if (!police.isEmpty()) {
      // Each read as the report's own mention of it would be: "CHARLESTON, W.Va." beside
      // "Charleston police" is West Virginia's, though the bare "Charleston" alone is not.
      List<String> places =
          otherPlaces.stream()
              .filter(other -> other == null || !TOWN_POLICE.matcher(other).matches())
              .toList();
      for (String town : police) {
        resolve(town, places)
            .filter(r -> GazetteerTable.kind(r.ref()) == Kind.TOWN)
            .ifPresent(r -> policeTowns.add(r.ref()));
      }
    }
    return read(mention, support, 0)
        .filter(reading -> !outsideTheReportsCounties(mention, reading, support))
        .filter(reading -> !farFromThePolice(mention, reading, support, policeTowns))
        .map(reading -> partOfThePolicesTown(mention, reading, police, policeTowns))
        .map(this::wholeDistrict);
  }

  /**
   * Whether a bare name that several US towns bear reads as one far from every town whose police
   * the report names, in a state neither they nor the report name: "Police are investigating a
   * shooting in Madisonville … Cincinnati police have identified them" tells of Cincinnati's
   * Madisonville, which the gazetteer lacks, not of Madisonville, Kentucky. Without a reading, the
   * police's town places the event. A name only one town bears, or written with its state, is read
   * as written.
   */
  private boolean farFromThePolice(
      String mention, Reading reading, Support support, List<Integer> policeTowns) {
    int ref = reading.ref();
    if (policeTowns.isEmpty()
        || mention.contains(",")
        || GazetteerTable.kind(ref) != Kind.TOWN
        || table.countryOf(ref) != table.countryByCode(UNITED_STATES)
        || support.named().contains(table.regionOf(ref))) {
      return false;
    }
    for (int police : policeTowns) {
      if (table.countryOf(police) != table.countryOf(ref)
          || table.regionOf(police) == table.regionOf(ref)
          || table.kilometresBetweenTowns(police, ref) <= POLICE_REACH_KM) {
        return false;
      }
    }
    long namesakes =
        table.lookup(mention).stream()
            .filter(m -> !m.alternate() && GazetteerTable.kind(m.ref()) == Kind.TOWN)
            .filter(m -> table.countryOf(m.ref()) == table.countryOf(ref))
            .count();
    return namesakes >= 2;
  }

  /** How near the centre of the town whose police a report names a part of it lies. */
  private static final double POLICE_PART_KM = 20;

  /**
   * How many times the people of a part the town whose police a report names holds at least:
   * Salem's police take in a suspect from Beverly, a city of Salem's size next door.
   */
  private static final long PART_SHARE = 3;

  /**
   * A town of this many people is a city of its own, with its own police, however large its
   * neighbour: "Houston police say … in Pasadena" (150,000 people) tells of Pasadena.
   */
  private static final long CITY_OF_ITS_OWN = 50_000;

  /**
   * A bare name read as a smaller town of the county of a town whose police the report names, and
   * near it, is a part of that town, read as a spot in it: "a shooting in Broad Ripple,
   * Indianapolis police said", "in the Hermitage area … Metro Nashville Police". The police of a
   * town work in it; the gazetteer keeps many neighbourhoods as towns of their own. A city of its
   * own ("in Pasadena, Houston police said") stays one, and a town nearly as large as the police's
   * is a neighbour, not a part of it ("turned himself in to Salem police" after a shooting in
   * Beverly). A name whose own police the report names ("Cicero police") stays its town, as does a
   * name written with its state.
   */
  private Reading partOfThePolicesTown(
      String mention, Reading reading, List<String> police, List<Integer> policeTowns) {
    int ref = reading.ref();
    if (reading.point()
        || mention.contains(",")
        || GazetteerTable.kind(ref) != Kind.TOWN
        || table.countryOf(ref) != table.countryByCode(UNITED_STATES)
        || table.countyOf(ref) == null
        || table.countyOf(ref).isEmpty()
        || table.population(ref) >= CITY_OF_ITS_OWN
        || policeTowns.contains(ref)
        || police.stream()
            .anyMatch(town -> NameFolder.fold(town).equals(NameFolder.fold(mention)))) {
      return reading;
    }
    for (int town : policeTowns) {
      if (table.regionOf(town) == table.regionOf(ref)
          && table.countyOf(ref).equals(table.countyOf(town))
          && table.population(town) >= PART_SHARE * table.population(ref)
          && table.kilometresBetweenTowns(town, ref) <= POLICE_PART_KM) {
        return new Reading(town, true);
      }
    }
    return reading;
  }

  /**
   * Whether a bare name's reading is a US town outside every state that has a county the report
   * names, and outside every state it names: "Stagecoach" in a report of the "Routt County
   * Sheriff's Office" is not Stagecoach, Nevada, nor "Eureka" beside "Navarro County" Eureka,
   * California. The gazetteer lacks the small place meant; no reading is better than one a thousand
   * miles off. A name written with its state ("Eureka, Calif.") is read as written.
   */
  private boolean outsideTheReportsCounties(String mention, Reading reading, Support support) {
    int ref = reading.ref();
    if (support.counties().isEmpty()
        || mention.contains(",")
        || GazetteerTable.kind(ref) != Kind.TOWN
        || table.countryOf(ref) != table.countryByCode(UNITED_STATES)) {
      return false;
    }
    Set<Integer> states = new HashSet<>(support.named());
    for (String county : support.counties()) {
      Set<Integer> ofCounty = table.regionsOfCounty(county);
      if (ofCounty.isEmpty()) {
        // A county the table does not know ("Prince George's County") may hold the town.
        return false;
      }
      states.addAll(ofCounty);
    }
    return !states.contains(table.regionOf(ref));
  }

  /**
   * "D.C.", "Southeast D.C.": a division named otherwise than its capital, which is all but the
   * whole of it, is that town (Washington). A division named after its capital ("Kabul province",
   * "Lusaka Province") was named for the division: the capital's own name reads as the town.
   */
  private Reading wholeDistrict(Reading reading) {
    int capital = table.capitalOfDistrict(reading.ref());
    if (capital < 0
        || NameFolder.fold(table.place(reading.ref()).name())
            .contains(NameFolder.fold(table.place(capital).name()))) {
      return reading;
    }
    return new Reading(capital, reading.point());
  }

  /**
   * The state of a name that nothing but one post office's place bears: two such names of a report
   * ("Tarzana" and "Reseda", both of California) are a reading of each other's state.
   */
  private Optional<Integer> postOfficeState(String name) {
    List<Integer> states =
        table.lookup(name).stream()
            .filter(match -> !match.alternate() && table.isPostalPlace(match.ref()))
            .map(match -> table.regionOf(match.ref()))
            .distinct()
            .toList();
    return states.size() == 1 && states.get(0) >= 0 ? Optional.of(states.get(0)) : Optional.empty();
  }

  private void support(int ref, Set<Integer> countries, Set<Integer> regions, Set<Integer> named) {
    countries.add(table.countryOf(ref));
    int region = table.regionOf(ref);
    if (region >= 0) {
      regions.add(region);
      if (GazetteerTable.kind(ref) == Kind.REGION) {
        named.add(region);
      }
    }
  }

  Optional<Reading> read(String mention, Support support, int depth) {
    String text = TRIM.matcher(mention).replaceAll("");
    if (text.isEmpty() || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (CITY_PART.matcher(text).matches()) {
      // "the city's West Side", "Chicago's South Side": a part of the report's city, not a town
      // of that name elsewhere.
      return Optional.empty();
    }
    String withPeriod = TRIM_KEEPING_PERIOD.matcher(mention).replaceAll("");
    Optional<Reading> state = StateAbbreviations.apStyle(withPeriod).flatMap(this::usState);
    if (state.isPresent()) {
      return state;
    }
    Optional<Reading> landmark = landmarks.town(text).flatMap(this::landmarkTown);
    if (landmark.isPresent()) {
      return landmark;
    }
    Optional<Reading> whole =
        US_COUNTY.matcher(text).matches()
            ? pickPrimary(text, support)
            : pick(text, support, ref -> true);
    if (whole.isPresent() && strayVillage(whole.get().ref(), support)) {
      // The gazetteer lacks many small places: a village of the name elsewhere is a worse reading
      // than none, which leaves the event to the report's other places.
      return Optional.empty();
    }
    if (whole.isPresent()) {
      return whole;
    }
    if (US_COUNTY.matcher(text).matches()) {
      // "Prince George's County" is a county the gazetteer lacks, not a town named in its name
      // (Prince George, British Columbia).
      return Optional.empty();
    }
    return qualified(withPeriod, support, depth)
        .or(() -> possessive(text, support, depth))
        .or(() -> prepositional(text, support, depth))
        .or(() -> trailingNoun(text, support, depth))
        .or(() -> compassPart(withPeriod, support, depth));
  }

  /**
   * "North Philadelphia", "Southwest Baltimore": a part of a town named by its quarter, when the
   * gazetteer knows no town of the whole name (it does know "West Palm Beach" and "East St.
   * Louis").
   */
  private Optional<Reading> compassPart(String text, Support support, int depth) {
    Matcher m = COMPASS_PART.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return read(m.group(1), support, depth + 1)
        .map(this::wholeDistrict)
        .filter(r -> GazetteerTable.kind(r.ref()) == Kind.TOWN)
        .map(MentionResolver::asArea);
  }

  /** Below this population a town is a village, which its name alone does not make likely. */
  private static final long VILLAGE = 10_000;

  /**
   * A village outside every country the report's other places name ("Pines", the Philippines, in a
   * report of Marion County, Texas).
   */
  private boolean strayVillage(int ref, Support support) {
    if (GazetteerTable.kind(ref) != Kind.TOWN || table.population(ref) >= VILLAGE) {
      return false;
    }
    return !support.countries().isEmpty() && !support.countries().contains(table.countryOf(ref));
  }

  private Optional<Reading> landmarkTown(Landmarks.Town town) {
    int country = table.countryByCode(town.country());
    return ranker
        .best(
            table.lookup(town.name()),
            Support.NONE,
            ref -> GazetteerTable.kind(ref) == Kind.TOWN && table.countryOf(ref) == country)
        .map(m -> new Reading(m.ref(), true));
  }

  /**
   * "Fayette County" is a county, which the gazetteer lacks, not the town that has it among its
   * alternate names (Lexington, Kentucky): only a town of that very name reads it.
   */
  private Optional<Reading> pickPrimary(String name, Support support) {
    List<GazetteerTable.Match> primary =
        table.lookup(name).stream().filter(match -> !match.alternate()).toList();
    return ranker.best(primary, support, ref -> true).map(m -> new Reading(m.ref(), false));
  }

  private Optional<Reading> pick(String name, Support support, IntPredicate filter) {
    return ranker.best(table.lookup(name), support, filter).map(m -> new Reading(m.ref(), false));
  }

  // "Paris (Texas)", "Paris, Texas", "Darzab district, Jowzjan": the qualifier narrows the name;
  // when the name is unknown the qualifier is the best reading left.
  private Optional<Reading> qualified(String text, Support support, int depth) {
    Matcher m = PARENTHESIS.matcher(text);
    if (!m.matches()) {
      m = COMMA.matcher(text);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    String name = m.group(1);
    String qualifierText = m.group(2);
    Optional<Reading> qualifier =
        StateAbbreviations.postal(qualifierText)
            .flatMap(this::usState)
            .or(() -> read(qualifierText, support, depth + 1));
    Optional<Reading> first = read(name, support, depth + 1);
    // Narrowed also when the name alone reads as nothing: a post office's place ("Ochopee, Fla.")
    // is a reading only inside the state named. A county the name alone did not read stays unread
    // ("Madison County, Ga." is no town with that alternate name).
    boolean point = first.map(Reading::point).orElse(false);
    Optional<Reading> narrowed =
        first.isPresent() || !US_COUNTY.matcher(name.strip()).matches()
            ? qualifier.flatMap(q -> within(name, q, point))
            : Optional.empty();
    return narrowed.or(() -> first).or(() -> qualifier);
  }

  private Optional<Reading> usState(String postalCode) {
    int country = table.countryByCode(UNITED_STATES);
    int region = country < 0 ? -1 : table.regionByCode(country, postalCode);
    return region < 0
        ? Optional.empty()
        : Optional.of(new Reading(GazetteerTable.ref(Kind.REGION, region, false), false));
  }

  // Re-reads the name among the rows inside the qualifier's region or country, if any are.
  private Optional<Reading> within(String name, Reading qualifier, boolean point) {
    int country = table.countryOf(qualifier.ref());
    int region = table.regionOf(qualifier.ref());
    IntPredicate inside =
        ref ->
            table.countryOf(ref) == country
                && (region < 0
                    || GazetteerTable.kind(qualifier.ref()) == Kind.TOWN
                    || table.regionOf(ref) == region);
    Set<Integer> regions = region < 0 ? Set.of() : Set.of(region);
    Support support = new Support(Set.of(country), regions, regions, Set.of());
    Optional<Reading> inQualifier = pick(name, support, inside);
    if (inQualifier.isPresent()) {
      return inQualifier.map(r -> new Reading(r.ref(), point));
    }
    // "Ochopee, Fla.", "SHELBY, N.Y.": a town the gazetteer does not know in the state named is
    // not its namesake abroad or in another state; the state is the best reading left.
    return Optional.of(qualifier);
  }

  private Optional<Reading> possessive(String text, Support support, int depth) {
    Matcher m = POSSESSIVE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean point = LANDMARKS.contains(lastWord(m.group(2)));
    return read(m.group(1), support, depth + 1).map(r -> point ? asPoint(r) : asArea(r));
  }

  private Optional<Reading> prepositional(String text, Support support, int depth) {
    Matcher m = PREPOSITION.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String head = m.group(1).toLowerCase(Locale.ROOT);
    String preposition = m.group(2).toLowerCase(Locale.ROOT);
    String last = lastWord(head);
    boolean nearby = preposition.equals("near") || preposition.equals("outside");
    if (DIVISIONS.contains(last) && preposition.equals("of")) {
      return pickKind(m.group(3), support, Kind.REGION);
    }
    if (SETTLEMENTS.contains(last) && preposition.equals("of")) {
      return pickKind(m.group(3), support, Kind.TOWN);
    }
    boolean landmark = LANDMARKS.contains(last);
    if (!landmark && !AREAS.contains(head) && !AREAS.contains(last) && !nearby) {
      return Optional.empty();
    }
    return read(m.group(3), support, depth + 1)
        .map(r -> landmark && !nearby ? asPoint(r) : asArea(r));
  }

  // "Kabul airport", "Kabul International Airport", "Nangarhar province", "Kabul city".
  private Optional<Reading> trailingNoun(String text, Support support, int depth) {
    String[] words = WHITESPACE.split(text);
    if (words.length < 2) {
      return Optional.empty();
    }
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    String head = String.join(" ", List.of(words).subList(0, words.length - 1));
    if (DIVISIONS.contains(last)) {
      return pickKind(head, support, Kind.REGION);
    }
    if (SETTLEMENTS.contains(last)) {
      return pickKind(head, support, Kind.TOWN);
    }
    if (!LANDMARKS.contains(last)
        || INSTITUTIONS.contains(last) && SAINT.matcher(words[0]).matches()) {
      // "St. Vincent Hospital" is named after a saint, not after a town.
      return Optional.empty();
    }
    int end = words.length - 1;
    while (end > 1 && LANDMARK_MODIFIERS.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
      end--;
    }
    String town = String.join(" ", List.of(words).subList(0, end));
    boolean institution = INSTITUTIONS.contains(last);
    return read(town, support, depth + 1)
        .filter(r -> !outsideTheReportsRegions(r.ref(), support))
        .filter(
            r ->
                !institution
                    || !hasNamesakeOfNote(town, r.ref())
                    || inTheReportsRegions(r.ref(), support))
        .map(this::asPoint);
  }

  /** Whether another town of this name has a tenth of the reading's population or more. */
  private boolean hasNamesakeOfNote(String name, int reading) {
    long least = table.population(reading) / 10;
    return table.lookup(name).stream()
        .filter(m -> !m.alternate() && GazetteerTable.kind(m.ref()) == Kind.TOWN)
        .filter(m -> GazetteerTable.index(m.ref()) != GazetteerTable.index(reading))
        .anyMatch(m -> table.population(m.ref()) >= least);
  }

  /**
   * Whether a town lies in a region the report's other places lie in or name: a hospital, a church
   * or a school is as often named after a neighbourhood, a county or a person ("Bellevue Hospital"
   * in Manhattan, "Flagler Hospital" in St. Augustine), so a name that a town of a tenth its size
   * or more also bears is no town a thousand miles off on the institution's word alone ("Kabul
   * hospital" is Kabul's).
   */
  private boolean inTheReportsRegions(int ref, Support support) {
    int region = table.regionOf(ref);
    return GazetteerTable.kind(ref) != Kind.TOWN
        || region >= 0 && (support.regions().contains(region) || support.named().contains(region));
  }

  /**
   * Whether a town lies outside every region of its country that the report names as such: a
   * landmark is often named after a county, a person or an old name ("Montgomery Mall" in a report
   * of "Bethesda, Maryland"), so its name is a town of another state only when the report does not
   * say which state it writes of.
   */
  private boolean outsideTheReportsRegions(int ref, Support support) {
    int region = table.regionOf(ref);
    if (GazetteerTable.kind(ref) != Kind.TOWN || region < 0 || support.named().contains(region)) {
      return false;
    }
    int country = table.countryOf(ref);
    return support.named().stream()
        .anyMatch(
            other -> table.countryOf(GazetteerTable.ref(Kind.REGION, other, false)) == country);
  }

  // Prefers rows of the named kind ("Kabul province" is the province), else any reading.
  private Optional<Reading> pickKind(String name, Support support, Kind kind) {
    return pick(name, support, ref -> GazetteerTable.kind(ref) == kind)
        .or(() -> pick(name, support, ref -> true));
  }

  private Reading asPoint(Reading reading) {
    return new Reading(reading.ref(), GazetteerTable.kind(reading.ref()) == Kind.TOWN);
  }

  private static Reading asArea(Reading reading) {
    return new Reading(reading.ref(), false);
  }

  private static String lastWord(String phrase) {
    String[] words = WHITESPACE.split(phrase.strip());
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }
}
