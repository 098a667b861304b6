package org.sitrep.model;

import java.util.Arrays;

/**
 * Maps offsets of a document's clean text back to offsets of its original (the file as read, or the
 * page's HTML source). The clean text is made of runs copied from the original; characters the
 * cleaner inserted (paragraph breaks, normalized spaces) map to the original offset of the run that
 * follows them. Immutable and thread-safe.
 */
public final class OffsetMap {
  private static final OffsetMap EMPTY = new OffsetMap(new int[0], new int[0]);

  private final int[] cleanStarts;
  private final int[] originalStarts;

  private OffsetMap(int[] cleanStarts, int[] originalStarts) {
    this.cleanStarts = cleanStarts;
    this.originalStarts = originalStarts;
  }

  /** The map of a text that is its own original. */
  public static OffsetMap identity() {
    return new OffsetMap(new int[] {0}, new int[] {0});
  }

  public static OffsetMap empty() {
    return EMPTY;
  }

  /** The offset in the original of the character at {@code cleanOffset} of the clean text. */
  public int toOriginal(int cleanOffset) {
    if (cleanOffset < 0) {
      throw new IllegalArgumentException("negative offset " + cleanOffset);
    }
    if (cleanStarts.length == 0) {
      return cleanOffset;
    }
    int index = Arrays.binarySearch(cleanStarts, cleanOffset);
    if (index < 0) {
      index = Math.max(0, -index - 2);
    }
    return originalStarts[index] + (cleanOffset - cleanStarts[index]);
  }

  /**
   * The map from this map's clean text to the original of {@code inner}, when this map's original
   * is {@code inner}'s clean text (cleaning done in two steps: page to article text, article text
   * to clean text).
   */
  public OffsetMap andThen(OffsetMap inner) {
    if (inner.cleanStarts.length == 0) {
      return this;
    }
    if (cleanStarts.length == 0) {
      return inner;
    }
    Builder builder = new Builder();
    for (int i = 0; i < cleanStarts.length; i++) {
      int cleanStart = cleanStarts[i];
      int middleStart = originalStarts[i];
      long length =
          i + 1 < cleanStarts.length ? cleanStarts[i + 1] - cleanStart : Integer.MAX_VALUE;
      builder.run(cleanStart, inner.toOriginal(middleStart));
      for (int j = 0; j < inner.cleanStarts.length; j++) {
        int innerStart = inner.cleanStarts[j];
        if (innerStart > middleStart && innerStart < middleStart + length) {
          builder.run(cleanStart + (innerStart - middleStart), inner.originalStarts[j]);
        }
      }
    }
    return builder.build();
  }

  /** The number of runs; one for an identity map. */
  public int runs() {
    return cleanStarts.length;
  }

  /** The runs as pairs {@code [cleanStart, originalStart]}, for storage. */
  public int[][] toPairs() {
    int[][] pairs = new int[cleanStarts.length][];
    for (int i = 0; i < cleanStarts.length; i++) {
      pairs[i] = new int[] {cleanStarts[i], originalStarts[i]};
    }
    return pairs;
  }

  /** Rebuilds a map from {@link #toPairs()}. */
  public static OffsetMap fromPairs(int[][] pairs) {
    Builder builder = new Builder();
    for (int[] pair : pairs) {
      builder.run(pair[0], pair[1]);
    }
    return builder.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OffsetMap that
        && Arrays.equals(cleanStarts, that.cleanStarts)
        && Arrays.equals(originalStarts, that.originalStarts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(cleanStarts) + Arrays.hashCode(originalStarts);
  }

  @Override
  public String toString() {
    return "OffsetMap[" + cleanStarts.length + " runs]";
  }

  /** Collects runs in increasing clean-offset order. Not thread-safe. */
  public static final class Builder {
    private int[] clean = new int[16];
    private int[] original = new int[16];
    private int size;

    /**
     * Declares that the clean text from {@code cleanStart} on is copied from the original at {@code
     * originalStart}, until the next run starts.
     */
    public Builder run(int cleanStart, int originalStart) {
      if (cleanStart < 0 || originalStart < 0) {
        throw new IllegalArgumentException("negative offset");
      }
      if (size > 0 && cleanStart < clean[size - 1]) {
        throw new IllegalArgumentException("runs must be added in clean-offset order");
      }
      if (size > 0 && clean[size - 1] == cleanStart) {
        size--;
      }
      if (size == clean.length) {
        clean = Arrays.copyOf(clean, size * 2);
        original = Arrays.copyOf(original, size * 2);
      }
      clean[size] = cleanStart;
      original[size] = originalStart;
      size++;
      return this;
    }

    public OffsetMap build() {
      return new OffsetMap(Arrays.copyOf(clean, size), Arrays.copyOf(original, size));
    }
  }
}
