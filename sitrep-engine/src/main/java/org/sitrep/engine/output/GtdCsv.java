package org.sitrep.engine.output;

import static org.sitrep.engine.output.IncidentFacts.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.AttackType;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.EventDate;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;

/**
 * The Global Terrorism Database's columns for the fields Sitrep has, in GTD's order. Month and day
 * are left empty when the date is not that precise (GTD writes 0 there; Sitrep never writes 0 for
 * unknown), with the week or month in {@code approxdate}; {@code claimed} is 1 when a group claimed
 * the attack and empty otherwise (Sitrep does not tell "no claim" from "not reported"); specificity
 * is 1 for a town or spot, 3 for a county (no town; GTD's smallest division) and 4 for a
 * first-order division; {@code city} is written for a town or spot only.
 */
final class GtdCsv implements CsvSchema {
  private static final List<String> HEADER =
      List.of(
          "eventid",
          "iyear",
          "imonth",
          "iday",
          "approxdate",
          "country_txt",
          "provstate",
          "city",
          "latitude",
          "longitude",
          "specificity",
          "summary",
          "attacktype1_txt",
          "gname",
          "claimed",
          "nkill",
          "nwound");

  @Override
  public List<String> header() {
    return HEADER;
  }

  @Override
  public List<String> row(Incident incident, Map<String, Document> documents) {
    EventDate date = incident.date();
    Place place = incident.place();
    List<String> perpetrators = IncidentFacts.perpetrators(incident);
    AttackType attack = IncidentFacts.attackType(incident);
    List<String> row = new ArrayList<>(HEADER.size());
    row.add(incident.id());
    row.add(date != null ? Integer.toString(date.value().getYear()) : null);
    row.add(
        date != null
                && date.precision() != DatePrecision.YEAR
                && date.precision() != DatePrecision.WEEK
            ? Integer.toString(date.value().getMonthValue())
            : null);
    row.add(
        date != null && date.precision() == DatePrecision.DAY
            ? Integer.toString(date.value().getDayOfMonth())
            : null);
    row.add(
        date != null && date.precision() != DatePrecision.DAY
            ? date.precision().label() + " of " + date.value()
            : null);
    row.add(place != null ? place.countryName() : null);
    row.add(place != null ? place.admin1() : null);
    row.add(place != null && "1".equals(specificity(place)) ? place.name() : null);
    row.add(place != null ? number(place.lat()) : null);
    row.add(place != null ? number(place.lon()) : null);
    row.add(place != null ? specificity(place) : null);
    row.add(IncidentFacts.summary(incident));
    row.add(attack != AttackType.UNKNOWN ? attack.label() : null);
    row.add(perpetrators.isEmpty() ? null : perpetrators.get(0));
    row.add(incident.claimedBy().isEmpty() ? null : "1");
    row.add(number(incident.fatalities().best()));
    row.add(number(incident.injuries().best()));
    return row;
  }

  private static String specificity(Place place) {
    return switch (place.precision()) {
      case POINT, TOWN -> "1";
      case COUNTY -> "3";
      case REGION -> "4";
      case COUNTRY -> null;
    };
  }
}
