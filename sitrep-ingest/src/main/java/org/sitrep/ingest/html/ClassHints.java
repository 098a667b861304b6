package org.sitrep.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about it:
 * whether it names article content or page furniture (navigation, share bars, ads, captions, ...).
 * Stateless and thread-safe.
 */
final class ClassHints {
  /** Names of article content. */
  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|main|post|text|blog|story|prose|richtext|rich-text"
              + "|h-entry|page-content|news-detail|detail");

  /** Names of page furniture; matched inside longer names ("post-comments", "sharebar"). */
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "comment|footer|footnote|masthead|sidebar|side-bar|widget|related|recommend|promo"
              + "|sponsor|advert|banner|share|sharing|social|cookie|consent|gdpr|newsletter"
              + "|subscri|signup|sign-up|popup|modal|breadcrumb|byline|author|caption"
              + "|credit|pagination|pager|outbrain|taboola|disqus|toolbar|most-popular|mostpopular"
              + "|trending|read-more|readmore|more-stories|skip|navbar|navigation|menu|tags"
              + "|dateline|timestamp|print|email|rating|donate|supplement|teaser|overlay|alert"
              + "|breaking|ticker|hidden|visually-hidden|sr-only|screen-reader|login|register");

  /**
   * Names of furniture whatever its size or shape: no article is called "comments", "widget" or
   * "cookie-banner". Other furniture names ("meta", "has-image") also label article sections.
   */
  private static final Pattern STRONG =
      Pattern.compile(
          "comment|cookie|consent|gdpr|newsletter|related|recommend|outbrain|taboola|disqus"
              + "|share|sharing|social|sidebar|side-bar|most-popular|mostpopular|trending"
              + "|breadcrumb|subscri|signup|sign-up|popup|modal|widget|footer|promo|advert"
              + "|sponsor|banner|masthead|navbar|navigation|menu|(?:^|[^a-z0-9])(?:ad|ads|cta|nav)"
              + "(?:[^a-z0-9]|$)");

  /** Short furniture names that must stand as a whole word ({@code ad} but not {@code head}). */
  private static final Pattern NEGATIVE_WORD =
      Pattern.compile(
          "(?:^|[^a-z0-9])(?:ad|ads|adv|nav|meta|share|tag|rail|aside|foot|more|links|bio|dfp"
              + "|gpt|cta|embed|video|photo|gallery|image|img|figure|media|icon|button|btn|label)"
              + "(?:[^a-z0-9]|$)");

  /** Roles of furniture in ARIA landmarks. */
  private static final Pattern NEGATIVE_ROLE =
      Pattern.compile("navigation|banner|contentinfo|complementary|search|dialog|alert|menu");

  private ClassHints() {}

  /** The {@code class}, {@code id} and {@code itemprop} of {@code element}, lower-cased. */
  static String names(Element element) {
    String names = element.className() + " " + element.id() + " " + element.attr("itemprop");
    return names.toLowerCase(Locale.ROOT).trim();
  }

  /** Readability's class weight: +25 for content names, -25 for furniture names. */
  static int weight(Element element) {
    String names = names(element);
    if (names.isEmpty()) {
      return 0;
    }
    int weight = 0;
    if (isPositive(names)) {
      weight += 25;
    }
    if (isNegative(names)) {
      weight -= 25;
    }
    return weight;
  }

  /** Whether {@code element} names itself page furniture and not content. */
  static boolean isFurniture(Element element) {
    String role = element.attr("role").toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && NEGATIVE_ROLE.matcher(role).find()) {
      return true;
    }
    String names = names(element);
    return !names.isEmpty() && isNegative(names) && !isPositive(names);
  }

  /** Whether {@code element} is furniture by a name no article section carries. */
  static boolean isStrongFurniture(Element element) {
    String names = names(element);
    return isFurniture(element) && STRONG.matcher(names).find();
  }

  static boolean isPositive(String names) {
    return POSITIVE.matcher(names).find();
  }

  static boolean isNegative(String names) {
    return NEGATIVE.matcher(names).find() || NEGATIVE_WORD.matcher(names).find();
  }
}
