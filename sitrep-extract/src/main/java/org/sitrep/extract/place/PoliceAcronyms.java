package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms of American city police forces that name one city alone ("NYPD", "LVMPD", "IMPD"),
 * each with its city and state as a report would write them. Local news often names the force and
 * never the city: "Lt. Dan Roe of the LVMPD Homicide Section said". Acronyms several cities share
 * ("CPD" is Chicago's, Columbus's, Cincinnati's) are left out. Stateless.
 */
public final class PoliceAcronyms {
  private static final Map<String, String> CITIES =
      Map.ofEntries(
          Map.entry("NYPD", "New York City, New York"),
          Map.entry("LAPD", "Los Angeles, California"),
          Map.entry("LVMPD", "Las Vegas, Nevada"),
          Map.entry("IMPD", "Indianapolis, Indiana"),
          Map.entry("CMPD", "Charlotte, North Carolina"),
          Map.entry("MNPD", "Nashville, Tennessee"),
          Map.entry("LMPD", "Louisville, Kentucky"),
          Map.entry("SFPD", "San Francisco, California"),
          Map.entry("SAPD", "San Antonio, Texas"),
          Map.entry("KCPD", "Kansas City, Missouri"),
          Map.entry("SLMPD", "St. Louis, Missouri"),
          Map.entry("NOPD", "New Orleans, Louisiana"),
          Map.entry("FWPD", "Fort Worth, Texas"),
          Map.entry("OKCPD", "Oklahoma City, Oklahoma"),
          Map.entry("BRPD", "Baton Rouge, Louisiana"),
          Map.entry("MPDC", "Washington, District of Columbia"),
          Map.entry("SDPD", "San Diego, California"),
          Map.entry("LBPD", "Long Beach, California"),
          Map.entry("ABQPD", "Albuquerque, New Mexico"));

  private static final Pattern ACRONYM =
      Pattern.compile("\\b(" + String.join("|", CITIES.keySet()) + ")\\b");

  private PoliceAcronyms() {}

  /** A police acronym in the text, with where it stands. */
  public record Found(String acronym, String city, int start, int end) {}

  /** The acronyms the text writes, in order. */
  public static List<Found> in(String text) {
    List<Found> found = new ArrayList<>();
    Matcher matcher = ACRONYM.matcher(text);
    while (matcher.find()) {
      found.add(
          new Found(
              matcher.group(1), CITIES.get(matcher.group(1)), matcher.start(), matcher.end()));
    }
    return found;
  }
}
