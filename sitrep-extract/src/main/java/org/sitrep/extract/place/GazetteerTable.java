package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.sitrep.extract.place.PlaceCandidate.Kind;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;

/**
 * The gazetteer's rows in compact columns, and the name index over them. Immutable once built by
 * {@link GazetteerReader}; safe to share between threads.
 *
 * <p>A row is addressed by a reference that packs its kind, its index and whether it was reached
 * through an alternate name; see {@link #ref}.
 */
final class GazetteerTable {
  private static final int ALTERNATE = 1 << 27;
  private static final int INDEX = ALTERNATE - 1;
  private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");

  /** A name's match: a row reference and whether the name was an alternate one. */
  record Match(int ref, boolean alternate) {}

  // Countries.
  final String[] countryCode;
  final String[] countryAlpha3;
  final String[] countryName;
  final float[] countryLat;
  final float[] countryLon;
  final long[] countryPopulation;
  // Regions (first-level divisions).
  final int[] regionCountry;
  final String[] regionCode;
  final String[] regionName;
  final float[] regionLat;
  final float[] regionLon;
  final long[] regionPopulation;
  // Towns.
  final String[] townName;
  final int[] townCountry;
  final int[] townRegion;
  final float[] townLat;
  final float[] townLon;
  final int[] townPopulation;
  final byte[] townFeature;

  /** The folded name of a US town's county ("kane" for Elgin, Illinois), else null. */
  final String[] townCounty;

  /** A county's name as the table writes it ("Miami-Dade", "Ouachita Parish"), by folded name. */
  final Map<String, String> countyNames = new HashMap<>();

  final Map<String, int[]> names = new HashMap<>();
  final Map<String, Integer> abbreviations = new HashMap<>();
  final Map<String, Integer> codes = new HashMap<>();
  final Map<String, Integer> regionCodes = new HashMap<>();

  /** An empty table of the given size, filled in by {@link GazetteerReader} before it is shared. */
  GazetteerTable(int countries, int regions, int towns) {
    countryCode = new String[countries];
    countryAlpha3 = new String[countries];
    countryName = new String[countries];
    countryLat = new float[countries];
    countryLon = new float[countries];
    countryPopulation = new long[countries];
    regionCountry = new int[regions];
    regionCode = new String[regions];
    regionName = new String[regions];
    regionLat = new float[regions];
    regionLon = new float[regions];
    regionPopulation = new long[regions];
    townName = new String[towns];
    townCountry = new int[towns];
    townRegion = new int[towns];
    townLat = new float[towns];
    townLon = new float[towns];
    townPopulation = new int[towns];
    townFeature = new byte[towns];
    townCounty = new String[towns];
  }

  static int ref(Kind kind, int index, boolean alternate) {
    return (code(kind) << 28) | (alternate ? ALTERNATE : 0) | index;
  }

  /** The same row, marked as reached through an alternate name. */
  static int asAlternate(int ref) {
    return ref | ALTERNATE;
  }

  private static int code(Kind kind) {
    return switch (kind) {
      case TOWN -> 0;
      case REGION -> 1;
      case COUNTRY -> 2;
    };
  }

  static Kind kind(int ref) {
    return switch (ref >>> 28) {
      case 0 -> Kind.TOWN;
      case 1 -> Kind.REGION;
      case 2 -> Kind.COUNTRY;
      default -> throw new IllegalArgumentException("not a gazetteer reference: " + ref);
    };
  }

  static int index(int ref) {
    return ref & INDEX;
  }

  /** The rows a name denotes, by its folded key, its article-less key, or as an abbreviation. */
  List<Match> lookup(String name) {
    List<Match> found = new ArrayList<>();
    Integer abbreviated =
        abbreviations.get(LEADING_THE.matcher(name.strip()).replaceFirst("").replace(".", ""));
    if (abbreviated != null) {
      found.add(new Match(ref(Kind.COUNTRY, abbreviated, false), false));
    }
    String key = NameFolder.fold(name);
    int[] refs = names.get(key);
    if (refs == null) {
      String bare = NameFolder.withoutArticle(key);
      refs = bare == null ? null : names.get(bare);
    }
    if (refs != null) {
      for (int ref : refs) {
        found.add(new Match(ref & ~ALTERNATE, (ref & ALTERNATE) != 0));
      }
    }
    return found;
  }

