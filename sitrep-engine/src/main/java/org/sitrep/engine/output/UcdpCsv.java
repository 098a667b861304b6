package org.sitrep.engine.output;

import static org.sitrep.engine.output.IncidentFacts.list;
import static org.sitrep.engine.output.IncidentFacts.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Document;
import org.sitrep.model.EventDate;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;
import org.sitrep.model.Slot;

/**
 * The UCDP Georeferenced Event Dataset's columns, in GED's order. Filled: id, year, side A (the
 * perpetrator) and side B (the target), the number of independent sources and the articles, where
 * precision (1 town or spot, 3 second-order division, 4 first-order division, 6 country), place,
 * admin1, admin2 (a US town's county, or the county), coordinates, country, date precision (1 day,
 * 3 week, 4 month, 5 year), first and last day, and the best, high and low fatalities. Left empty:
 * UCDP's conflict, dyad and side ids, the type of violence, deaths by side, PRIO-GRID cell,
 * Gleditsch-Ward codes; and high when no report set an upper bound.
 */
final class UcdpCsv implements CsvSchema {
  private static final List<String> HEADER =
      List.of(
          "id",
          "relid",
          "year",
          "active_year",
          "code_status",
          "type_of_violence",
          "conflict_dset_id",
          "conflict_new_id",
          "conflict_name",
          "dyad_dset_id",
          "dyad_new_id",
          "dyad_name",
          "side_a_dset_id",
          "side_a_new_id",
          "side_a",
          "side_b_dset_id",
          "side_b_new_id",
          "side_b",
          "number_of_sources",
          "source_article",
          "source_office",
          "source_date",
          "source_headline",
          "source_original",
          "where_prec",
          "where_coordinates",
          "where_description",
          "adm_1",
          "adm_2",
          "latitude",
          "longitude",
          "geom_wkt",
          "priogrid_gid",
          "country",
          "country_id",
          "region",
          "event_clarity",
          "date_prec",
          "date_start",
          "date_end",
          "deaths_a",
          "deaths_b",
          "deaths_civilians",
          "deaths_unknown",
          "best",
          "high",
          "low",
          "gwnoa",
          "gwnob");

  @Override
  public List<String> header() {
    return HEADER;
  }

  @Override
  public List<String> row(Incident incident, Map<String, Document> documents) {
    EventDate date = incident.date();
    Place place = incident.place();
    List<String> row = new ArrayList<>(HEADER.size());
    row.add(incident.id());
    row.add(null);
    row.add(date != null ? Integer.toString(date.value().getYear()) : null);
    nulls(row, 11);
    row.add(list(IncidentFacts.perpetrators(incident)));
    nulls(row, 2);
    row.add(list(IncidentFacts.actors(incident, Slot.TARGET)));
    row.add(Integer.toString(incident.sources().independent()));
    row.add(list(incident.documents()));
    row.add(list(IncidentFacts.sources(incident, documents)));
    row.add(list(published(incident, documents)));
    row.add(list(titles(incident, documents)));
    row.add(null);
    row.add(place != null ? wherePrecision(place) : null);
    row.add(place != null ? place.name() : null);
    row.add(null);
    row.add(place != null ? place.admin1() : null);
    row.add(place != null ? place.admin2() : null);
    row.add(place != null ? number(place.lat()) : null);
    row.add(place != null ? number(place.lon()) : null);
    row.add(
        place != null && place.lat() != null
            ? String.format(Locale.ROOT, "POINT (%s %s)", place.lon(), place.lat())
            : null);
    row.add(null);
    row.add(place != null ? place.countryName() : null);
    nulls(row, 3);
    row.add(date != null ? datePrecision(date) : null);
    row.add(date != null ? date.value().toString() : null);
    row.add(date != null ? date.lastDay().toString() : null);
    nulls(row, 4);
    row.add(number(incident.fatalities().best()));
    row.add(number(incident.fatalities().high()));
    row.add(number(incident.fatalities().low()));
    nulls(row, 2);
    return row;
  }

  private static void nulls(List<String> row, int count) {
    for (int i = 0; i < count; i++) {
      row.add(null);
    }
  }

  private static List<String> published(Incident incident, Map<String, Document> documents) {
    return incident.documents().stream()
        .map(documents::get)
        .filter(document -> document != null && document.published().isKnown())
        .map(document -> document.published().value().toString())
        .distinct()
        .toList();
  }

  private static List<String> titles(Incident incident, Map<String, Document> documents) {
    return incident.documents().stream()
        .map(documents::get)
        .filter(document -> document != null && document.title() != null)
        .map(Document::title)
        .toList();
  }

  private static String wherePrecision(Place place) {
    return switch (place.precision()) {
      case POINT, TOWN -> "1";
      case COUNTY -> "3";
      case REGION -> "4";
      case COUNTRY -> "6";
    };
  }

  private static String datePrecision(EventDate date) {
    return switch (date.precision()) {
      case DAY -> "1";
      case WEEK -> "3";
      case MONTH -> "4";
      case YEAR -> "5";
    };
  }
}
