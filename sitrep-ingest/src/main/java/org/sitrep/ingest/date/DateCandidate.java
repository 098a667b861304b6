package org.sitrep.ingest.date;

import static java.util.Objects.requireNonNull;

/**
 * A date that may be the article's own, with where it was seen ("date line 'March 25, 2023' (line
 * 1)").
 */
record DateCandidate(DateMention mention, String where) {
  DateCandidate {
    requireNonNull(mention, "mention");
    requireNonNull(where, "where");
  }
}
