package org.sitrep.ingest.html;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;

/**
 * The main text of a web page, as {@link ArticleExtractor} found it.
 *
 * @param title the article's headline, or null
 * @param text the article body as plain text, paragraphs separated by blank lines
 * @param offsets maps offsets of {@code text} to offsets of the page's HTML source
 * @param published the date from meta tags, JSON-LD or {@code <time>}; unknown when none
 * @param language the page's declared language ({@code <html lang>}), or null
 * @param boilerplateRemoved how many blocks were dropped as navigation, ads, captions, ...
 */
public record Article(
    String title,
    String text,
    OffsetMap offsets,
    PublicationDate published,
    String language,
    int boilerplateRemoved,
    List<Diagnostic> diagnostics) {
  public Article {
    requireNonNull(text, "text");
    requireNonNull(offsets, "offsets");
    requireNonNull(published, "published");
    diagnostics = List.copyOf(requireNonNull(diagnostics, "diagnostics"));
  }
}
