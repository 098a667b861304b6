package org.sitrep.ingest.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.sitrep.model.OffsetMap;

/**
 * Turns the article's elements into plain text: one paragraph per block element (headings and list
 * items included), whitespace collapsed inside paragraphs, paragraphs separated by a blank line.
 * Drops what survived cleaning but is still furniture inside the article: link lists, teaser boxes,
 * captions, "Advertisement" labels, the repeated headline. Each word is mapped to its offset in the
 * HTML source. Not thread-safe; one assembler per page.
 */
final class TextAssembler {
  static final int MIN_PROSE_PARAGRAPHS = 3;

  private static final String PARAGRAPH_SEPARATOR = "\n\n";
  private static final Set<String> SKIPPED_TAGS = Set.of("h1");
  private static final Set<String> PROSE_TAGS = Set.of("p", "blockquote", "pre");
  private static final Set<String> CONTAINER_TAGS =
      Set.of("div", "section", "ul", "ol", "dl", "table", "aside", "nav", "header", "footer");
  private static final int MIN_REPEATED_CHARS = 50;
  private static final double TEASER_LINK_DENSITY = 0.25;
  private static final int TEASER_MAX_PUNCTUATION = 10;

  private final String source;
  private final TextStatistics statistics;
  private final String title;
  private final StringBuilder text = new StringBuilder();
  private final OffsetMap.Builder offsets = new OffsetMap.Builder();
  private final ParagraphBuffer paragraph = new ParagraphBuffer();
  private final Set<String> emitted = new HashSet<>();
  private int linkDepth;
  private boolean pendingSpace;
  private int dropped;

  /** The assembled text, its map to the HTML source, and how many blocks were left out. */
  record Result(String text, OffsetMap offsets, int dropped) {}

  /**
   * @param source the page's HTML, which offsets refer to
   * @param statistics text counts of the cleaned page
   * @param title the article's headline, dropped where the body repeats it; may be null
   */
  TextAssembler(String source, TextStatistics statistics, String title) {
    this.source = source;
    this.statistics = statistics;
    this.title = title == null ? "" : title.strip();
  }

  /** Assembles the text of {@code roots}, in order. */
  Result assemble(List<Element> roots) {
    for (Element root : roots) {
      int articleChars = statistics.chars(root);
      if (isFurniture(root, articleChars)) {
        dropped++;
        continue;
      }
      NodeTraversor.filter(new Walker(articleChars), root);
      endParagraph();
    }
    return new Result(text.toString(), offsets.build(), dropped);
  }

  private boolean isFurniture(Element element, int articleChars) {
    if (SKIPPED_TAGS.contains(element.normalName())) {
      return true;
    }
    int chars = statistics.chars(element);
    if (chars == 0 || statistics.isInline(element) || statistics.isQuotation(element)) {
      return false;
    }
    if (isLinkList(element, chars)) {
      return true;
    }
    return ClassHints.isFurniture(element) && chars * 2 < articleChars && !isProse(element);
  }

  /**
   * Whether the element is mostly links: a menu, a box of headlines, a "Read more" line. A prose
   * paragraph may link most of its words (citations) and still be a sentence of the article.
   */
  private boolean isLinkList(Element element, int chars) {
    double linkDensity = statistics.linkDensity(element);
    if (linkDensity > TEASER_LINK_DENSITY && isTeaserBox(element)) {
      return true;
    }
    if (linkDensity <= 0.5) {
      return false;
    }
    if (!PROSE_TAGS.contains(element.normalName())) {
      return true;
    }
    return linkDensity > 0.9
        || (chars < FurnitureLines.SHORT_LINE_CHARS
            && !FurnitureLines.endsSentence(element.text()));
  }

  /** A box of a few linked headlines ("next article", "don't miss") holds little punctuation. */
  private boolean isTeaserBox(Element element) {
    return CONTAINER_TAGS.contains(element.normalName())
        && statistics.punctuation(element) < TEASER_MAX_PUNCTUATION
        && ClassHints.weight(element) <= 0
        && element.getElementsByTag("a").size() >= 2;
  }

  /** Several paragraphs with few links: a section of the article, whatever its names say. */
  private boolean isProse(Element element) {
    return statistics.paragraphs(element) >= MIN_PROSE_PARAGRAPHS
        && statistics.linkDensity(element) < 0.25
        && !ClassHints.isStrongFurniture(element);
  }

