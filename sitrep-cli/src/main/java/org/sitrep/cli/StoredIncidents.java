package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.IncidentFilter;

/**
 * Incidents read from the store, with the documents their claims point into.
 *
 * @param documents by id, the texts the incidents were resolved from
 */
record StoredIncidents(List<Incident> incidents, Map<String, Document> documents) {
  StoredIncidents {
    incidents = List.copyOf(incidents);
    documents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(documents));
  }

  /** The matching incidents; a warning on {@code err} when they are behind the stored reports. */
  static StoredIncidents read(DocumentStore store, IncidentFilter filter, PrintWriter err) {
    if (!store.incidentsCurrent()) {
      err.println(
          "sitrep: warning: the incidents were resolved before the newest reports were stored;"
              + " 'sitrep ingest' with any input resolves them again");
      err.flush();
    }
    Map<String, Document> documents = new LinkedHashMap<>();
    store.reportDocuments().forEach(document -> documents.put(document.id(), document));
    return new StoredIncidents(store.incidents(filter), documents);
  }
}
