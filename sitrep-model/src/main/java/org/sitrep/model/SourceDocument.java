package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One input document as a reader found it, before cleaning: a text file, a JSON line, a web page, a
 * feed item, a WARC response record.
 *
 * @param name the id the input gives (a file's name, a JSON line's {@code id}); null when the id is
 *     to be derived from the content
 * @param origin where it was read from, for messages: a path, {@code path:line}, a WARC record URI
 * @param url the address the document was published at, or null
 * @param outlet the publisher, or null
 * @param title the title given with the input, or null
 * @param declaredPublished the publication date given with the input as written there, or null
 * @param type whether {@code content} is plain text or HTML
 * @param content the text or page, decoded
 * @param diagnostics problems the reader repaired (a wrong encoding, a bad date field)
 */
public record SourceDocument(
    String name,
    String origin,
    String url,
    String outlet,
    String title,
    String declaredPublished,
    ContentType type,
    String content,
    List<Diagnostic> diagnostics) {
  public SourceDocument {
    requireNonNull(origin, "origin");
    requireNonNull(type, "type");
    requireNonNull(content, "content");
    diagnostics = List.copyOf(requireNonNull(diagnostics, "diagnostics"));
  }

  public static SourceDocument text(String name, String origin, String content) {
    return new SourceDocument(
        name, origin, null, null, null, null, ContentType.TEXT, content, List.of());
  }

  public static SourceDocument html(String name, String origin, String url, String content) {
    return new SourceDocument(
        name, origin, url, null, null, null, ContentType.HTML, content, List.of());
  }

  /** The name to report this document by: its given name, else its origin. */
  public String label() {
    return name != null ? name : origin;
  }
}
