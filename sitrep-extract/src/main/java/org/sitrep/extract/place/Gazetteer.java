package org.sitrep.extract.place;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.extract.place.GazetteerTable.Match;
import org.sitrep.extract.place.PlaceCandidate.Kind;
import org.sitrep.extract.place.PlaceRanker.Support;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

/**
 * The world's towns (GeoNames places of 500 people or more, and the US post offices' places that
 * GeoNames lacks), first-level divisions and countries, looked up by name, and the resolution of a
 * report's place mentions.
 *
 * <p>Names match regardless of case, accents, apostrophes and punctuation, by their GeoNames
 * alternate names too; capitalized abbreviations ("US", "U.S.", "UK", "DRC") match only as written,
 * so the pronoun "us" is not a country. The data are read once, on the first call of {@link
 * #load()}, from a resource built from npm packages at build time (about 200,000 towns); the
 * instance is immutable and safe to share between threads.
 */
public final class Gazetteer {
  private static final Pattern TWO_OR_THREE_LETTERS = Pattern.compile("[A-Za-z]{2,3}");

  private final GazetteerTable table;
  private final PlaceRanker ranker;
  private final MentionResolver resolver;

  private Gazetteer(GazetteerTable table, Landmarks landmarks) {
    this.table = table;
    this.ranker = new PlaceRanker(table);
    this.resolver = new MentionResolver(table, ranker, landmarks);
  }

  private static final class Shared {
    static final Gazetteer INSTANCE =
        new Gazetteer(GazetteerReader.readBundled(), Landmarks.readBundled());
  }

  /** The shared gazetteer, read on first use (under a second on this project's machines). */
  public static Gazetteer load() {
    return Shared.INSTANCE;
  }

  /**
   * Every town, region and country this name denotes, the most likely reading first (by population,
   * countries before their namesakes, primary names before alternate ones).
   */
  public List<PlaceCandidate> candidates(String name) {
    requireNonNull(name, "name");
    Set<Integer> seen = new LinkedHashSet<>();
    return table.lookup(name).stream()
        .sorted(ranker.order(Support.NONE))
        .filter(m -> seen.add(m.ref()))
        .map(m -> table.candidate(m.ref()))
        .toList();
  }

  /**
   * The country with this name, alias ("Burma", "USA") or ISO alpha-2 / alpha-3 code (any case).
   */
  public Optional<Place> country(String nameOrCode) {
    requireNonNull(nameOrCode, "nameOrCode");
    if (TWO_OR_THREE_LETTERS.matcher(nameOrCode.strip()).matches()) {
      int byCode = table.countryByCode(nameOrCode);
      if (byCode >= 0) {
        return Optional.of(table.place(GazetteerTable.ref(Kind.COUNTRY, byCode, false)));
      }
    }
    return best(nameOrCode, ref -> GazetteerTable.kind(ref) == Kind.COUNTRY);
  }

  /**
   * The first-level division with this name (or GeoNames admin1 code, such as "TX" in the US), in
   * the country with this ISO code, or in any country when the code is null.
   */
  public Optional<Place> region(String name, String countryCode) {
    requireNonNull(name, "name");
    int country = countryCode == null ? -1 : table.countryByCode(countryCode);
    if (countryCode != null && country < 0) {
      return Optional.empty();
    }
    if (country >= 0) {
      int byCode = table.regionByCode(country, name);
      if (byCode >= 0) {
        return Optional.of(table.place(GazetteerTable.ref(Kind.REGION, byCode, false)));
      }
    }
    return best(
        name,
        ref ->
            GazetteerTable.kind(ref) == Kind.REGION
                && (country < 0 || table.countryOf(ref) == country));
  }

  /**
   * The most populous town with this name in the country with this ISO code, or in any country when
   * the code is null: "Donetsk city" is the town, not the province of the same name.
   */
  public Optional<Place> town(String name, String countryCode) {
    requireNonNull(name, "name");
    int country = countryCode == null ? -1 : table.countryByCode(countryCode);
    if (countryCode != null && country < 0) {
      return Optional.empty();
    }
    return best(
        name,
        ref ->
            GazetteerTable.kind(ref) == Kind.TOWN
                && (country < 0 || table.countryOf(ref) == country));
  }

