package org.sitrep.engine.output;

import static org.sitrep.engine.output.IncidentFacts.list;
import static org.sitrep.engine.output.IncidentFacts.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Document;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;

/**
 * ACLED's export columns, in ACLED's order. Filled: the id, date, year, time precision (1 day, 2
 * week, 3 month), disorder type, event and sub-event type, the first perpetrator and target as
 * actor 1 and 2 (others as associated actors), country, admin1, location, coordinates, geo
 * precision (1 town or spot, 2 county, 3 region), admin2 (a US town's county, or the county itself,
 * whose location is its seat), sources, notes, fatalities (the best estimate). Left empty: the
 * interaction codes, ISO numeric code, region, admin3, source scale, tags, timestamp; and
 * fatalities when unknown, where ACLED itself would write 0.
 */
final class AcledCsv implements CsvSchema {
  private static final List<String> HEADER =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp");

  @Override
  public List<String> header() {
    return HEADER;
  }

  @Override
  public List<String> row(Incident incident, Map<String, Document> documents) {
    EventDate date = incident.date();
    Place place = incident.place();
    List<String> perpetrators = IncidentFacts.perpetrators(incident);
    List<String> targets = IncidentFacts.actors(incident, Slot.TARGET);
    List<String> row = new ArrayList<>(HEADER.size());
    row.add(incident.id());
    row.add(date != null ? date.value().toString() : null);
    row.add(date != null ? Integer.toString(date.value().getYear()) : null);
    row.add(date != null ? timePrecision(date) : null);
    row.add(disorderType(incident.subtype()));
    row.add(incident.type().label());
    row.add(incident.subtype().label());
    row.add(perpetrators.isEmpty() ? null : perpetrators.get(0));
    row.add(perpetrators.size() > 1 ? list(perpetrators.subList(1, perpetrators.size())) : null);
    row.add(null);
    row.add(targets.isEmpty() ? null : targets.get(0));
    row.add(targets.size() > 1 ? list(targets.subList(1, targets.size())) : null);
    row.add(null);
    row.add(null);
    row.add(null);
    row.add(null);
    row.add(null);
    row.add(place != null ? place.countryName() : null);
    row.add(place != null ? place.admin1() : null);
    row.add(place != null ? place.admin2() : null);
    row.add(null);
    row.add(place != null ? location(place) : null);
    row.add(place != null ? number(place.lat()) : null);
    row.add(place != null ? number(place.lon()) : null);
    row.add(place != null ? geoPrecision(place) : null);
    row.add(list(IncidentFacts.sources(incident, documents)));
    row.add(null);
    row.add(IncidentFacts.summary(incident));
    row.add(number(incident.fatalities().best()));
    row.add(null);
    row.add(null);
    return row;
  }

  private static String timePrecision(EventDate date) {
    return switch (date.precision()) {
      case DAY -> "1";
      case WEEK -> "2";
      case MONTH -> "3";
      case YEAR -> null;
    };
  }

  private static String disorderType(SubEventType subtype) {
    if (subtype.type() == EventType.STRATEGIC_DEVELOPMENTS) {
      return "Strategic developments";
    }
    if (subtype.type() == EventType.PROTESTS || subtype == SubEventType.VIOLENT_DEMONSTRATION) {
      return "Demonstrations";
    }
    return "Political violence";
  }

  /**
   * The location column: the place's name, or for a county its seat, as ACLED codes an event known
   * only to its district at the district's main town (geo_precision 2 says so; admin2 keeps the
   * county).
   */
  private static String location(Place place) {
    // Only a county has a seat (Place's invariant).
    return place.seat() != null ? place.seat() : place.name();
  }

  private static String geoPrecision(Place place) {
    return switch (place.precision()) {
      case POINT, TOWN -> "1";
      case COUNTY -> "2";
      case REGION -> "3";
      case COUNTRY -> null;
    };
  }
}
