package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a document was published, with the evidence for it. {@code value} is null exactly when
 * {@code evidence} is {@link DateEvidence#UNKNOWN}: unknown beats wrong. {@code detail} says in
 * words what was seen (for example {@code "header line 'date 2021-08-30'"}, or why a candidate date
 * was rejected).
 */
public record PublicationDate(LocalDate value, DateEvidence evidence, String detail) {
  public PublicationDate {
    requireNonNull(evidence, "evidence");
    requireNonNull(detail, "detail");
    if ((value == null) != (evidence == DateEvidence.UNKNOWN)) {
      throw new IllegalArgumentException("value must be null exactly when evidence is unknown");
    }
  }

  public static PublicationDate unknown(String detail) {
    return new PublicationDate(null, DateEvidence.UNKNOWN, detail);
  }

  public static PublicationDate of(LocalDate value, DateEvidence evidence, String detail) {
    return new PublicationDate(requireNonNull(value, "value"), evidence, detail);
  }

  public Optional<LocalDate> date() {
    return Optional.ofNullable(value);
  }

  public boolean isKnown() {
    return value != null;
  }
}
