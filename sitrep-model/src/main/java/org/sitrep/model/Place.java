package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * Where something happened, as precisely as the text tells it.
 *
 * @param name the place as named: a town, a region, a country, or a landmark resolved to its town
 * @param admin1 the first-level division (province, state), or null
 * @param country ISO 3166-1 alpha-2 code, or null when not even the country is known
 * @param countryName the country's English short name, or null
 * @param lat latitude of the place (WGS 84), or null
 * @param lon longitude of the place (WGS 84), or null
 * @param precision how precisely the coordinates locate the event
 * @param admin2 the second-level division the place is or lies in (a US county: "Harris County" for
 *     Houston and for Harris County itself), or null when not known
 * @param seat for a {@link PlacePrecision#COUNTY county}, the town that is its seat ("Houston" for
 *     Harris County), else null: where a dataset that codes towns only codes an event known to its
 *     county (ACLED codes a district known alone at its capital); the place is still the county
 * @param regionGuessed whether the report names the town by a name that towns of several regions of
 *     its country bear and no word of the report tells which (no state after the name, no other
 *     place or outlet of the report in the town's region): the region is the gazetteer's likeliest
 *     reading, its most populous namesake's ("Madison" alone is Madison, Wisconsin), which another
 *     account of the event that gives the state may correct
 */
public record Place(
    String name,
    String admin1,
    String country,
    String countryName,
    Double lat,
    Double lon,
    PlacePrecision precision,
    String admin2,
    String seat,
    boolean regionGuessed)
    implements ClaimValue {
  public Place {
    requireNonNull(name, "name");
    requireNonNull(precision, "precision");
    if (country != null && !country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2: " + country);
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon come together");
    }
    if (seat != null && precision != PlacePrecision.COUNTY) {
      throw new IllegalArgumentException("only a county has a seat: " + name);
    }
  }

  /** A place whose region the report tells, or that no namesake elsewhere shares. */
  public Place(
      String name,
      String admin1,
      String country,
      String countryName,
      Double lat,
      Double lon,
      PlacePrecision precision,
      String admin2,
      String seat) {
    this(name, admin1, country, countryName, lat, lon, precision, admin2, seat, false);
  }

  /** A place whose second-level division and seat are not known. */
  public Place(
      String name,
      String admin1,
      String country,
      String countryName,
      Double lat,
      Double lon,
      PlacePrecision precision) {
    this(name, admin1, country, countryName, lat, lon, precision, null, null, false);
  }

  /**
   * The same place, its region the gazetteer's guess among namesakes (see {@code regionGuessed}).
   */
  public Place withRegionGuessed() {
    return new Place(name, admin1, country, countryName, lat, lon, precision, admin2, seat, true);
  }

  /** The first-level division the place is, or lies in ("Illinois" for Peoria); null if unknown. */
  public String region() {
    return precision == PlacePrecision.REGION ? name : admin1;
  }

  /**
   * The great-circle distance to another place, in kilometres, or null when either has no
   * coordinates.
   */
  public Double kilometresTo(Place other) {
    if (lat == null || other.lat == null) {
      return null;
    }
    return kilometres(lat, lon, other.lat, other.lon);
  }

  /** The great-circle distance between two points, in kilometres. */
  public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
