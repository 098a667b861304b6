package org.sitrep.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;
import org.sitrep.model.Report;
import org.sitrep.resolve.link.LinkPolicy;
import org.sitrep.resolve.link.Linker;
import org.sitrep.resolve.link.Profiles;
import org.sitrep.resolve.source.CopyDetector;

/**
 * Reports in, incidents out: links the accounts of all reports into incidents and reconciles their
 * claims. Pure: the same reports, in any order, give the same incidents with the same ids.
 */
public final class Resolver {
  private static final Comparator<Incident> ORDER =
      Comparator.comparing(
              (Incident incident) -> incident.date() != null ? incident.date().value() : null,
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Incident::id);

  private final LinkPolicy policy;

  public Resolver(LinkPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  public static Resolver standard() {
    return new Resolver(LinkPolicy.STANDARD);
  }

  /** The incidents the reports tell of, by date (undated last) then id. */
  public List<Incident> resolve(List<Report> reports) {
    List<Report> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing(report -> report.document().id()));
    Map<String, Document> documents = new LinkedHashMap<>();
    for (Report report : sorted) {
      Document previous = documents.put(report.document().id(), report.document());
      if (previous != null) {
        throw new IllegalArgumentException("two reports with the id " + previous.id());
      }
    }
    IncidentBuilder builder =
        new IncidentBuilder(documents, new CopyDetector(List.copyOf(documents.values())));
    List<Incident> incidents = new ArrayList<>();
    for (Linker.Group group : new Linker(policy).link(Profiles.of(sorted))) {
      incidents.add(builder.build(group));
    }
    incidents.sort(ORDER);
    return incidents;
  }
}