  /**
   * The most populous town with this name in the country with this ISO code that is no section of a
   * city: a section ("Universal City", a part of Los Angeles) has no police or council of its own,
   * so "Universal City Police" are those of the town of that name (Universal City, Texas).
   */
  public Optional<Place> townOfItsOwn(String name, String countryCode) {
    requireNonNull(name, "name");
    requireNonNull(countryCode, "countryCode");
    int country = table.countryByCode(countryCode);
    return best(
        name,
        ref ->
            GazetteerTable.kind(ref) == Kind.TOWN
                && table.countryOf(ref) == country
                && !table.isCitySection(ref));
  }

  /** Words of web addresses that are also names of cities: "/mobile/", "/orange-county/". */
  private static final Set<String> ADDRESS_WORDS =
      Set.of("mobile", "orange", "surprise", "independence", "victoria", "college", "norman");

  private static final Pattern ARCHIVED =
      Pattern.compile("^(?:https?://)?web\\.archive\\.org/web/[^/]+/", Pattern.CASE_INSENSITIVE);

  /**
   * The cities a news outlet's web address names (100,000 people or more): "chicago" in
   * "chicago.suntimes.com" and "www.chicagotribune.com", "denver" in "denverpost.com", "chicago" in
   * "dnainfo.com/chicago/…". A local outlet writes of its own city's neighbourhoods without naming
   * the city, so these names can support the reading of the report's ambiguous places ("Bridgeport"
   * in a Chicago paper); they are no place of any event. Only the host's labels and the first
   * segment of the path are read; an archived copy's own address is read, not the archive's.
   */
  public List<String> outletCities(String url) {
    return outletTowns(url).stream().map(Place::name).distinct().toList();
  }

  /** A web address's host and the first segment of its path, in lower case. */
  private record WebAddress(String host, String firstSegment, String path) {
    /** The address of an archived copy is its original's. Empty for no address. */
    static Optional<WebAddress> of(String url) {
      if (url == null || url.isBlank()) {
        return Optional.empty();
      }
      String address = ARCHIVED.matcher(url.strip()).replaceFirst("");
      address = address.replaceFirst("^(?i)https?://", "").toLowerCase(Locale.ROOT);
      int slash = address.indexOf('/');
      String host = (slash < 0 ? address : address.substring(0, slash)).replaceFirst(":\\d+$", "");
      String path = slash < 0 ? "" : address.substring(slash + 1);
      return Optional.of(
          new WebAddress(
              host, path.isEmpty() ? "" : path.split("[/?#]", 2)[0], path.split("[?#]", 2)[0]));
    }
  }

  /** The towns of {@link #outletCities}, each the most populous city of its written name. */
  public List<Place> outletTowns(String url) {
    Optional<WebAddress> address = WebAddress.of(url);
    if (address.isEmpty()) {
      return List.of();
    }
    Set<Integer> found = new LinkedHashSet<>();
    for (String label : address.get().host().split("[^a-z]+")) {
      for (int cut = label.length(); cut >= 5; cut--) {
        // "chicagotribune": the city is the label's start, or its end ("nbcnewyork").
        addCity(label.substring(0, cut), found);
        addCity(label.substring(label.length() - cut), found);
      }
    }
    addCity(address.get().firstSegment().replaceAll("[^a-z]", ""), found);
    return found.stream().map(table::place).toList();
  }

  /**
   * The towns of any size whose whole name a label of the outlet's web address is, or the first
   * segment of its path: "rome" in "northwestgeorgianews.com/rome/news/…". A name alone says little
   * ("news" and "local" are towns somewhere), so only a town that something else confirms is the
   * outlet's.
   */
  public List<Place> outletTownsNamed(String url) {
    Optional<WebAddress> address = WebAddress.of(url);
    if (address.isEmpty()) {
      return List.of();
    }
    List<String> words = new ArrayList<>(List.of(address.get().host().split("\\.")));
    words.add(address.get().firstSegment());
    Set<Integer> found = new LinkedHashSet<>();
    for (String word : words) {
      String name = word.replace('-', ' ').replace('_', ' ').strip();
      if (name.length() < 4 || !name.matches("[a-z ]+")) {
        continue;
      }
      found.addAll(townsNamed(name));
    }
    return found.stream().map(table::place).toList();
  }

  /** The towns whose own name (no alternate) this is. */
  private List<Integer> townsNamed(String name) {
    return table.lookup(name).stream()
        .filter(match -> !match.alternate() && GazetteerTable.kind(match.ref()) == Kind.TOWN)
        .map(Match::ref)
        .toList();
  }

