package org.sitrep.ingest.html;

import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text each element of a tree holds: all of it, in links, and "inline" (reachable without
 * crossing a block element, so the text of the element's own paragraph). Counted in one iterative
 * pass, so trees of any depth cost linear time and no stack. Characters are non-whitespace chars. A
 * snapshot: computed for the tree as it was. Not thread-safe.
 */
final class TextStatistics {
  /** Tags that stay inside the paragraph that contains them. */
  static final Set<String> INLINE_TAGS =
      Set.of(
          "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del",
          "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "q", "s", "samp", "small",
          "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "nobr");

  /** Tags that start a paragraph of their own. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "legend",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "iframe",
          "noscript",
          "title",
          "head",
          "listing",
          "plaintext",
          "xmp",
          "option",
          "select",
          "textarea",
          "video",
          "audio",
          "canvas",
          "svg",
          "math",
          "object",
          "embed",
          "template",
          "frameset",
          "frame");

  private static final Counts NONE = new Counts();

  private final IdentityHashMap<Element, Counts> counts = new IdentityHashMap<>();

  private TextStatistics() {}

  /** Counts the text of {@code root} and of every element below it. */
  static TextStatistics of(Element root) {
    TextStatistics statistics = new TextStatistics();
    NodeTraversor.traverse(statistics.new Counter(), root);
    return statistics;
  }

  /** Non-whitespace characters of the element's text. */
  int chars(Element element) {
    return countsOf(element).chars;
  }

  /** Non-whitespace characters of the element's text that sit inside links. */
  int linkChars(Element element) {
    return countsOf(element).linkChars;
  }

  /** The share of the element's text inside links, 0 for an element without text. */
  double linkDensity(Element element) {
    Counts c = countsOf(element);
    return c.chars == 0 ? 0 : (double) c.linkChars / c.chars;
  }

  /** Commas and sentence ends of the element's text (any script's). */
  int punctuation(Element element) {
    return countsOf(element).punctuation;
  }

  /** Characters of the element's own paragraph: text not inside a nested block element. */
  int inlineChars(Element element) {
    return countsOf(element).inlineChars;
  }

  int inlineLinkChars(Element element) {
    return countsOf(element).inlineLinkChars;
  }

  int inlinePunctuation(Element element) {
    return countsOf(element).inlinePunctuation;
  }

  /** Elements with a paragraph of their own (inline text of 25 chars or more) below this one. */
  int paragraphs(Element element) {
    return countsOf(element).paragraphs;
  }

  /**
   * Whether most of the element's text is a quotation ({@code <blockquote>}): embedded posts and
   * quoted statements sit in wrappers named "social-embed", yet they are the article's text.
   */
  boolean isQuotation(Element element) {
    int chars = chars(element);
    if (chars == 0) {
      return false;
    }
    int quoted = 0;
    for (Element quote : element.select("blockquote")) {
      if (quote.parent() == null || quote.parent().closest("blockquote") == null) {
        quoted += chars(quote);
      }
    }
    return quoted * 5 >= chars * 4;
  }

  /**
   * Whether the element flows inside its paragraph: a known inline tag, or an unknown (custom)
   * element that holds no block element, since browsers show unknown elements inline.
   */
  boolean isInline(Element element) {
    String name = element.normalName();
    return INLINE_TAGS.contains(name)
        || (!BLOCK_TAGS.contains(name) && !countsOf(element).holdsBlock);
  }

  private Counts countsOf(Element element) {
    return counts.getOrDefault(element, NONE);
  }

  private static boolean isPunctuation(char c) {
    return c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == '，' || c == '、'
        || c == '。' || c == '،' || c == '؟' || c == '！' || c == '？';
  }

  private final class Counter implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text && node.parent() instanceof Element parent) {
        Counts target = counts.computeIfAbsent(parent, e -> new Counts());
        String value = text.getWholeText();
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if (!Character.isWhitespace(c) && c != '\u00a0') {
            target.chars++;
            target.inlineChars++;
            if (isPunctuation(c)) {
              target.punctuation++;
              target.inlinePunctuation++;
            }
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return;
      }
      Counts own = counts.computeIfAbsent(element, e -> new Counts());
      if (element.normalName().equals("a")) {
        own.linkChars = own.chars;
        own.inlineLinkChars = own.inlineChars;
      }
      boolean inline = isInline(element);
      if (!inline && own.inlineChars >= 25) {
        own.paragraphs++;
      }
      if (element.parent() != null) {
        Counts parent = counts.computeIfAbsent(element.parent(), e -> new Counts());
        parent.add(own, inline);
        parent.holdsBlock |= !inline;
      }
    }
  }

  private static final class Counts {
    int chars;
    int linkChars;
    int punctuation;
    int inlineChars;
    int inlineLinkChars;
    int inlinePunctuation;
    int paragraphs;
    boolean holdsBlock;

    void add(Counts child, boolean inline) {
      chars += child.chars;
      linkChars += child.linkChars;
      punctuation += child.punctuation;
      paragraphs += child.paragraphs;
      if (inline) {
        inlineChars += child.inlineChars;
        inlineLinkChars += child.inlineLinkChars;
        inlinePunctuation += child.inlinePunctuation;
      }
    }
  }
}
