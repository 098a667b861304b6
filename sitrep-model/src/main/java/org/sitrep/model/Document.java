package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * One report, cleaned: the unit every later stage reads.
 *
 * <p>{@code id} is the name the input gave (a file's name, a JSON line's {@code id}) or, without
 * one, {@code "doc-"} and the first 16 hex digits of {@code contentHash}. {@code contentHash} is
 * the SHA-256 of the clean text: two inputs with the same clean text are the same document, so
 * ingesting a report twice changes nothing. Every {@link Span} points into {@code text}; {@code
 * offsets} leads from there back into {@code original}, the text or page as read.
 *
 * @param language ISO 639-1 code of the text's language, e.g. {@code "en"}
 */
public record Document(
    String id,
    String contentHash,
    String source,
    String url,
    String outlet,
    String title,
    PublicationDate published,
    String language,
    String text,
    String original,
    OffsetMap offsets,
    DocumentQuality quality) {
  public Document {
    requireNonNull(id, "id");
    requireNonNull(contentHash, "contentHash");
    requireNonNull(source, "source");
    requireNonNull(published, "published");
    requireNonNull(language, "language");
    requireNonNull(text, "text");
    requireNonNull(original, "original");
    requireNonNull(offsets, "offsets");
    requireNonNull(quality, "quality");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id is blank");
    }
  }

  /** The covered text of a span of this document. */
  public String textOf(Span span) {
    return span.textOf(this);
  }

  public Document withQuality(DocumentQuality newQuality) {
    return new Document(
        id,
        contentHash,
        source,
        url,
        outlet,
        title,
        published,
        language,
        text,
        original,
        offsets,
        newQuality);
  }
}
