package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * A half-open character range {@code [start, end)} of one document's clean text: the atom of
 * provenance. Offsets count UTF-16 code units of {@link Document#text()}, as {@link
 * String#substring(int, int)} does.
 */
public record Span(String documentId, int start, int end) {
  public Span {
    requireNonNull(documentId, "documentId");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** The covered text of {@code document}, which must be the document this span points into. */
  public String textOf(Document document) {
    if (!document.id().equals(documentId)) {
      throw new IllegalArgumentException("span of " + documentId + " applied to " + document.id());
    }
    return document.text().substring(start, end);
  }
}