  /** "-in-amelia", "_near_glen_flora-": a place word in a story's address, and the words after. */
  private static final Pattern STORY_PLACE =
      Pattern.compile("(?:^|[-_])(?:in|near|outside)[-_]([a-z]+(?:[-_][a-z]+){0,2})");

  /**
   * The towns of any size that the story's own words in its web address name after "in", "near" or
   * "outside": "…/news/1-shot-dead-in-amelia/40117138" names Amelia. The address often keeps the
   * story's first headline when the page's title has changed. Every town of the name in any
   * country, the longest name first ("in-glen-flora-home" is Glen Flora before Glen); as a name
   * alone says little, only a town that something else confirms is the story's.
   */
  public List<Place> storyTowns(String url) {
    Optional<WebAddress> address = WebAddress.of(url);
    if (address.isEmpty()) {
      return List.of();
    }
    Set<Integer> found = new LinkedHashSet<>();
    for (String segment : address.get().path().split("/")) {
      Matcher place = STORY_PLACE.matcher(segment);
      while (place.find()) {
        String[] words = place.group(1).split("[-_]");
        for (int n = words.length; n >= 1; n--) {
          String name = String.join(" ", Arrays.copyOf(words, n));
          if (name.length() < 4) {
            continue;
          }
          List<Integer> towns = townsNamed(name);
          if (!towns.isEmpty()) {
            found.addAll(towns);
            break;
          }
        }
      }
    }
    return found.stream().map(table::place).toList();
  }

