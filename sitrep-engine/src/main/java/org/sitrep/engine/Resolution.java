package org.sitrep.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;

/**
 * The result of {@link Engine#resolve}: the incidents, and the documents their claims point into.
 *
 * @param documents every document read, by id, in the order read
 */
public record Resolution(List<Incident> incidents, Map<String, Document> documents) {
  public Resolution {
    incidents = List.copyOf(requireNonNull(incidents, "incidents"));
    documents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(documents));
  }
}
