package org.sitrep.engine;

import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Document;
import org.sitrep.model.Refusal;
import org.sitrep.model.Report;

/**
 * The per-document result of {@link Engine#extract}: the cleaned document (and its annotations when
 * asked for), or the refusal of the input.
 *
 * @param input the input's name, as refusals and messages give it
 * @param annotated the annotations, or null when not asked for or refused
 * @param report the events the document tells of, or null when not asked for or refused
 */
public record Extraction(
    String input, Document document, AnnotatedDocument annotated, Report report, Refusal refusal) {
  public boolean isRefused() {
    return refusal != null;
  }
}
