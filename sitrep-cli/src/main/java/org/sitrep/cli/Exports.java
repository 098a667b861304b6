package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.model.Incident;

/** Writes stored incidents as CSV in one schema. */
final class Exports {
  private Exports() {}

  static void csv(PrintWriter out, CsvSchema schema, StoredIncidents stored) {
    CsvWriter csv = new CsvWriter(out);
    csv.row(schema.header());
    for (Incident incident : stored.incidents()) {
      csv.row(schema.row(incident, stored.documents()));
    }
  }
}
