package org.sitrep.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits plain text into paragraphs: every non-blank line is a paragraph, except that a line
 * hard-wrapped in the middle of a sentence is joined to the line it continues. Whitespace inside a
 * paragraph collapses to single spaces. Thread-safe (stateless).
 */
final class ParagraphReader {

  /** The paragraphs of {@code original}, in order. */
  List<Paragraph> read(String original) {
    List<int[]> lines = lines(original);
    List<Paragraph> paragraphs = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      int[] line = lines.get(i);
      boolean blank = line[0] == line[1];
      if (blank) {
        flush(original, start, end, paragraphs);
        start = -1;
      } else if (start >= 0 && continues(original, end, line[0])) {
        end = line[1];
      } else {
        flush(original, start, end, paragraphs);
        start = line[0];
        end = line[1];
      }
    }
    flush(original, start, end, paragraphs);
    return paragraphs;
  }

  /** Lines as {@code [firstNonBlank, afterLastNonBlank]}; equal bounds for a blank line. */
  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || Whitespace.isLineBreak(text.charAt(i))) {
        lines.add(trim(text, lineStart, i));
        // \r\n is one break, not a line and a blank line
        if (i + 1 < text.length() && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
    return lines;
  }

  private static int[] trim(String text, int start, int end) {
    int from = start;
    int to = end;
    while (from < to && Whitespace.isBlank(text.charAt(from))) {
      from++;
    }
    while (to > from && Whitespace.isBlank(text.charAt(to - 1))) {
      to--;
    }
    return new int[] {from, to};
  }

  /**
   * A line continues the previous one when the previous one stops mid-sentence and this one starts
   * in lower case: the signature of hard-wrapped text, never of a new paragraph.
   */
  private static boolean continues(String text, int previousEnd, int lineStart) {
    char last = text.charAt(previousEnd - 1);
    return Character.isLowerCase(text.charAt(lineStart))
        && (Character.isLetterOrDigit(last) || last == ',' || last == '-');
  }

  private static void flush(String original, int start, int end, List<Paragraph> out) {
    if (start >= 0) {
      out.add(collapse(original, start, end));
    }
  }

  /**
   * The paragraph {@code [start, end)} of {@code original} with each whitespace run as one space.
   */
  private static Paragraph collapse(String original, int start, int end) {
    StringBuilder text = new StringBuilder(end - start);
    RunList runs = new RunList();
    int i = start;
    while (i < end) {
      runs.place(text.length(), i);
      int wordEnd = i;
      while (wordEnd < end && !Whitespace.isBlank(original.charAt(wordEnd))) {
        wordEnd++;
      }
      int glued = nextSentenceStart(original, i, wordEnd);
      if (glued > 0) {
        // "said.Residents": two sentences the page glued together are told apart by a space.
        text.append(original, i, glued).append(' ');
        i = glued;
        continue;
      }
      text.append(original, i, wordEnd);
      i = wordEnd;
      while (i < end && Whitespace.isBlank(original.charAt(i))) {
        i++;
      }
      if (i < end) {
        text.append(' ');
      }
    }
    return runs.paragraph(text.toString());
  }

  /**
   * Where a sentence starts inside the word {@code [from, to)} of {@code original}, glued to the
   * end of the one before by a page that lost its paragraph breaks ("said.Residents",
   * "window.\"He"): after a word of two lower-case letters or more, a full stop, question or
   * exclamation mark and at most one quote, a capital and a lower-case letter, or a word "A" or "I"
   * ("fear.A year ago"). Abbreviations ("St.", "a.m.") and web addresses in lower case are not
   * sentence ends. -1 when there is none.
   */
  static int nextSentenceStart(String original, int from, int to) {
    for (int k = from + 3; k < to; k++) {
      boolean capital =
          k + 1 < to
              ? Character.isUpperCase(original.charAt(k))
                  && Character.isLowerCase(original.charAt(k + 1))
              // "in fear.A year ago": a one-letter word.
              : original.charAt(k) == 'A' || original.charAt(k) == 'I';
      if (!capital) {
        continue;
      }
      int mark = k - 1;
      if (QUOTES.indexOf(original.charAt(mark)) >= 0) {
        mark--;
      }
      if (mark - 2 < from || SENTENCE_ENDS.indexOf(original.charAt(mark)) < 0) {
        continue;
      }
      if (Character.isLowerCase(original.charAt(mark - 1))
          && Character.isLowerCase(original.charAt(mark - 2))) {
        return k;
      }
    }
    return -1;
  }

  private static final String SENTENCE_ENDS = ".!?";
  private static final String QUOTES = "\"“”’'";

  /** Runs collected while collapsing; a word right after a single copied space needs no new run. */
  private static final class RunList {
    private int[] starts = new int[8];
    private int[] originals = new int[8];
    private int size;

    void place(int cleanOffset, int originalOffset) {
      if (size > 0 && originals[size - 1] + (cleanOffset - starts[size - 1]) == originalOffset) {
        return;
      }
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        originals = Arrays.copyOf(originals, size * 2);
      }
      starts[size] = cleanOffset;
      originals[size] = originalOffset;
      size++;
    }

    Paragraph paragraph(String text) {
      return new Paragraph(text, Arrays.copyOf(starts, size), Arrays.copyOf(originals, size));
    }
  }
}