  /** The country with this ISO alpha-2 or alpha-3 code (any case), or -1. */
  int countryByCode(String code) {
    return codes.getOrDefault(code.strip().toUpperCase(Locale.ROOT), -1);
  }

  /** The region with this GeoNames admin1 code in the given country (US: "TX"), or -1. */
  int regionByCode(int country, String code) {
    return regionCodes.getOrDefault(countryCode[country] + "." + code.strip(), -1);
  }

  int countryOf(int ref) {
    int i = index(ref);
    return switch (kind(ref)) {
      case TOWN -> townCountry[i];
      case REGION -> regionCountry[i];
      case COUNTRY -> i;
    };
  }

  /** The region a row lies in (itself for a region), or -1 for countries and unplaced towns. */
  int regionOf(int ref) {
    return switch (kind(ref)) {
      case TOWN -> townRegion[index(ref)];
      case REGION -> index(ref);
      case COUNTRY -> -1;
    };
  }

  long population(int ref) {
    int i = index(ref);
    return switch (kind(ref)) {
      case TOWN -> townPopulation[i];
      case REGION -> regionPopulation[i];
      case COUNTRY -> countryPopulation[i];
    };
  }

  boolean isCapital(int ref) {
    return kind(ref) == Kind.TOWN && townFeature[index(ref)] == 'C';
  }

  boolean isCitySection(int ref) {
    return kind(ref) == Kind.TOWN && townFeature[index(ref)] == 'S';
  }

  private volatile Map<String, Set<Integer>> countyRegions;

  /**
   * The regions (US states) that have a county of this folded name: "routt" only Colorado, "marion"
   * seventeen states. Empty for a name no town's county bears.
   */
  Set<Integer> regionsOfCounty(String county) {
    Map<String, Set<Integer>> byCounty = countyRegions;
    if (byCounty == null) {
      Map<String, Set<Integer>> built = new HashMap<>();
      for (int i = 0; i < townCounty.length; i++) {
        if (townCounty[i] != null && townRegion[i] >= 0) {
          built.computeIfAbsent(townCounty[i], name -> new HashSet<>()).add(townRegion[i]);
        }
      }
      built.replaceAll((name, regions) -> Set.copyOf(regions));
      byCounty = Map.copyOf(built);
      countyRegions = byCounty;
    }
    return byCounty.getOrDefault(county, Set.of());
  }

  private volatile Map<String, int[]> countyTowns;

  private static final int[] NO_TOWNS = {};

  /**
   * The towns of the county of this folded name in this region (a US state's index): its rows, for
   * its centroid. Empty when the region has no county of the name.
   */
  int[] townsOfCounty(String county, int region) {
    Map<String, int[]> byCounty = countyTowns;
    if (byCounty == null) {
      Map<String, List<Integer>> built = new HashMap<>();
      for (int i = 0; i < townCounty.length; i++) {
        if (townCounty[i] != null && townRegion[i] >= 0) {
          built
              .computeIfAbsent(townCounty[i] + "|" + townRegion[i], key -> new ArrayList<>())
              .add(i);
        }
      }
      Map<String, int[]> arrays = new HashMap<>();
      built.forEach(
          (key, towns) -> arrays.put(key, towns.stream().mapToInt(Integer::intValue).toArray()));
      byCounty = Map.copyOf(arrays);
      countyTowns = byCounty;
    }
    return byCounty.getOrDefault(county + "|" + region, NO_TOWNS);
  }

  /** The people of the towns of the county of this folded name in this region. */
  long peopleOfCounty(String county, int region) {
    long people = 0;
    for (int town : townsOfCounty(county, region)) {
      people += townPopulation[town];
    }
    return people;
  }

