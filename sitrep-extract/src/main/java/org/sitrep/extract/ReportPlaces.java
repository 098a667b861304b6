package org.sitrep.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.place.Gazetteer;
import org.sitrep.model.Place;

/**
 * The gazetteer's readings of one report's place mentions, each read once: the same name is read
 * for the event of its sentence, for the report's dateline and its most named town, and for the
 * countries the report speaks of. Each reading is decided by the report's other place names. One
 * instance per report; not thread-safe.
 */
final class ReportPlaces {
  private final Gazetteer gazetteer;
  private final List<String> names;
  private final Map<String, Optional<Place>> read = new HashMap<>();

  ReportPlaces(Gazetteer gazetteer, List<String> names) {
    this.gazetteer = gazetteer;
    this.names = List.copyOf(names);
  }

  /** The place names of the report, as written. */
  List<String> names() {
    return names;
  }

  /** The gazetteer's reading of a mention of the report, given its other place names. */
  Optional<Place> resolve(String mention) {
    return read.computeIfAbsent(mention, words -> gazetteer.resolve(words, names));
  }
}