  /**
   * Assembles a plain text the page states outside its markup (JSON-LD's {@code articleBody}), one
   * paragraph per line, mapping its words to the source between {@code sourceStart} and {@code
   * sourceEnd} where they are found there.
   */
  Result assemblePlainText(String plainText, int sourceStart, int sourceEnd) {
    boolean tracked = sourceStart >= 0 && sourceStart <= sourceEnd && sourceEnd <= source.length();
    String raw = tracked ? source.substring(sourceStart, sourceEnd) : null;
    int rawCursor = 0;
    for (String line : plainText.lines().toList()) {
      rawCursor = appendWords(line, raw, sourceStart, rawCursor);
      endParagraph();
    }
    return new Result(text.toString(), offsets.build(), dropped);
  }

  /** Appends the words of {@code node}, each mapped to where it is in the source. */
  private void appendText(TextNode node) {
    String raw = rawSource(node);
    appendWords(node.getWholeText(), raw, raw == null ? -1 : node.sourceRange().startPos(), 0);
  }

  /**
   * Appends the words of {@code value}, finding each in {@code raw} (the source from {@code
   * rawStart} on, or null when unknown) from {@code rawCursor} on; returns the cursor after them.
   */
  private int appendWords(String value, String raw, int rawStart, int cursor) {
    int rawCursor = cursor;
    int i = 0;
    while (i < value.length()) {
      int wordStart = skipSpaces(value, i);
      if (wordStart > i) {
        pendingSpace = true;
      }
      if (wordStart == value.length()) {
        break;
      }
      int wordEnd = skipWord(value, wordStart);
      String word = value.substring(wordStart, wordEnd);
      int original = -1;
      if (raw != null) {
        // Entities make the decoded word differ from its source; such words keep the estimate.
        int found = raw.indexOf(word, rawCursor);
        original = rawStart + (found >= 0 ? found : rawCursor);
        rawCursor = found >= 0 ? found + word.length() : rawCursor;
      }
      paragraph.append(word, original, pendingSpace, linkDepth > 0);
      pendingSpace = false;
      i = wordEnd;
    }
    return rawCursor;
  }

  /** The source text of {@code node} (with its entities), or null when its position is unknown. */
  private String rawSource(TextNode node) {
    Range range = node.sourceRange();
    if (!range.isTracked()
        || range.startPos() < 0
        || range.endPos() < range.startPos()
        || range.endPos() > source.length()) {
      return null;
    }
    return source.substring(range.startPos(), range.endPos());
  }

  private static int skipSpaces(String value, int from) {
    int i = from;
    while (i < value.length() && isSpace(value.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipWord(String value, int from) {
    int i = from;
    while (i < value.length() && !isSpace(value.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private void endParagraph() {
    pendingSpace = false;
    if (paragraph.isEmpty()) {
      return;
    }
    if (isFurnitureLine(paragraph.text())) {
      dropped++;
    } else {
      paragraph.appendTo(text, PARAGRAPH_SEPARATOR, offsets);
    }
    paragraph.clear();
  }

  private boolean isFurnitureLine(String line) {
    // Pages repeat blocks (a print copy, a sticky summary); a long paragraph is said once.
    boolean repeated = line.length() >= MIN_REPEATED_CHARS && !emitted.add(line);
    return repeated
        || line.equalsIgnoreCase(title)
        || FurnitureLines.isLabel(line)
        || FurnitureLines.isLinkLine(line, paragraph.links(), paragraph.linkDensity());
  }

  /** Walks one article element, ending a paragraph at every block boundary. */
  private final class Walker implements NodeFilter {
    private final int articleChars;

    Walker(int articleChars) {
      this.articleChars = articleChars;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        appendText(textNode);
      } else if (node instanceof Element element) {
        if (depth > 0 && isFurniture(element, articleChars)) {
          dropped++;
          return FilterResult.SKIP_ENTIRELY;
        }
        if (!statistics.isInline(element) || element.normalName().equals("br")) {
          endParagraph();
        }
        if (element.normalName().equals("a")) {
          linkDepth++;
          paragraph.countLink();
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        if (element.normalName().equals("a")) {
          linkDepth--;
        }
        if (!statistics.isInline(element)) {
          endParagraph();
        }
      }
      return FilterResult.CONTINUE;
    }
  }
}
