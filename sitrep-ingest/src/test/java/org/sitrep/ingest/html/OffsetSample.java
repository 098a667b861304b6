package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain words of an extracted text (whitespace-separated tokens of three or more letters) and
 * those among them that the offset map does not lead back to in the HTML source. Words spelled with
 * entities in the source are the expected misses; the map is exact for everything else.
 */
record OffsetSample(int checked, List<String> misses) {
  private static final Pattern PLAIN_WORD = Pattern.compile("(?<=^|\\s)\\p{L}{3,}(?=\\s|$)");

  static OffsetSample of(Article article, String html) {
    Matcher word = PLAIN_WORD.matcher(article.text());
    int checked = 0;
    List<String> misses = new ArrayList<>();
    while (word.find()) {
      int original = article.offsets().toOriginal(word.start());
      if (!html.startsWith(word.group(), original)) {
        misses.add(word.group() + "@" + word.start() + "->" + original);
      }
      checked++;
    }
    return new OffsetSample(checked, misses);
  }
}
