package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold a cleaned page's article, readability-style: every paragraph scores
 * for its text length and punctuation, the score flows to its parent and, fading, to further
 * ancestors; an ancestor's score is cut by its link density and moved by its class names. The best
 * ancestor wins, joined by siblings that look like more of the same article. Explicit markup
 * ({@code itemprop=articleBody}) wins over scoring. Not thread-safe; one finder per page.
 */
final class ContentFinder {
  private static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int ANCESTOR_LEVELS = 5;
  private static final int MIN_RIVALS = 3;
  private static final double RIVAL_SHARE = 0.75;
  private static final int MIN_MARKED_CHARS = 250;
  private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td");

  private final TextStatistics statistics;
  private final IdentityHashMap<Element, Double> scores = new IdentityHashMap<>();
  // Candidates in the order first scored (document order), so ties break the same way every run.
  private final List<Element> candidates = new ArrayList<>();

  ContentFinder(TextStatistics statistics) {
    this.statistics = statistics;
  }

  /** The article's elements in document order; empty when the page has no text. */
  List<Element> find(Document page) {
    List<Element> marked = markedArticleBodies(page);
    if (!marked.isEmpty()) {
      return marked;
    }
    Element headlineArticle = headlineArticle(page);
    Element best = bestCandidate(page.body(), headlineArticle);
    if (best == null) {
      return List.of();
    }
    Element ceiling = headlineArticle == null ? page.body() : headlineArticle;
    return withSiblings(onlyChildWrapper(promoted(best, ceiling), ceiling));
  }

  private List<Element> markedArticleBodies(Document page) {
    List<Element> bodies = new ArrayList<>();
    int chars = 0;
    for (Element element : page.select("[itemprop=articleBody]")) {
      if (bodies.stream().noneMatch(outer -> element.parents().contains(outer))) {
        bodies.add(element);
        chars += statistics.chars(element);
      }
    }
    return chars >= MIN_MARKED_CHARS ? bodies : List.of();
  }

  /**
   * The {@code <article>} that holds the page's headline ({@code h1}) and text of its own, or null.
   * Pages list other articles (teasers, "you may also like") in {@code <article>}s too; the one
   * with the headline is the page's own.
   */
  private Element headlineArticle(Document page) {
    Element headline = null;
    for (Element h1 : page.body().select("h1")) {
      if (statistics.linkDensity(h1) < 0.5 && statistics.chars(h1) > 0) {
        headline = h1;
        break;
      }
    }
    Element article = headline == null ? null : headline.closest("article");
    if (article == null || statistics.paragraphs(article) < 2) {
      return null;
    }
    return article;
  }

