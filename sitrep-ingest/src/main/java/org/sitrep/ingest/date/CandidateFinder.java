package org.sitrep.ingest.date;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the dates a text may print as its own, best first: a "Published ..." or "Posted ..." date,
 * then a line that is nothing but a date, or a dateline ("WASHINGTON, Aug. 26, 2021 —"), then an
 * "Updated ..." date. Only the first {@value #TOP_LINES} and the last {@value #BOTTOM_LINES}
 * non-blank lines are looked at: a date in the body (a photo caption, a past event) is not the
 * article's. Thread-safe.
 */
final class CandidateFinder {
  static final int TOP_LINES = 6;
  static final int BOTTOM_LINES = 3;

  private static final Pattern PUBLISHED =
      Pattern.compile(
          "(?i).*\\b(?:published|posted|first published|publication date|date)\\s*(?:on|:|-)?\\s*$");
  private static final Pattern UPDATED =
      Pattern.compile("(?i).*\\b(?:updated|last updated|modified)\\s*(?:on|:|-)?\\s*$");

  /** What may follow a dateline's date: an agency in parentheses, then a dash or colon. */
  private static final Pattern DATELINE_END =
      Pattern.compile("^\\s*(?:\\([^()]{1,30}\\))?\\s*[-—–:]");

  /** Times, zones and separators allowed beside a date on a date line. */
  private static final Pattern DATE_LINE_EXTRA =
      Pattern.compile(
          "(?i)\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\b|\\b(?:am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|ist|et|est"
              + "|edt|pt|pst|pdt|cet|cest|bst|hrs|at|on)\\b|[|,•·/()\\[\\]+-]");

  private static final Pattern WORD = Pattern.compile("\\S+");

  private static final int MAX_DATELINE_PREFIX_WORDS = 5;
  private static final int MAX_DATE_LINE_EXTRA_WORDS = 2;

  private final DateScanner scanner;

  CandidateFinder(DateScanner scanner) {
    this.scanner = scanner;
  }

  /** The candidates in {@code text}, best first. */
  List<DateCandidate> candidates(String text) {
    List<int[]> lines = lookedAtLines(text);
    List<DateMention> dates = scanner.fullDates(text);
    List<DateCandidate> published = new ArrayList<>();
    List<DateCandidate> printed = new ArrayList<>();
    List<DateCandidate> updated = new ArrayList<>();
    for (int[] line : lines) {
      for (DateMention date : dates) {
        if (date.start() >= line[0] && date.end() <= line[1]) {
          String prefix = text.substring(line[0], date.start());
          String suffix = text.substring(date.end(), line[1]);
          String where = " (line " + line[2] + ")";
          if (PUBLISHED.matcher(prefix).matches()) {
            published.add(new DateCandidate(date, "labelled date '" + date.text() + "'" + where));
          } else if (UPDATED.matcher(prefix).matches()) {
            updated.add(new DateCandidate(date, "'Updated' date '" + date.text() + "'" + where));
            // at the bottom only a labelled date is the article's; a bare one may be anything
          } else if (isTop(line) && isDateLine(prefix, suffix)) {
            printed.add(new DateCandidate(date, "date line '" + date.text() + "'" + where));
          } else if (isTop(line) && isDateline(prefix, suffix)) {
            printed.add(new DateCandidate(date, "dateline '" + date.text() + "'" + where));
          }
        }
      }
    }
    List<DateCandidate> all = new ArrayList<>(published);
    all.addAll(printed);
    all.addAll(updated);
    return all;
  }

  private static boolean isDateLine(String prefix, String suffix) {
    String extra = DATE_LINE_EXTRA.matcher(prefix + " " + suffix).replaceAll(" ");
    return words(extra) <= MAX_DATE_LINE_EXTRA_WORDS;
  }

  private static boolean isDateline(String prefix, String suffix) {
    return words(prefix) <= MAX_DATELINE_PREFIX_WORDS
        && !prefix.matches("(?s).*[.!?].*")
        && DATELINE_END.matcher(suffix).find();
  }

  /**
   * The first {@value #TOP_LINES} and last {@value #BOTTOM_LINES} non-blank lines as {@code [start,
   * end, lineNumber, 1 if top else 0]}.
   */
  private static List<int[]> lookedAtLines(String text) {
    List<int[]> nonBlank = new ArrayList<>();
    int start = 0;
    int number = 1;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (!text.substring(start, i).isBlank()) {
          nonBlank.add(new int[] {start, i, number});
        }
        start = i + 1;
        number++;
      }
    }
    List<int[]> lines = new ArrayList<>();
    for (int i = 0; i < nonBlank.size(); i++) {
      int[] line = nonBlank.get(i);
      if (i < TOP_LINES || i >= nonBlank.size() - BOTTOM_LINES) {
        lines.add(new int[] {line[0], line[1], line[2], i < TOP_LINES ? 1 : 0});
      }
    }
    return lines;
  }

  private static boolean isTop(int[] line) {
    return line[3] == 1;
  }

  private static int words(String text) {
    return (int) WORD.matcher(text).results().count();
  }
}
