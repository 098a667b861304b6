package org.sitrep.ingest.html;

import org.sitrep.model.Limits;

/** Finds the main text of a web page. Thread-safe. (Being written.) */
public final class ArticleExtractor {
  private final Limits limits;

  public ArticleExtractor(Limits limits) {
    this.limits = limits;
  }

  /** Extracts the article of {@code html}; never throws on bad HTML. */
  public Article extract(String html, String url) {
    throw new UnsupportedOperationException("not yet: " + limits + url + html.length());
  }
}
