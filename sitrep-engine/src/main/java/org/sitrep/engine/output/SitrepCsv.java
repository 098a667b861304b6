package org.sitrep.engine.output;

import static org.sitrep.engine.output.IncidentFacts.list;
import static org.sitrep.engine.output.IncidentFacts.number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;
import org.sitrep.model.Slot;

/** Sitrep's own columns: the INCIDENT object flattened, one incident a row. */
final class SitrepCsv implements CsvSchema {
  private static final List<String> HEADER =
      List.of(
          "id",
          "date",
          "date_precision",
          "type",
          "subtype",
          "background",
          "place",
          "admin1",
          "country",
          "country_name",
          "latitude",
          "longitude",
          "place_precision",
          "fatalities_low",
          "fatalities_best",
          "fatalities_high",
          "injuries_low",
          "injuries_best",
          "injuries_high",
          "perpetrators",
          "targets",
          "claimed_by",
          "reports",
          "independent",
          "documents");

  @Override
  public List<String> header() {
    return HEADER;
  }

  @Override
  public List<String> row(Incident incident, Map<String, Document> documents) {
    Place place = incident.place();
    List<String> row = new ArrayList<>(HEADER.size());
    row.add(incident.id());
    row.add(incident.date() != null ? incident.date().value().toString() : null);
    row.add(incident.date() != null ? incident.date().precision().label() : null);
    row.add(incident.type().label());
    row.add(incident.subtype().label());
    row.add(Boolean.toString(incident.background()));
    row.addAll(
        place == null
            ? Arrays.asList(null, null, null, null, null, null, null)
            : Arrays.asList(
                place.name(),
                place.admin1(),
                place.country(),
                place.countryName(),
                number(place.lat()),
                number(place.lon()),
                place.precision().name().toLowerCase(Locale.ROOT)));
    row.add(number(incident.fatalities().low()));
    row.add(number(incident.fatalities().best()));
    row.add(number(incident.fatalities().high()));
    row.add(number(incident.injuries().low()));
    row.add(number(incident.injuries().best()));
    row.add(number(incident.injuries().high()));
    row.add(list(IncidentFacts.actors(incident, Slot.PERPETRATOR)));
    row.add(list(IncidentFacts.actors(incident, Slot.TARGET)));
    row.add(list(incident.claimedBy().stream().map(actor -> actor.name()).distinct().toList()));
    row.add(Integer.toString(incident.sources().reports()));
    row.add(Integer.toString(incident.sources().independent()));
    row.add(list(incident.documents()));
    return row;
  }
}
