package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Report;

/**
 * The stored reports as one snapshot, to be resolved into incidents.
 *
 * @param reports one per document id (the latest stored text of that name that has a report),
 *     ordered by id
 * @param version the newest report stored when the snapshot was taken; give it back to {@link
 *     DocumentStore#replaceIncidents} so the store knows what its incidents were resolved from
 */
public record ReportSet(List<Report> reports, long version) {
  public ReportSet {
    reports = List.copyOf(reports);
  }
}
