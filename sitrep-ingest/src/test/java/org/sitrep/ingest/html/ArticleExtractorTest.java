package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Limits;

class ArticleExtractorTest {
  private static final String FIRST =
      "Gunmen attacked a police checkpoint on the northern highway early on Tuesday, killing"
          + " at least twelve officers, the provincial governor said.";
  private static final String SECOND =
      "Witnesses said the attackers arrived on motorcycles, opened fire, and set two vehicles"
          + " alight before fleeing towards the border, officials added.";
  private static final String THIRD =
      "No group has claimed responsibility, but the region has seen repeated raids by armed"
          + " groups in recent months, according to local reports.";

  private final ArticleExtractor extractor = new ArticleExtractor(Limits.DEFAULT);

  private static String page(String head, String body) {
    return "<!doctype html><html lang=\"en\"><head>"
        + head
        + "</head><body>"
        + body
        + "</body></html>";
  }

  private static String story() {
    return "<div class=\"story-body\"><p>"
        + FIRST
        + "</p><p>"
        + SECOND
        + "</p><p>"
        + THIRD
        + "</p></div>";
  }

  @Test
  void keepsParagraphsInOrderSeparatedByBlankLines() {
    String text = extractor.extract(page("", story()), null).text();

    assertThat(text).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
  }

  @Test
  void dropsNavigationHeaderAndFooter() {
    String html =
        page(
            "",
            "<header><a href=/>Home</a> <a href=/world>World news today</a></header>"
                + "<nav><ul><li><a href=/a>Politics and elections</a></li>"
                + "<li><a href=/b>Business and markets</a></li></ul></nav>"
                + story()
                + "<footer><p>Copyright 2024 Daily Example. All rights reserved, everywhere.</p>"
                + "</footer>");

    String text = extractor.extract(html, null).text();

    assertThat(text).startsWith(FIRST).endsWith(THIRD);
    assertThat(text).doesNotContain("Politics", "Copyright", "World news");
  }

  @Test
  void dropsCookieBanner() {
    String html =
        page(
            "",
            "<div id=\"cookie-consent\"><p>We use cookies to improve your experience, analyse"
                + " traffic, and personalise ads. By continuing, you agree.</p></div>"
                + story());

    Article article = extractor.extract(html, null);

    assertThat(article.text()).doesNotContain("cookies").contains(FIRST);
    assertThat(article.boilerplateRemoved()).isPositive();
  }

  @Test
  void dropsCommentsShareBarsNewsletterBoxesAndCaptions() {
    String html =
        page(
            "",
            "<article><h1>Checkpoint attack</h1>"
                + "<div class=\"share-bar\"><a href=#>Share on Facebook</a> <a href=#>Tweet</a></div>"
                + "<figure><img src=x.jpg><figcaption>Police at the scene. Photo: Agency, 2024"
                + "</figcaption></figure>"
                + story()
                + "<div class=\"newsletter-signup\"><p>Get the morning briefing, every day, free,"
                + " in your inbox.</p></div></article>"
                + "<section id=\"comments\"><p>What a terrible, terrible day, thoughts with the"
                + " families, really.</p></section>");

    String text = extractor.extract(html, null).text();

    assertThat(text).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
  }

  @Test
  void dropsRelatedLinkLists() {
    String html =
        page(
            "",
            story()
                + "<div class=\"more-news\"><h3>More news</h3><ul>"
                + "<li><a href=/1>Floods displace thousands in the south of the country</a></li>"
                + "<li><a href=/2>Parliament passes the new budget after a long debate</a></li>"
                + "<li><a href=/3>Election commission announces the final results</a></li>"
                + "</ul></div>");

    String text = extractor.extract(html, null).text();

    assertThat(text).doesNotContain("Floods", "Parliament", "Election");
  }

  @Test
  void putsHeadingsAndListItemsInParagraphsOfTheirOwn() {
    String html =
        page(
            "",
            "<div class=\"article-content\"><p>"
                + FIRST
                + "</p><h2>What happened next</h2><p>"
                + SECOND
                + "</p><ul><li>Twelve officers were killed, officials said.</li>"
                + "<li>Two vehicles were burned near the checkpoint.</li></ul><p>"
                + THIRD
                + "</p></div>");

    String text = extractor.extract(html, null).text();

    assertThat(text.split("\n\n"))
        .containsExactly(
            FIRST,
            "What happened next",
            SECOND,
            "Twelve officers were killed, officials said.",
            "Two vehicles were burned near the checkpoint.",
            THIRD);
  }

  @Test
  void decodesEntitiesCollapsesWhitespaceAndKeepsNonAsciiText() {
    String html =
        page(
            "",
            "<div class=\"entry-content\"><p>Fighters   of  the \n group &amp; their allies"
                + " entered Kʼicheʼ and Mossoró on Sunday, says “Al-Mayadeen” — مصدر محلي.</p>"
                + "<p>"
                + SECOND
                + "</p><p>"
                + THIRD
                + "</p></div>");

    String text = extractor.extract(html, null).text();

    assertThat(text)
        .startsWith(
            "Fighters of the group & their allies entered Kʼicheʼ and Mossoró on Sunday, says"
                + " “Al-Mayadeen” — مصدر محلي.");
  }

