package org.sitrep.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sitrep.extract.place.PlaceCandidate.Kind;

/**
 * Reads the gazetteer resource written at build time by {@code sitrep-extract/gazetteer/build.js}:
 * a gzipped TSV of countries (C), first-level divisions (R) and towns (T).
 */
final class GazetteerReader {
  static final String RESOURCE = "gazetteer.tsv.gz";

  /**
   * The kind of a county-level division after its name, which the table writes for some towns and
   * not for others of one state ("Ouachita Parish" beside "Rapides") and a report may leave out:
   * "Ouachita Parish deputies", "Ouachita deputies" and "Ouachita County" are one key.
   */
  static final Pattern COUNTY_KIND =
      Pattern.compile("\\s+(?:Parish|Borough|Census Area|City and Borough|Municipality)$");

  private GazetteerReader() {}

  /** Reads the resource bundled beside this class; fails if the build did not produce it. */
  static GazetteerTable readBundled() {
    InputStream in = GazetteerReader.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "gazetteer resource missing: "
              + RESOURCE
              + " (built by sitrep-extract/gazetteer/build.js in generate-resources; needs node)");
    }
    try (in) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer resource", e);
    }
  }

  static GazetteerTable read(InputStream gzipped) throws IOException {
    List<String[]> countries = new ArrayList<>();
    List<String[]> regions = new ArrayList<>();
    List<String[]> towns = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        switch (fields[0]) {
          case "C" -> countries.add(fields);
          case "R" -> regions.add(fields);
          case "T" -> towns.add(fields);
          default -> throw new IOException("unknown gazetteer record: " + fields[0]);
        }
      }
    }
    GazetteerTable table = new GazetteerTable(countries.size(), regions.size(), towns.size());
    for (int i = 0; i < countries.size(); i++) {
      addCountry(table, i, countries.get(i));
    }
    for (int i = 0; i < regions.size(); i++) {
      addRegion(table, i, regions.get(i));
    }
    for (int i = 0; i < towns.size(); i++) {
      addTown(table, i, towns.get(i));
    }
    return table;
  }

  // C alpha2 alpha3 name lat lon population aliases abbreviations
  private static void addCountry(GazetteerTable table, int i, String[] f) {
    table.countryCode[i] = f[1];
    table.countryAlpha3[i] = f[2];
    table.countryName[i] = f[3];
    table.countryLat[i] = coordinate(f[4]);
    table.countryLon[i] = coordinate(f[5]);
    table.countryPopulation[i] = Long.parseLong(f[6]);
    table.codes.put(f[1], i);
    if (!f[2].isEmpty()) {
      table.codes.put(f[2], i);
    }
    int ref = GazetteerTable.ref(Kind.COUNTRY, i, false);
    index(table.names, f[3], ref);
    for (String alias : split(f[7])) {
      index(table.names, alias, ref);
    }
    for (String abbreviation : split(f[8])) {
      table.abbreviations.put(abbreviation.replace(".", ""), i);
    }
  }

  // R country admin1 name lat lon population aliases
  private static void addRegion(GazetteerTable table, int i, String[] f) {
    int country = table.codes.getOrDefault(f[1], -1);
    if (country < 0) {
      throw new IllegalStateException("region of an unknown country: " + String.join(" ", f));
    }
    table.regionCountry[i] = country;
    table.regionCode[i] = f[2];
    table.regionName[i] = f[3];
    table.regionLat[i] = coordinate(f[4]);
    table.regionLon[i] = coordinate(f[5]);
    table.regionPopulation[i] = Long.parseLong(f[6]);
    table.regionCodes.put(f[1] + "." + f[2], i);
    int ref = GazetteerTable.ref(Kind.REGION, i, false);
    index(table.names, f[3], ref);
    for (String alias : split(f[7])) {
      index(table.names, alias, ref);
    }
  }

  // T name country admin1 lat lon population alternates feature county
  private static void addTown(GazetteerTable table, int i, String[] f) {
    table.townName[i] = f[1];
    table.townCountry[i] = table.codes.getOrDefault(f[2], -1);
    if (table.townCountry[i] < 0) {
      throw new IllegalStateException("town of an unknown country: " + f[1] + " " + f[2]);
    }
    table.townRegion[i] = table.regionCodes.getOrDefault(f[2] + "." + f[3], -1);
    table.townLat[i] = coordinate(f[4]);
    table.townLon[i] = coordinate(f[5]);
    table.townPopulation[i] = Integer.parseInt(f[6]);
    table.townFeature[i] = f[8].isEmpty() ? 0 : (byte) f[8].charAt(0);
    table.townCounty[i] =
        f.length > 9 && !f[9].isEmpty()
            ? NameFolder.fold(COUNTY_KIND.matcher(f[9]).replaceFirst("")).intern()
            : null;
    if (table.townCounty[i] != null) {
      table.countyNames.putIfAbsent(table.townCounty[i], f[9]);
    }
    index(table.names, f[1], GazetteerTable.ref(Kind.TOWN, i, false));
    int alternate = GazetteerTable.asAlternate(GazetteerTable.ref(Kind.TOWN, i, false));
    for (String name : split(f[7])) {
      index(table.names, name, alternate);
    }
  }

  // One key per distinct name; a primary name and an article-less variant ("Al Mukalla").
  private static void index(Map<String, int[]> names, String name, int ref) {
    String key = NameFolder.fold(name);
    if (key.isEmpty()) {
      return;
    }
    add(names, key, ref);
    String bare = NameFolder.withoutArticle(key);
    if (bare != null) {
      add(names, bare, GazetteerTable.asAlternate(ref));
    }
  }

  private static void add(Map<String, int[]> names, String key, int ref) {
    int[] refs = names.get(key);
    if (refs == null) {
      names.put(key, new int[] {ref});
      return;
    }
    int target = GazetteerTable.index(ref);
    for (int i = 0; i < refs.length; i++) {
      // The same row under a primary and an alternate name keeps the primary reading: the refs
      // differ only in the alternate bit, so AND keeps it only when both are alternate.
      if (GazetteerTable.kind(refs[i]) == GazetteerTable.kind(ref)
          && GazetteerTable.index(refs[i]) == target) {
        refs[i] &= ref;
        return;
      }
    }
    int[] grown = Arrays.copyOf(refs, refs.length + 1);
    grown[refs.length] = ref;
    names.put(key, grown);
  }

  private static List<String> split(String list) {
    return list.isEmpty() ? List.of() : Arrays.asList(list.split("\\|"));
  }

  private static float coordinate(String value) {
    return value.isEmpty() ? Float.NaN : Float.parseFloat(value);
  }
}
