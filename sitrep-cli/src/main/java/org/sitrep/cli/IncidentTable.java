package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sitrep.engine.output.IncidentFacts;
import org.sitrep.model.Estimate;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;

/** Incidents as a text table for people: one line each, unknown figures as "?". */
final class IncidentTable {
  private static final String FORMAT = "%-12s %-10s %-28s %-34s %-14s %-8s %s%n";

  private IncidentTable() {}

  static void print(PrintWriter out, List<Incident> incidents) {
    out.printf(
        Locale.ROOT,
        FORMAT,
        "id",
        "date",
        "place",
        "subtype",
        "killed l–b–h",
        "injured",
        "reports/indep.");
    for (Incident incident : incidents) {
      out.printf(
          Locale.ROOT,
          FORMAT,
          incident.id(),
          date(incident),
          shorten(place(incident.place()), 28),
          shorten(incident.subtype().label() + (incident.background() ? " (past)" : ""), 34),
          figures(incident.fatalities()),
          incident.injuries().best() != null ? incident.injuries().best().toString() : "?",
          incident.sources().reports() + "/" + incident.sources().independent());
    }
    out.printf(Locale.ROOT, "%d incidents%n", incidents.size());
  }

  private static String date(Incident incident) {
    if (incident.date() == null) {
      return "?";
    }
    String value = incident.date().value().toString();
    return switch (incident.date().precision()) {
      case DAY -> value;
      case WEEK -> "wk " + value.substring(2);
      case MONTH -> value.substring(0, 7);
      case YEAR -> value.substring(0, 4);
    };
  }

  static String place(Place place) {
    if (place == null) {
      return "?";
    }
    String country = place.country() != null ? place.country() : "?";
    return place.name().equals(place.countryName()) ? country : place.name() + ", " + country;
  }

  private static String figures(Estimate estimate) {
    return estimate.isUnknown() ? "?" : IncidentFacts.range(estimate);
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
