package org.sitrep.store;

/**
 * A stored document without its texts, for listings.
 *
 * @param published the publication date as ISO text, or null when unknown
 * @param evidence the evidence label of the date ({@code header}, {@code unknown}, ...)
 * @param length the clean text's length in characters
 */
public record DocumentSummary(
    String id,
    String contentHash,
    String title,
    String published,
    String evidence,
    String language,
    String source,
    int length) {}
