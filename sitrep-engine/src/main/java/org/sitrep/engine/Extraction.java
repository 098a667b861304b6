package org.sitrep.engine;

import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Document;
import org.sitrep.model.Refusal;

/**
 * The per-document result of {@link Engine#extract}: the cleaned document (and its annotations when
 * asked for), or the refusal of the input.
 *
 * @param input the input's name, as refusals and messages give it
 * @param annotated the annotations, or null when not asked for or refused
 */
public record Extraction(
    String input, Document document, AnnotatedDocument annotated, Refusal refusal) {
  public boolean isRefused() {
    return refusal != null;
  }
}
