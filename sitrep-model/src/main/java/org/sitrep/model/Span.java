package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * A half-open character range {@code [start, end)} of one document's clean text, or of its title:
 * the atom of provenance. Offsets count UTF-16 code units of {@link Document#text()} (of {@link
 * Document#title()} when {@code inTitle}), as {@link String#substring(int, int)} does. A headline
 * is evidence too: "Three dead in Bozeman shooting" may be the only words of a report that name its
 * town.
 */
public record Span(String documentId, int start, int end, boolean inTitle) {
  public Span {
    requireNonNull(documentId, "documentId");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** A range of the document's clean text. */
  public Span(String documentId, int start, int end) {
    this(documentId, start, end, false);
  }

  /** A range of the document's title. */
  public static Span ofTitle(String documentId, int start, int end) {
    return new Span(documentId, start, end, true);
  }

  public int length() {
    return end - start;
  }

  /** The covered text of {@code document}, which must be the document this span points into. */
  public String textOf(Document document) {
    if (!document.id().equals(documentId)) {
      throw new IllegalArgumentException("span of " + documentId + " applied to " + document.id());
    }
    if (inTitle) {
      if (document.title() == null) {
        throw new IllegalArgumentException(
            "a title span of " + documentId + ", which has no title");
      }
      return document.title().substring(start, end);
    }
    return document.text().substring(start, end);
  }
}
