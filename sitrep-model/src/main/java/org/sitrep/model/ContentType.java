package org.sitrep.model;

/** What a {@link SourceDocument}'s content is: plain text, or a whole web page to clean first. */
public enum ContentType {
  TEXT,
  HTML
}
