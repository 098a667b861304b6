package org.sitrep.engine.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;

/**
 * Writes incidents in one of the {@link ExportFormat}s or as Sitrep's own CSV columns: the one
 * place the CLI and the server turn stored incidents into an export.
 */
public final class Exports {
  private Exports() {}

  /**
   * Writes the incidents in this format.
   *
   * @param documents by id, the texts the incidents' claims point into
   */
  public static void write(
      PrintWriter out,
      ExportFormat format,
      List<Incident> incidents,
      Map<String, Document> documents) {
    switch (format) {
      case JSON -> out.println(IncidentJson.document(incidents, documents));
      case ACLED -> csv(out, new AcledCsv(), incidents, documents);
      case UCDP -> csv(out, new UcdpCsv(), incidents, documents);
      case GTD -> csv(out, new GtdCsv(), incidents, documents);
      case GEOJSON -> out.println(IncidentGeoJson.of(incidents, documents));
    }
  }

  /** Writes the incidents as CSV with Sitrep's own columns and a header. */
  public static void sitrepCsv(
      PrintWriter out, List<Incident> incidents, Map<String, Document> documents) {
    csv(out, new SitrepCsv(), incidents, documents);
  }

  private static void csv(
      PrintWriter out,
      CsvSchema schema,
      List<Incident> incidents,
      Map<String, Document> documents) {
    CsvWriter writer = new CsvWriter(out);
    writer.row(schema.header());
    for (Incident incident : incidents) {
      writer.row(schema.row(incident, documents));
    }
  }
}
