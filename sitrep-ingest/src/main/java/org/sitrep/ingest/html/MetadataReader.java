package org.sitrep.ingest.html;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.PublicationDate;

/**
 * Reads what a page says about its article outside the body: title, publication date and language.
 * Stateless and thread-safe.
 */
final class MetadataReader {
  /** Meta tags that carry the publication date, most trusted first (lower-cased keys). */
  private static final List<String> DATE_KEYS =
      List.of(
          "article:published_time",
          "og:published_time",
          "og:article:published_time",
          "article:published",
          "datepublished",
          "parsely-pub-date",
          "sailthru.date",
          "dc.date.issued",
          "dc.date",
          "dcterms.issued",
          "dcterms.date",
          "dcterms.created",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "article.published",
          "article_date_original",
          "date",
          "og:updated_time",
          "article:modified_time");

  /** Separators between a headline and the site name in {@code <title>}. */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—:·•»«]|::)\\s+");

  private MetadataReader() {}

  /**
   * The headline: {@code og:title}, else JSON-LD's {@code headline}, else the first {@code h1} when
   * {@code <title>} contains it (a logo in an {@code h1} does not), else {@code <title>} without
   * the site name, else the {@code h1}.
   */
  static String title(Document page, Map<String, String> meta, JsonLd jsonLd) {
    String title = meta.get("og:title");
    if (blank(title)) {
      title = jsonLd.headline();
    }
    if (blank(title)) {
      title = headlineOrTitle(page);
    }
    return blank(title) ? null : withoutSiteName(title.strip());
  }

  private static String headlineOrTitle(Document page) {
    Element h1 = page.selectFirst("h1");
    String headline = h1 == null ? "" : h1.text().strip();
    String title = page.title().strip();
    if (!headline.isEmpty() && (title.isEmpty() || title.contains(headline))) {
      return headline;
    }
    return title.isEmpty() ? null : title;
  }

  /**
   * Drops a trailing site name: "Blast kills 12 | Daily News" to "Blast kills 12". Only a short
   * last segment after a long first one goes; a leading short segment is more often a topic
   * ("Atkins diet - lose 10 kg") than a site name.
   */
  static String withoutSiteName(String title) {
    Matcher separator = TITLE_SEPARATOR.matcher(title);
    int lastStart = -1;
    int lastEnd = -1;
    while (separator.find()) {
      lastStart = separator.start();
      lastEnd = separator.end();
    }
    if (lastStart < 0) {
      return title;
    }
    String head = title.substring(0, lastStart);
    String siteName = title.substring(lastEnd);
    return words(siteName) <= 4 && words(head) >= 3 ? head.strip() : title;
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  static PublicationDate published(Document page, Map<String, String> meta, JsonLd jsonLd) {
    for (String key : DATE_KEYS) {
      Optional<LocalDate> date = MetaDates.parse(meta.get(key));
      if (date.isPresent()) {
        return PublicationDate.of(date.get(), DateEvidence.HTML_META, "meta " + key);
      }
      if (key.equals("article:published")) {
        date = MetaDates.parse(jsonLd.datePublished());
        if (date.isPresent()) {
          return PublicationDate.of(date.get(), DateEvidence.HTML_META, "JSON-LD datePublished");
        }
      }
    }
    return fromTimeElement(page);
  }

  private static PublicationDate fromTimeElement(Document page) {
    Element time = page.selectFirst("time[pubdate][datetime], [itemprop=datePublished][datetime]");
    if (time == null) {
      time = page.selectFirst("time[datetime]");
    }
    Optional<LocalDate> date =
        time == null ? Optional.empty() : MetaDates.parse(time.attr("datetime"));
    return date.map(d -> PublicationDate.of(d, DateEvidence.HTML_META, "<time datetime>"))
        .orElseGet(() -> PublicationDate.unknown("no date in meta tags, JSON-LD or <time>"));
  }

  /** The declared language ({@code <html lang>}, else {@code content-language}), or null. */
  static String language(Document page, Map<String, String> meta) {
    Element html = page.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").strip();
    if (lang.isEmpty()) {
      lang = meta.getOrDefault("content-language", "").strip();
    }
    return lang.isEmpty() ? null : lang;
  }

  /** Every meta tag's content by its lower-cased {@code property}, {@code name} or itemprop. */
  static Map<String, String> metaContents(Document page) {
    Map<String, String> contents = new HashMap<>();
    for (Element meta : page.select("meta[content]")) {
      for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
        String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          contents.putIfAbsent(key, meta.attr("content"));
        }
      }
    }
    return contents;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
