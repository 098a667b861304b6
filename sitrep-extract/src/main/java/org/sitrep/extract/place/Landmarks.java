package org.sitrep.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The small curated list of named landmarks whose town cannot be read off their name ("Hamid Karzai
 * International Airport" is in Kabul), from {@code landmarks.tsv} beside this class.
 */
final class Landmarks {
  private static final String RESOURCE = "landmarks.tsv";

  /** The town a landmark lies in: its GeoNames name and ISO alpha-2 country. */
  record Town(String name, String country) {}

  private final Map<String, Town> towns;

  private Landmarks(Map<String, Town> towns) {
    this.towns = Map.copyOf(towns);
  }

  static Landmarks readBundled() {
    InputStream in = Landmarks.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("landmark resource missing: " + RESOURCE);
    }
    Map<String, Town> towns = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        towns.put(NameFolder.fold(fields[0]), new Town(fields[1], fields[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new Landmarks(towns);
  }

  Optional<Town> town(String landmark) {
    return Optional.ofNullable(towns.get(NameFolder.fold(landmark)));
  }
}
