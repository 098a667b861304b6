package org.sitrep.engine.output;

import java.util.List;
import java.util.Map;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;

/**
 * A table of incidents: its column names and one row per incident. A value Sitrep does not have is
 * null (written empty), never 0.
 */
interface CsvSchema {
  List<String> header();

  /** One value per column of {@link #header()}. */
  List<String> row(Incident incident, Map<String, Document> documents);
}
