package org.sitrep.extract.place;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.Place;

/**
 * One reading of a place name in the gazetteer.
 *
 * @param place the place, with the precision its kind gives (town, region or country)
 * @param population the town's GeoNames population; for a region or a country the sum over the
 *     gazetteer's towns in it, a ranking proxy rather than a census figure; 0 when unknown
 * @param kind what sort of place the name denotes
 */
public record PlaceCandidate(Place place, long population, Kind kind) {

  /** What sort of place a candidate is. */
  public enum Kind {
    TOWN,
    /** A first-level division: a province, state, governorate or region. */
    REGION,
    COUNTRY
  }

  public PlaceCandidate {
    requireNonNull(place, "place");
    requireNonNull(kind, "kind");
    if (population < 0) {
      throw new IllegalArgumentException("population must not be negative: " + population);
    }
  }
}
