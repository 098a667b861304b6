package org.sitrep.server;

import java.util.Locale;
import java.util.Map;
import org.sitrep.model.ActorReference;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;

/**
 * The {@code q} filter of {@code GET /api/incidents}: an incident matches when every word of the
 * query occurs, case-insensitively, in its id, type, place, actors or the words of its claims. A
 * plain scan, not the Lucene search the issue asks for.
 */
final class IncidentWords {
  private final Map<String, Document> documents;

  IncidentWords(Map<String, Document> documents) {
    this.documents = documents;
  }

  boolean matches(Incident incident, String query) {
    String haystack = haystack(incident);
    for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!word.isEmpty() && !haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private String haystack(Incident incident) {
    StringBuilder text = new StringBuilder();
    text.append(incident.id()).append('\n');
    text.append(incident.type().label()).append('\n').append(incident.subtype().label());
    Place place = incident.place();
    if (place != null) {
      text.append('\n').append(place.name()).append('\n').append(place.countryName());
      text.append('\n').append(place.admin1()).append('\n').append(place.country());
    }
    for (Claim claim : incident.claims()) {
      if (claim.value() instanceof ActorReference actor) {
        text.append('\n').append(actor.name());
      }
      Document document = documents.get(claim.evidence().documentId());
      if (document != null) {
        text.append('\n').append(document.textOf(claim.evidence()));
      }
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }
}
