package org.sitrep.extract.place;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.sitrep.extract.place.GazetteerTable.Match;
import org.sitrep.extract.place.PlaceCandidate.Kind;

/**
 * Orders the readings of one name. A reading's score is log10 of its population, nudged by its kind
 * and name, plus what the report's other places support: a shared region weighs like a population
 * 10,000 times larger, a shared country like one about 30 times larger. So "Paris" beside "Texas"
 * is Paris, Texas, while "Paris" in a report that also names the United States stays Paris, France.
 */
final class PlaceRanker {
  private static final double REGION_SUPPORT = 4.0;
  private static final double COUNTRY_SUPPORT = 1.5;
  // A county the report names ("Fayette County Sheriff") holds few towns of one name: Elgin beside
  // it is Elgin, Iowa, not the city of Illinois a hundred and seventy times its size.
  private static final double COUNTY_SUPPORT = 4.0;
  // A country's name means the country more often than a namesake town or division.
  private static final double COUNTRY_BONUS = 1.0;
  // A division's population is the sum of its towns; without this its main town's name ("Kabul")
  // would read as the division.
  private static final double REGION_PENALTY = 0.5;
  private static final double CAPITAL_BONUS = 0.5;
  private static final double CITY_SECTION_PENALTY = 0.5;
  private static final double ALTERNATE_NAME_PENALTY = 1.0;
  private static final double METROPOLIS_RATIO = 3.0;

  /**
   * The countries and regions (table indexes) that a report's other place mentions name: {@code
   * named} are regions named as such ("Indiana", "N.Y."), {@code regions} also those of its towns;
   * {@code counties} the folded names of the US counties it names ("fayette").
   */
  record Support(
      Set<Integer> countries, Set<Integer> regions, Set<Integer> named, Set<String> counties) {
    static final Support NONE = new Support(Set.of(), Set.of(), Set.of(), Set.of());

    Support {
      countries = Set.copyOf(countries);
      regions = Set.copyOf(regions);
      named = Set.copyOf(named);
      counties = Set.copyOf(counties);
    }

    /** The same support without its counties. */
    Support withoutCounties() {
      return new Support(countries, regions, named, Set.of());
    }
  }

  private final GazetteerTable table;

  PlaceRanker(GazetteerTable table) {
    this.table = table;
  }

  /**
   * The best-scoring match that passes the filter, ties broken by kind then row. A post office's
   * place ({@link GazetteerTable#isPostalPlace}) is no reading unless the report's other places lie
   * in its state: "in Creole" in a Florida report is a language, not Creole, Louisiana.
   */
  Optional<Match> best(List<Match> matches, Support support, IntPredicate filter) {
    double top =
        matches.stream()
            .filter(m -> GazetteerTable.kind(m.ref()) == Kind.TOWN)
            .mapToDouble(m -> Math.log10((double) Math.max(1, table.population(m.ref()))))
            .max()
            .orElse(0);
    // A county speaks between towns of one name only: "Florida" beside "Orange County" is the
    // state, not the village of Orange County, New York. A division abroad ("Kingston", a parish
    // of Jamaica, beside "Ulster County") leaves the county its say.
    Support between =
        matches.stream()
                .allMatch(
                    m ->
                        GazetteerTable.kind(m.ref()) == Kind.TOWN
                            || !support.countries().contains(table.countryOf(m.ref())))
            ? support
            : support.withoutCounties();
    Comparator<Match> byScore = Comparator.comparingDouble(m -> score(m, between, top));
    return matches.stream()
        .filter(m -> filter.test(m.ref()))
        .filter(
            m ->
                !table.isPostalPlace(m.ref())
                    || inSupportedRegion(m.ref(), support)
                    || inNamedCounty(m.ref(), between))
        .min(tieBroken(byScore));
  }

  private boolean inSupportedRegion(int ref, Support support) {
    int region = table.regionOf(ref);
    return region >= 0 && support.regions().contains(region);
  }

  private boolean inNamedCounty(int ref, Support support) {
    String county = table.countyOf(ref);
    return county != null && support.counties().contains(county);
  }

  /** Best first. */
  Comparator<Match> order(Support support) {
    return tieBroken(Comparator.comparingDouble(m -> score(m, support)));
  }

  private static Comparator<Match> tieBroken(Comparator<Match> byScore) {
    return byScore
        .reversed()
        .thenComparing(m -> GazetteerTable.kind(m.ref()), Comparator.reverseOrder())
        .thenComparingInt(m -> GazetteerTable.index(m.ref()));
  }

  double score(Match match, Support support) {
    return score(match, support, 0);
  }

  /**
   * The score of a reading among readings of which the most populous town has log10 population
   * {@code top}: a namesake village more than {@link #METROPOLIS_RATIO} orders of magnitude smaller
   * gets no support from the towns of its region ("Philadelphia" beside an ambiguous "Kensington"
   * stays the city), only from the region's own name ("Brooklyn" beside "Indiana").
   */
  private double score(Match match, Support support, double top) {
    int ref = match.ref();
    double score = Math.log10((double) Math.max(1, table.population(ref)));
    Kind kind = GazetteerTable.kind(ref);
    if (kind == Kind.COUNTRY) {
      score += COUNTRY_BONUS;
    } else if (kind == Kind.REGION) {
      score -= REGION_PENALTY;
    }
    if (table.isCapital(ref)) {
      score += CAPITAL_BONUS;
    }
    if (table.isCitySection(ref)) {
      score -= CITY_SECTION_PENALTY;
    }
    if (match.alternate()) {
      score -= ALTERNATE_NAME_PENALTY;
    }
    int region = table.regionOf(ref);
    boolean dwarfed =
        top - Math.log10((double) Math.max(1, table.population(ref))) > METROPOLIS_RATIO;
    if (region >= 0
        && (support.named().contains(region) || support.regions().contains(region) && !dwarfed)) {
      score += REGION_SUPPORT;
    }
    if (support.countries().contains(table.countryOf(ref))) {
      score += COUNTRY_SUPPORT;
    }
    if (inNamedCounty(ref, support)) {
      score += COUNTY_SUPPORT;
    }
    return score;
  }
}
