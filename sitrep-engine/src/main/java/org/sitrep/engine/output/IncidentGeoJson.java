package org.sitrep.engine.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;

/**
 * Incidents as a GeoJSON (RFC 7946) FeatureCollection: one Point feature per incident that has
 * coordinates, with the columns of {@link SitrepCsv} as properties (unknown figures null).
 * Incidents without coordinates are left out.
 */
public final class IncidentGeoJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final SitrepCsv PROPERTIES = new SitrepCsv();
  private static final List<String> COUNTS =
      List.of(
          "fatalities_low",
          "fatalities_best",
          "fatalities_high",
          "injuries_low",
          "injuries_best",
          "injuries_high",
          "reports",
          "independent");

  private IncidentGeoJson() {}

  public static String of(List<Incident> incidents, Map<String, Document> documents) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("type", "FeatureCollection");
    ArrayNode features = root.putArray("features");
    for (Incident incident : incidents) {
      Place place = incident.place();
      if (place == null || place.lat() == null) {
        continue;
      }
      ObjectNode feature = features.addObject();
      feature.put("type", "Feature");
      feature.put("id", incident.id());
      ObjectNode geometry = feature.putObject("geometry");
      geometry.put("type", "Point");
      geometry.putArray("coordinates").add(place.lon()).add(place.lat());
      feature.set("properties", properties(incident, documents));
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode properties(Incident incident, Map<String, Document> documents) {
    ObjectNode properties = MAPPER.createObjectNode();
    List<String> header = PROPERTIES.header();
    List<String> row = PROPERTIES.row(incident, documents);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      String value = row.get(i);
      if (value == null) {
        properties.putNull(name);
      } else if (name.equals("latitude") || name.equals("longitude")) {
        properties.put(name, Double.parseDouble(value));
      } else if (COUNTS.contains(name)) {
        properties.put(name, Long.parseLong(value));
      } else if (name.equals("background")) {
        properties.put(name, Boolean.parseBoolean(value));
      } else {
        properties.put(name, value);
      }
    }
    return properties;
  }
}