  /**
   * The county of this folded name in this region (a US state's index), as a place: named as {@link
   * #countyName} writes it, at the centroid of its towns weighted by their people, with its seat:
   * the most populous of its towns that GeoNames marks the seat of a division ("Houston" for Harris
   * County, "Austin" for Travis County, a state's capital being its county's seat too), else none.
   * Null when the region has no county of the name.
   */
  Place county(String county, int region) {
    int[] towns = townsOfCounty(county, region);
    if (towns.length == 0) {
      return null;
    }
    double lat = 0;
    double lon = 0;
    double weight = 0;
    int seat = -1;
    for (int town : towns) {
      double people = Math.max(1, townPopulation[town]);
      lat += townLat[town] * people;
      lon += townLon[town] * people;
      weight += people;
      if (townFeature[town] == 'A' && (seat < 0 || townPopulation[town] > townPopulation[seat])) {
        seat = town;
      }
    }
    String name = countyName(county, region);
    int country = regionCountry[region];
    return new Place(
        name,
        regionName[region],
        countryCode[country],
        countryName[country],
        Math.round(lat / weight * 1e4) / 1e4,
        Math.round(lon / weight * 1e4) / 1e4,
        PlacePrecision.COUNTY,
        name,
        seat < 0 ? null : townName[seat]);
  }

  /**
   * A county's name as the table writes it, with "County" where the table leaves the word out
   * ("Boyle County"; "Ouachita Parish" keeps its own, Louisiana's "St. Bernard" takes "Parish").
   */
  private String countyName(String county, int region) {
    // Every town's place names its county: written once per county and state, not per town read.
    return writtenCounties.computeIfAbsent(
        county + "|" + region,
        key -> {
          String written = countyNames.getOrDefault(county, county);
          return GazetteerReader.COUNTY_KIND.matcher(written).find() || written.endsWith(" County")
              ? written
              : written + ("Louisiana".equals(regionName[region]) ? " Parish" : " County");
        });
  }

  private final Map<String, String> writtenCounties = new ConcurrentHashMap<>();

  /** The folded name of the county a town lies in ("fayette"), or null when the table has none. */
  String countyOf(int ref) {
    return kind(ref) == Kind.TOWN ? townCounty[index(ref)] : null;
  }

  /**
   * Whether a row is a US post office's place that GeoNames lacks ("Ochopee"): known only by its
   * name, state and ZIP codes' coordinates, so it is a reading only where the report supports its
   * state.
   */
  boolean isPostalPlace(int ref) {
    return kind(ref) == Kind.TOWN && townFeature[index(ref)] == 'P';
  }

  /** The share of its division's people that makes a capital the whole of it. */
  private static final double WHOLE_SHARE = 0.9;

  /**
   * The capital that is its division ("District of Columbia" is Washington; "Bogota D.C." is
   * Bogotá): the country's capital, when it lies in the division and holds nine in ten of its
   * people; -1 for any other division or row. A capital is the whole of few divisions besides
   * federal districts; the populous town of a rural division is not, however its share reads.
   */
  int capitalOfDistrict(int ref) {
    if (kind(ref) != Kind.REGION) {
      return -1;
    }
    return districtCapitals.computeIfAbsent(index(ref), this::findCapitalOfDistrict);
  }

  private final Map<Integer, Integer> districtCapitals = new ConcurrentHashMap<>();

  private int findCapitalOfDistrict(int region) {
    for (int i = 0; i < townName.length; i++) {
      if (townRegion[i] == region
          && townFeature[i] == 'C'
          && townPopulation[i] >= WHOLE_SHARE * regionPopulation[region]) {
        return ref(Kind.TOWN, i, false);
      }
    }
    return -1;
  }

  /** Towns at least this populous can be named in a news outlet's web address. */
  private static final long OUTLET_CITY = 100_000;

