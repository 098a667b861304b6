/**
 * Main-text extraction from web pages: the article body, its title, publication date and language,
 * with offsets back to the HTML source. {@link org.sitrep.ingest.html.ArticleExtractor} is the
 * front door; the other types are the steps it runs (clean, score, assemble) and the hints they
 * share.
 */
package org.sitrep.ingest.html;