  private Element bestCandidate(Element body, Element within) {
    for (Element element : body.getAllElements()) {
      if (isParagraph(element)) {
        scoreParagraph(element, body);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Element candidate : candidates) {
      double score = scores.get(candidate) * (1 - statistics.linkDensity(candidate));
      scores.put(candidate, score);
      boolean eligible =
          within == null || candidate.equals(within) || candidate.parents().contains(within);
      if (eligible && score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The best candidate's ancestor when the article is split into several high-scoring blocks (one
   * wrapper per paragraph): the ancestor holding three of the top blocks, or one that scores more
   * than the candidate itself.
   */
  private Element promoted(Element best, Element ceiling) {
    double bestScore = scores.get(best);
    List<Element> rivals = new ArrayList<>();
    for (Element candidate : candidates) {
      if (!candidate.equals(best) && scores.get(candidate) >= bestScore * RIVAL_SHARE) {
        rivals.add(candidate);
      }
    }
    if (rivals.size() >= MIN_RIVALS) {
      for (Element ancestor : ancestorsUpTo(best, ceiling)) {
        if (contained(rivals, ancestor) >= MIN_RIVALS) {
          return risen(ancestor, ceiling);
        }
      }
    }
    return risen(best, ceiling);
  }

  /** The ancestors of {@code element}, nearest first, up to and including {@code ceiling}. */
  private static List<Element> ancestorsUpTo(Element element, Element ceiling) {
    List<Element> ancestors = new ArrayList<>();
    if (element.equals(ceiling)) {
      return ancestors;
    }
    for (Element parent : element.parents()) {
      ancestors.add(parent);
      if (parent.equals(ceiling)) {
        break;
      }
    }
    return ancestors;
  }

  /** The outermost wrapper that holds nothing but {@code best}, so its siblings are found. */
  private static Element onlyChildWrapper(Element best, Element ceiling) {
    Element wrapper = best;
    for (Element parent : ancestorsUpTo(best, ceiling)) {
      if (parent.equals(ceiling) || parent.childrenSize() != 1) {
        break;
      }
      wrapper = parent;
    }
    return wrapper;
  }

  private static boolean sameNames(Element sibling, Element best) {
    return !best.className().isEmpty() && best.className().equals(sibling.className());
  }

  private static int contained(List<Element> rivals, Element ancestor) {
    int count = 0;
    for (Element rival : rivals) {
      if (rival.parents().contains(ancestor)) {
        count++;
      }
    }
    return count;
  }

  /** Climbs while an ancestor scores better than the candidate, as a wrapper of split text does. */
  private Element risen(Element best, Element ceiling) {
    double last = scores.getOrDefault(best, 0.0);
    double floor = last / 3;
    for (Element parent : ancestorsUpTo(best, ceiling)) {
      Double score = scores.get(parent);
      if (score == null) {
        continue;
      }
      if (score < floor) {
        break;
      }
      if (score > last) {
        return parent;
      }
      last = score;
    }
    return best;
  }

  private boolean isParagraph(Element element) {
    int chars = statistics.inlineChars(element);
    return !statistics.isInline(element)
        && !element.normalName().equals("h1")
        && chars >= MIN_PARAGRAPH_CHARS
        && statistics.inlineLinkChars(element) * 2 < chars;
  }

  private void scoreParagraph(Element paragraph, Element body) {
    int chars = statistics.inlineChars(paragraph);
    double score = 1 + statistics.inlinePunctuation(paragraph) + Math.min(chars / 100.0, 3);
    // A container with text of its own (a div of text and <br>s) is a candidate itself; the
    // body is the last candidate, never its parent (which holds the head).
    if (CONTAINERS.contains(paragraph.normalName()) || paragraph.equals(body)) {
      addScore(paragraph, score);
    }
    Element ancestor = paragraph.equals(body) ? null : paragraph.parent();
    for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
      double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
      addScore(ancestor, score * share);
      if (ancestor.equals(body)) {
        break;
      }
      ancestor = ancestor.parent();
    }
  }

  private void addScore(Element candidate, double score) {
    if (!scores.containsKey(candidate)) {
      scores.put(candidate, initialScore(candidate));
      candidates.add(candidate);
    }
    scores.merge(candidate, score, Double::sum);
  }

  private static double initialScore(Element element) {
    double score =
        switch (element.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return score + ClassHints.weight(element);
  }

  /** The winner and the siblings that continue its article (same names, prose, no link lists). */
  private List<Element> withSiblings(Element best) {
    Element parent = best.parent();
    if (parent == null || best.normalName().equals("body")) {
      return List.of(best);
    }
    double bestScore = scores.getOrDefault(best, 0.0);
    double threshold = Math.max(10, bestScore * 0.2);
    List<Element> content = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling.equals(best) || continuesArticle(sibling, best, threshold)) {
        content.add(sibling);
      }
    }
    return content;
  }

  private boolean continuesArticle(Element sibling, Element best, double threshold) {
    // Sibling <article>s are other articles: teasers, "you may also like", the next post.
    if (sibling.normalName().equals("article")) {
      return false;
    }
    double bonus = sameNames(sibling, best) ? scores.getOrDefault(best, 0.0) * 0.2 : 0;
    if (scores.containsKey(sibling) && scores.get(sibling) + bonus >= threshold) {
      return true;
    }
    double linkDensity = statistics.linkDensity(sibling);
    if (sameNames(sibling, best) && statistics.paragraphs(sibling) > 0 && linkDensity < 0.25) {
      // A section of the article whose paragraphs sit too deep to have scored for this level.
      return true;
    }
    int chars = statistics.inlineChars(sibling);
    if (statistics.isInline(sibling) || chars != statistics.chars(sibling)) {
      return false;
    }
    return (chars > 80 && linkDensity < 0.25)
        || (chars > 0 && linkDensity == 0 && statistics.inlinePunctuation(sibling) > 0);
  }
}