  /**
   * The cities of 100,000 people or more by their name written as one lower-case word ("newyork",
   * "chicago"), for reading web addresses; the most populous city wins a shared name. Built on
   * first use.
   */
  Map<String, Integer> citiesByCompactName() {
    Map<String, Integer> cities = compactCities;
    if (cities == null) {
      cities = new HashMap<>();
      for (int i = 0; i < townName.length; i++) {
        if (townPopulation[i] >= OUTLET_CITY && townFeature[i] != 'S') {
          String folded = NameFolder.fold(townName[i]);
          // "New York City" is "newyork" in "nbcnewyork.com".
          for (String name : List.of(folded, folded.replaceFirst(" city$", ""))) {
            String compact = name.replace(" ", "");
            Integer known = cities.get(compact);
            if (known == null || townPopulation[known] < townPopulation[i]) {
              cities.put(compact, i);
            }
          }
        }
      }
      compactCities = Map.copyOf(cities);
      cities = compactCities;
    }
    return cities;
  }

  private volatile Map<String, Integer> compactCities;

  /** How far from a city's centre its sections may lie, in kilometres. */
  private static final double SECTION_REACH_KM = 30;

  /**
   * The city a section lies in ("Portage Park" in Chicago): the most populous town that is not a
   * section itself, of the same region, more populous than the section and within {@link
   * #SECTION_REACH_KM} of it; -1 when there is none or {@code ref} is no section.
   */
  int cityOfSection(int ref) {
    if (!isCitySection(ref)) {
      return -1;
    }
    return sectionCities.computeIfAbsent(ref, this::findCityOfSection);
  }

  /** The cities of the sections looked up so far: each is found once, by a scan of the towns. */
  private final Map<Integer, Integer> sectionCities = new ConcurrentHashMap<>();

  private int findCityOfSection(int ref) {
    int section = index(ref);
    int best = -1;
    for (int i = 0; i < townName.length; i++) {
      if (townFeature[i] != 'S'
          && townCountry[i] == townCountry[section]
          && townRegion[i] == townRegion[section]
          && townPopulation[i] > townPopulation[section]
          && (best < 0 || townPopulation[i] > townPopulation[best])
          && Place.kilometres(townLat[i], townLon[i], townLat[section], townLon[section])
              <= SECTION_REACH_KM) {
        best = i;
      }
    }
    return best < 0 ? -1 : ref(Kind.TOWN, best, false);
  }

  /** The great-circle distance between two towns' rows, in kilometres. */
  double kilometresBetweenTowns(int ref, int other) {
    int i = index(ref);
    int j = index(other);
    return Place.kilometres(townLat[i], townLon[i], townLat[j], townLon[j]);
  }

  PlaceCandidate candidate(int ref) {
    return new PlaceCandidate(place(ref), population(ref), kind(ref));
  }

  Place place(int ref) {
    int i = index(ref);
    return switch (kind(ref)) {
      case TOWN -> town(i);
      case REGION -> region(i);
      case COUNTRY -> country(i);
    };
  }

  private Place town(int i) {
    int region = townRegion[i];
    int country = townCountry[i];
    return new Place(
        townName[i],
        region < 0 ? null : regionName[region],
        countryCode[country],
        countryName[country],
        coordinate(townLat[i]),
        coordinate(townLon[i]),
        PlacePrecision.TOWN,
        townCounty[i] == null || region < 0 ? null : countyName(townCounty[i], region),
        null);
  }

  private Place region(int i) {
    int country = regionCountry[i];
    return new Place(
        regionName[i],
        regionName[i],
        countryCode[country],
        countryName[country],
        coordinate(regionLat[i]),
        coordinate(regionLon[i]),
        PlacePrecision.REGION);
  }

  private Place country(int i) {
    return new Place(
        countryName[i],
        null,
        countryCode[i],
        countryName[i],
        coordinate(countryLat[i]),
        coordinate(countryLon[i]),
        PlacePrecision.COUNTRY);
  }

  // Coordinates are stored to 4 decimals (about 10 m); round away float noise.
  private static Double coordinate(float value) {
    return Float.isNaN(value) ? null : Math.round(value * 1e4) / 1e4;
  }
}
