package org.sitrep.ingest.html;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Limits;
import org.sitrep.model.PublicationDate;

/**
 * Finds the main text of a web page: the article body without navigation, ads, share bars,
 * captions, comments and other furniture, plus its title, publication date and declared language.
 * Offsets of the returned text map back to the page's HTML source. Bad HTML never throws; pages
 * nested deeper than {@link Limits#maxHtmlDepth()} are flattened below that depth and reported as a
 * {@link Diagnostic}. Thread-safe: every call works on its own parse of the page.
 */
public final class ArticleExtractor {
  private static final int MIN_JSON_LD_CHARS = 500;

  private final Limits limits;

  public ArticleExtractor(Limits limits) {
    this.limits = requireNonNull(limits, "limits");
  }

  /**
   * Extracts the article of {@code html}.
   *
   * @param html the page's source; offsets in the result refer to this string
   * @param url where the page came from, to resolve relative links; may be null
   */
  public Article extract(String html, String url) {
    requireNonNull(html, "html");
    Document page =
        Parser.htmlParser().setTrackPosition(true).parseInput(html, url == null ? "" : url);
    List<Diagnostic> diagnostics = new ArrayList<>();
    JsonLd jsonLd = JsonLd.of(page);
    Map<String, String> meta = MetadataReader.metaContents(page);
    String title = MetadataReader.title(page, meta, jsonLd);
    PublicationDate published = MetadataReader.published(page, meta, jsonLd);
    String language = MetadataReader.language(page, meta);

    int removed = new PageCleaner(limits.maxHtmlDepth(), diagnostics).clean(page);
    TextStatistics statistics = TextStatistics.of(page.body());
    List<Element> content = new ContentFinder(statistics).find(page);
    TextAssembler.Result body = new TextAssembler(html, statistics, title).assemble(content);
    if (prefersJsonLd(body.text(), jsonLd)) {
      // Pages rendered by script carry their text only in JSON-LD.
      body =
          new TextAssembler(html, statistics, title)
              .assemblePlainText(jsonLd.articleBody(), jsonLd.sourceStart(), jsonLd.sourceEnd());
      diagnostics.add(
          new Diagnostic("text-from-json-ld", "the page's markup holds little text; used JSON-LD"));
    }
    if (body.text().isEmpty()) {
      diagnostics.add(new Diagnostic("no-article-text", "no article text found on the page"));
    }
    return new Article(
        title,
        body.text(),
        body.offsets(),
        published,
        language,
        removed + body.dropped(),
        diagnostics);
  }

  /** Whether JSON-LD's article body says more than twice what the markup yielded. */
  private static boolean prefersJsonLd(String markupText, JsonLd jsonLd) {
    String body = jsonLd.articleBody();
    return body != null
        && body.length() >= MIN_JSON_LD_CHARS
        && markupText.length() * 2 < body.length();
  }
}
