package org.sitrep.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.model.DateEvidence;

/**
 * A stored document without its texts, for listings. Dates and evidence are kept as the text a
 * listing prints; {@link #date()} and {@link #dateEvidence()} give them typed.
 *
 * @param title the title, or null when the input had none
 * @param published the publication date as ISO-8601 text, or null when unknown
 * @param evidence the {@link DateEvidence#label()} of the date: {@code header}, {@code unknown},
 *     ...
 * @param length the clean text's length in UTF-16 code units, the unit spans count
 */
public record DocumentSummary(
    String id,
    String contentHash,
    String title,
    String published,
    String evidence,
    String language,
    String source,
    int length) {
  public DocumentSummary {
    requireNonNull(id, "id");
    requireNonNull(contentHash, "contentHash");
    requireNonNull(evidence, "evidence");
    requireNonNull(language, "language");
    requireNonNull(source, "source");
  }

  public Optional<LocalDate> date() {
    return Optional.ofNullable(published).map(LocalDate::parse);
  }

  public DateEvidence dateEvidence() {
    return DateEvidence.ofLabel(evidence);
  }
}