  @Test
  void prefersTheMarkedArticleBody() {
    String html =
        page(
            "",
            "<div class=\"teaser\"><p>"
                + "An unrelated teaser paragraph that is long enough, with commas, to score, and"
                + " then some more words, so it competes, seriously.</p></div>"
                + "<div itemprop=\"articleBody\"><p>"
                + FIRST
                + "</p><p>"
                + SECOND
                + "</p></div>");

    String text = extractor.extract(html, null).text();

    assertThat(text).isEqualTo(FIRST + "\n\n" + SECOND);
  }

  @Test
  void fallsBackToJsonLdBodyWhenTheMarkupHoldsNoText() {
    String body = FIRST + "\\n" + SECOND + "\\n" + THIRD + "\\n" + FIRST.replace("twelve", "ten");
    String html =
        page(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + body
                + "\"}</script>",
            "<div id=\"app\"><p>Loading…</p></div>");

    Article article = extractor.extract(html, null);

    assertThat(article.text()).startsWith(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    assertThat(article.diagnostics())
        .anySatisfy(diagnostic -> assertThat(diagnostic.code()).isEqualTo("text-from-json-ld"));
    assertEveryPlainWordMapsToItself(article, html);
  }

  @Test
  void readsTitleFromOpenGraphBeforeTheTitleElement() {
    String html =
        page(
            "<meta property=\"og:title\" content=\"Twelve police killed in checkpoint attack\">"
                + "<title>Other title | Daily Example</title>",
            story());

    assertThat(extractor.extract(html, null).title())
        .isEqualTo("Twelve police killed in checkpoint attack");
  }

  @Test
  void readsTitleFromJsonLdHeadline() {
    String html =
        page(
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Checkpoint attack kills twelve\","
                + "\"datePublished\":\"2021-08-26T18:40:00+04:30\"}</script>",
            story());

    Article article = extractor.extract(html, null);

    assertThat(article.title()).isEqualTo("Checkpoint attack kills twelve");
    assertThat(article.published().value()).isEqualTo(LocalDate.of(2021, 8, 26));
    assertThat(article.published().detail()).contains("JSON-LD");
  }

  @Test
  void cleansSiteNameFromTheTitleElement() {
    String html =
        page("<title>Twelve police killed in checkpoint attack | Daily Example</title>", "");

    assertThat(extractor.extract(html, null).title())
        .isEqualTo("Twelve police killed in checkpoint attack");
  }

  @Test
  void readsDateFromArticlePublishedTimeMeta() {
    String html =
        page(
            "<meta property=\"article:published_time\" content=\"2019-11-19T23:30:00-05:00\">",
            story());

    Article article = extractor.extract(html, null);

    assertThat(article.published().value()).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(article.published().evidence()).isEqualTo(DateEvidence.HTML_META);
    assertThat(article.published().detail()).contains("article:published_time");
  }

  @Test
  void readsDateFromParselyAndDublinCoreMeta() {
    String parsely = page("<meta name=\"parsely-pub-date\" content=\"2020-01-02T10:00:00Z\">", "");
    String dublinCore = page("<meta name=\"DC.date.issued\" content=\"2018/03/04\">", "");

    assertThat(extractor.extract(parsely, null).published().value())
        .isEqualTo(LocalDate.of(2020, 1, 2));
    assertThat(extractor.extract(dublinCore, null).published().value())
        .isEqualTo(LocalDate.of(2018, 3, 4));
  }

  @Test
  void readsDateFromTimeElement() {
    String html = page("", "<time datetime=\"2017-05-06\">6 May</time>" + story());

    Article article = extractor.extract(html, null);

    assertThat(article.published().value()).isEqualTo(LocalDate.of(2017, 5, 6));
    assertThat(article.published().detail()).contains("time");
  }

  @Test
  void publicationDateIsUnknownWithoutDateMarkup() {
    Article article = extractor.extract(page("", story()), null);

    assertThat(article.published().isKnown()).isFalse();
    assertThat(article.published().evidence()).isEqualTo(DateEvidence.UNKNOWN);
  }

  @Test
  void readsLanguageFromHtmlLang() {
    assertThat(extractor.extract(page("", story()), null).language()).isEqualTo("en");
    assertThat(extractor.extract("<p>no lang</p>", null).language()).isNull();
  }

  @Test
  void survivesDeeplyNestedHtml() {
    int depth = 100_000;
    String html = "<div>".repeat(depth) + "<p>" + FIRST + "</p>" + "</div>".repeat(depth);

    Article article = extractor.extract(html, null);

    assertThat(article.text()).isEqualTo(FIRST);
    assertThat(article.diagnostics())
        .anySatisfy(diagnostic -> assertThat(diagnostic.code()).isEqualTo("html-too-deep"));
  }

  @Test
  void survivesDeeplyNestedInlineElementsAndUnclosedTags() {
    String html = "<p>" + "<span><b><i>".repeat(30_000) + FIRST + "<table><tr><td>" + SECOND;

    Article article = extractor.extract(html, null);

    assertThat(article.text()).contains("Gunmen attacked");
  }

  @Test
  void readsTextWrittenStraightIntoTheBodyWithoutTheHead() {
    String html = "<title>Daily Example | Home</title>" + FIRST + "<br>" + SECOND;

    assertThat(extractor.extract(html, null).text()).isEqualTo(FIRST + "\n\n" + SECOND);
  }

  @Test
  void returnsEmptyTextForPagesWithoutText() {
    Article article = extractor.extract("", null);

    assertThat(article.text()).isEmpty();
    assertThat(article.diagnostics())
        .anySatisfy(diagnostic -> assertThat(diagnostic.code()).isEqualTo("no-article-text"));
  }

  @Property(tries = 300)
  void neverThrowsOnGarbage(@ForAll @StringLength(max = 400) String garbage) {
    Article article = extractor.extract(garbage, "not a url");

    assertThat(article.text()).doesNotContain("\n\n\n");
    for (int i = 0; i < article.text().length(); i++) {
      assertThat(article.offsets().toOriginal(i)).isBetween(0, Math.max(0, garbage.length()));
    }
  }

  @Property(tries = 200)
  void neverThrowsOnBrokenMarkup(@ForAll("brokenHtml") String html) {
    Article article = extractor.extract(html, null);

    assertThat(article.text()).isNotNull();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> brokenHtml() {
    return net.jqwik.api.Arbitraries.of(
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<a href=x>",
            "</a>",
            "<script>",
            "</script>",
            "<table>",
            "<td>",
            "<!--",
            "-->",
            "&amp;",
            "&#xD800;",
            "&bogus;",
            "<![CDATA[",
            "<svg><foreignObject>",
            "text, words.",
            " ",
            "\u0000",
            "<meta property=og:title",
            "<script type=application/ld+json>{\"@type\":[",
            "<time datetime=9999-99-99>")
        .list()
        .ofMaxSize(60)
        .map(parts -> String.join("", parts));
  }

  @Test
  void offsetsMapEveryWordBackToTheSource() {
    String html =
        page(
            "<title>t</title>",
            "<div class=\"article-body\"><p>Rebels &amp; soldiers clashed near  Goma,\n"
                + " the <b>army</b> said.</p><p>"
                + SECOND
                + "</p><p>"
                + THIRD
                + "</p></div>");

    Article article = extractor.extract(html, null);

    assertEveryPlainWordMapsToItself(article, html);
  }

  private static void assertEveryPlainWordMapsToItself(Article article, String html) {
    assertThat(OffsetSample.of(article, html).misses()).isEmpty();
  }

  @Test
  void paragraphBreaksMapToTheParagraphThatFollows() {
    String html = page("", story());

    Article article = extractor.extract(html, null);
    int paragraphBreak = article.text().indexOf("\n\n");

    assertThat(article.offsets().toOriginal(paragraphBreak))
        .isEqualTo(article.offsets().toOriginal(paragraphBreak + 2))
        .isEqualTo(html.indexOf(SECOND));
  }

  @Test
  void dropsTheHeadlineWhereTheBodyRepeatsIt() {
    String html =
        page(
            "<meta property=\"og:title\" content=\"Twelve police killed in checkpoint attack\">",
            "<div class=\"story\"><p class=\"headline\">Twelve police killed in checkpoint attack</p>"
                + "<p>"
                + FIRST
                + "</p><p>"
                + SECOND
                + "</p></div>");

    assertThat(extractor.extract(html, null).text()).isEqualTo(FIRST + "\n\n" + SECOND);
  }

  @Test
  void keepsQuotedPostsEmbeddedInTheArticle() {
    String html =
        page(
            "",
            "<div class=\"entry-content\"><p>"
                + FIRST
                + "</p><div class=\"social-embed\"><blockquote class=\"twitter-tweet\"><p>We"
                + " mourn our twelve colleagues, the police union wrote.</p>— Police Union"
                + " <a href=\"https://x.example/1\">Nov 19, 2019</a></blockquote></div><p>"
                + SECOND
                + "</p></div>");

    assertThat(extractor.extract(html, null).text()).contains("We mourn our twelve colleagues");
  }

  @Test
  void extractionIsDeterministic() {
    String html =
        page(
            "<meta property=\"og:title\" content=\"Same\">",
            "<div class=\"a\"><p>"
                + FIRST
                + "</p></div><div class=\"b\"><p>"
                + FIRST
                + "</p></div>"
                + story());

    Article first = extractor.extract(html, "https://example.org/a");
    Article second = new ArticleExtractor(Limits.DEFAULT).extract(html, "https://example.org/a");

    assertThat(second).isEqualTo(first);
  }
}
