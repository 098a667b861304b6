package org.sitrep.ingest.text;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * One paragraph of the text being cleaned, whitespace already collapsed, with the runs that lead
 * each of its characters back to the original. Immutable.
 */
final class Paragraph {
  private final String text;
  private final int[] runStarts;
  private final int[] runOriginals;

  /**
   * @param runStarts offsets into {@code text} where a run copied from the original starts
   *     (ascending, the first is 0)
   * @param runOriginals the original offset of each run's first character
   */
  Paragraph(String text, int[] runStarts, int[] runOriginals) {
    this.text = requireNonNull(text, "text");
    this.runStarts = runStarts.clone();
    this.runOriginals = runOriginals.clone();
  }

  String text() {
    return text;
  }

  /** Where the paragraph's first character is in the original. */
  int originalStart() {
    return runOriginals[0];
  }

  /** The number of runs. */
  int runs() {
    return runStarts.length;
  }

  int runStart(int run) {
    return runStarts[run];
  }

  int runOriginal(int run) {
    return runOriginals[run];
  }

  @Override
  public String toString() {
    return "Paragraph[" + text + ", runs=" + Arrays.toString(runStarts) + "]";
  }
}
