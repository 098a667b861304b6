package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What one document reports: the events it tells of, in the order it tells them. */
public record Report(AnnotatedDocument annotated, List<EventMention> events) {
  public Report {
    requireNonNull(annotated, "annotated");
    events = List.copyOf(requireNonNull(events, "events"));
  }

  public Document document() {
    return annotated.document();
  }
}
