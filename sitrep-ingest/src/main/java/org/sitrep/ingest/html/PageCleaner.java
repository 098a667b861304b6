package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.sitrep.model.Diagnostic;

/**
 * Removes what can never be article text before the content is searched: scripts and styles, hidden
 * elements, forms and widgets, navigation landmarks, and elements whose names say they are page
 * furniture (share bars, cookie banners, comments, related links, ...). Also flattens elements
 * nested past the depth limit, so later passes see a tree of bounded depth. Not thread-safe; one
 * cleaner per page.
 */
final class PageCleaner {
  /** Elements whose content is never article text. */
  private static final Set<String> NEVER_TEXT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "svg",
          "canvas",
          "object",
          "embed",
          "button",
          "select",
          "input",
          "textarea",
          "option",
          "link",
          "meta",
          "nav",
          "aside",
          "footer",
          "figcaption",
          "dialog",
          "menu",
          "audio",
          "video",
          "picture",
          "map",
          "head",
          "math",
          "applet",
          "frame",
          "frameset",
          "source",
          "track",
          "img");

  /** Links and emphasis inside a sentence; their names never make them furniture. */
  private static final Set<String> SENTENCE_TAGS =
      Set.of("a", "b", "i", "em", "strong", "abbr", "q", "cite", "mark", "sup", "sub");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private final int maxDepth;
  private final List<Diagnostic> diagnostics;

  PageCleaner(int maxDepth, List<Diagnostic> diagnostics) {
    this.maxDepth = maxDepth;
    this.diagnostics = diagnostics;
  }

  /** Cleans {@code page} in place; returns how many blocks were removed. */
  int clean(Document page) {
    flattenDeepElements(page);
    Element body = page.body();
    TextStatistics statistics = TextStatistics.of(body);
    Set<Element> wrappers = articleWrappers(page);
    List<Element> doomed = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (!element.equals(body)
          && !wrappers.contains(element)
          && isBoilerplate(element, statistics, body)) {
        doomed.add(element);
      }
    }
    int removed = 0;
    for (Element element : doomed) {
      // A descendant of an element removed earlier is already gone from the tree.
      if (element.parent() != null) {
        element.remove();
        // Count blocks a reader would have seen, not scripts and images.
        removed += statistics.chars(element) > 0 ? 1 : 0;
      }
    }
    return removed;
  }

  /**
   * Elements that hold the article's explicit markers (the headline, {@code itemprop=articleBody}):
   * layouts name such wrappers after their sidebar ("container with-sidebar"), never remove them.
   */
  private static Set<Element> articleWrappers(Document page) {
    Set<Element> wrappers = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element marker : page.select("[itemprop=articleBody], h1")) {
      wrappers.add(marker);
      wrappers.addAll(marker.parents());
    }
    return wrappers;
  }

  private boolean isBoilerplate(Element element, TextStatistics statistics, Element body) {
    String tag = element.normalName();
    if (NEVER_TEXT.contains(tag) || isHidden(element)) {
      return true;
    }
    // Names on links and spans inside a sentence ("icon", "auto-tag") say nothing about the
    // sentence; removing them would cut words out of the article.
    if (tag.equals("article")
        || tag.equals("main")
        || isArticleBody(element)
        || SENTENCE_TAGS.contains(tag)) {
      return false;
    }
    if (!ClassHints.isFurniture(element) || statistics.isQuotation(element)) {
      return false;
    }
    String names = ClassHints.names(element);
    if (names.contains("comment") || !element.attr("role").isEmpty()) {
      return true;
    }
    // A layout column can be named after the sidebar beside it; one holding most of the page's
    // paragraphs is the article's column, not furniture.
    if (statistics.paragraphs(element) * 2 > statistics.paragraphs(body)) {
      return false;
    }
    if (ClassHints.isStrongFurniture(element)) {
      return true;
    }
    // Weakly named furniture ("meta", "has-image") can wrap a whole article or a section of it
    // (a recipe card); prose of several paragraphs with few links is kept.
    boolean prose =
        statistics.paragraphs(element) >= TextAssembler.MIN_PROSE_PARAGRAPHS
            && statistics.linkDensity(element) < 0.25;
    return !prose && statistics.chars(element) * 4 < statistics.chars(body);
  }

  private static boolean isArticleBody(Element element) {
    return element.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  private static boolean isHidden(Element element) {
    if (element.hasAttr("hidden")
        || element.attr("aria-hidden").equalsIgnoreCase("true")
        || element.attr("type").equalsIgnoreCase("hidden")) {
      return true;
    }
    String style = element.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Unwraps every element deeper than the limit into its ancestor at the limit, keeping its text.
   * Parsing does not bound depth, and a bounded tree keeps every later pass cheap.
   */
  private void flattenDeepElements(Document page) {
    List<Element> tooDeep = new ArrayList<>();
    int[] deepest = {0};
    NodeTraversor.traverse(
        (Node node, int depth) -> {
          if (node instanceof Element element && depth > maxDepth) {
            tooDeep.add(element);
          }
          deepest[0] = Math.max(deepest[0], depth);
        },
        page);
    if (tooDeep.isEmpty()) {
      return;
    }
    for (Element element : tooDeep) {
      element.unwrap();
    }
    diagnostics.add(
        new Diagnostic(
            "html-too-deep",
            "page nests "
                + deepest[0]
                + " levels deep; "
                + tooDeep.size()
                + " elements below depth "
                + maxDepth
                + " were flattened"));
  }
}