  /**
   * The city of 100,000 people or more that these words name, written whole ("Toledo", "Oklahoma
   * City"): in an outlet's name ("Toledo News Now, News, Weather, Sports, Toledo, OH"), only a city
   * that large is the outlet's own.
   */
  public Optional<Place> outletCity(String words) {
    requireNonNull(words, "words");
    Set<Integer> found = new LinkedHashSet<>();
    addCity(words.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""), found);
    return found.stream().findFirst().map(table::place);
  }

  private void addCity(String compact, Set<Integer> found) {
    Integer city =
        compact.length() >= 5 && !ADDRESS_WORDS.contains(compact)
            ? table.citiesByCompactName().get(compact)
            : null;
    if (city != null) {
      found.add(GazetteerTable.ref(Kind.TOWN, city, false));
    }
  }

  /**
   * Whether this name, written without its word ("Pinellas", "Broward"), can only be a US county:
   * some US town lies in a county of the name, and no place of the gazetteer bears it as its own
   * name ("Cook" is also a town of Minnesota, "Harris" one of several states).
   */
  public boolean onlyACounty(String name) {
    requireNonNull(name, "name");
    return !table.regionsOfCounty(NameFolder.fold(name)).isEmpty()
        && table.lookup(name).stream().allMatch(Match::alternate);
  }

  /** A county's word after its name: "Harris County", "Boyle Co.", "Caddo Parish". */
  private static final Pattern COUNTY_WORD = Pattern.compile("(?i)\\s+(?:County|Parish|Co\\.)$");

  /**
   * One key for the writings of one county, with its word or without: "Boyle County", "BOYLE
   * COUNTY", "Boyle Co." and "Boyle" are "boyle".
   */
  public static String countyKey(String written) {
    return NameFolder.fold(COUNTY_WORD.matcher(written.strip()).replaceFirst("").strip());
  }

  /**
   * The US county a report writes ("Boyle County", "BOYLE COUNTY", "Boyle Co.", "Ouachita Parish"),
   * as a place of {@link PlacePrecision#COUNTY}: in the one state of {@code regions} (the states
   * the report names) that has a county of the name, else in the one state that has ("Musselshell
   * County" is Montana's in a report that also names Colorado) or whose county of the name is ten
   * times as populous as any other ("Harris County" is Texas's). Empty when that leaves no state or
   * two.
   */
  public Optional<Place> county(String written, Set<String> regions) {
    requireNonNull(written, "written");
    requireNonNull(regions, "regions");
    String folded = countyKey(written);
    Matcher word = COUNTY_WORD.matcher(written.strip());
    String kind = word.find() ? word.group().strip().toLowerCase(Locale.ROOT) : "";
    // Louisiana's counties are parishes: "Orleans County" is New York's, "Orleans Parish"
    // Louisiana's; a name without its word may be either.
    boolean parish = kind.equals("parish");
    Set<Integer> states =
        table.regionsOfCounty(folded).stream()
            .filter(state -> kind.isEmpty() || parish == LOUISIANA.equals(table.regionName[state]))
            .collect(Collectors.toSet());
    List<Integer> named =
        states.stream().filter(state -> regions.contains(table.regionName[state])).toList();
    List<Integer> chosen = !named.isEmpty() ? named : dominant(folded, states);
    return chosen.size() == 1
        ? Optional.ofNullable(table.county(folded, chosen.get(0)))
        : Optional.empty();
  }

  private static final String LOUISIANA = "Louisiana";

  /** A county's people ten times those of each namesake make a bare "Harris County" Texas's. */
  private static final int DOMINANCE = 10;

  /**
   * The states of a county name, or only the one whose county holds at least ten times the people
   * of each other's (its towns' people): "Harris County" is Texas's, not Georgia's; "Orange County"
   * stays California's or Florida's.
   */
  private List<Integer> dominant(String county, Set<Integer> states) {
    if (states.size() < 2) {
      return List.copyOf(states);
    }
    Map<Integer, Long> people = new HashMap<>();
    for (int state : states) {
      people.put(state, table.peopleOfCounty(county, state));
    }
    int top = people.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    boolean dominates =
        people.entrySet().stream()
            .allMatch(e -> e.getKey() == top || e.getValue() * DOMINANCE <= people.get(top));
    return dominates ? List.of(top) : List.copyOf(states);
  }

  /**
   * Whether a US town of the gazetteer lies in the county of this name, written with its word or
   * without ("Harris County", "Harris"; "Caddo Parish"). False for a place the gazetteer knows no
   * county of.
   */
  public boolean inCounty(Place town, String county) {
    requireNonNull(town, "town");
    requireNonNull(county, "county");
    if (town.precision() != PlacePrecision.TOWN && town.precision() != PlacePrecision.POINT) {
      return false;
    }
    String folded = countyKey(county);
    for (Match match : table.lookup(town.name())) {
      int ref = match.ref();
      if (GazetteerTable.kind(ref) == Kind.TOWN
          && folded.equals(table.countyOf(ref))
          && Objects.equals(table.place(ref).admin1(), town.admin1())
          && Objects.equals(table.place(ref).country(), town.country())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The best reading of a place mention given the report's other place mentions: ambiguous names go
   * to the reading that shares a region or country with them ("Paris" beside "Texas" is Paris,
   * Texas), else to the most populous; a landmark ("Kabul airport", "the airport in Kabul", "Hamid
   * Karzai International Airport") gives its town with precision {@link PlacePrecision#POINT}.
   * Empty when the mention names nothing in the gazetteer.
   */
  public Optional<Place> resolve(String mention, List<String> otherPlacesInTheDocument) {
    requireNonNull(mention, "mention");
    requireNonNull(otherPlacesInTheDocument, "otherPlacesInTheDocument");
    return resolver
        .resolve(mention, otherPlacesInTheDocument)
        .map(r -> r.point() ? asPoint(table.place(r.ref())) : cityOf(r.ref()));
  }

  /**
   * The place of a row, a section of a city ("Portage Park", "Woodlawn" in Chicago) being a point
   * in its city, where it lies: the city is the town reports and datasets name, and two accounts of
   * one shooting, one naming the neighbourhood, the other the city, agree.
   */
  private Place cityOf(int ref) {
    int city = table.cityOfSection(ref);
    if (city < 0) {
      return table.place(ref);
    }
    Place section = table.place(ref);
    Place town = table.place(city);
    return new Place(
        town.name(),
        town.admin1(),
        town.country(),
        town.countryName(),
        section.lat(),
        section.lon(),
        PlacePrecision.POINT,
        town.admin2(),
        null);
  }

  private Optional<Place> best(String name, IntPredicate filter) {
    return ranker.best(table.lookup(name), Support.NONE, filter).map(Match::ref).map(table::place);
  }

  private static Place asPoint(Place town) {
    return new Place(
        town.name(),
        town.admin1(),
        town.country(),
        town.countryName(),
        town.lat(),
        town.lon(),
        PlacePrecision.POINT,
        town.admin2(),
        null);
  }
}
