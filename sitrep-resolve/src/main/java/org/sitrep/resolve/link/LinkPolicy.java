package org.sitrep.resolve.link;

/**
 * The numbers linking decides by; {@link #STANDARD} was chosen on the Gun Violence Corpus' train
 * and dev splits (docs/RESOLUTION.md).
 *
 * @param threshold the least average score at which two groups of accounts merge
 * @param disagreement what a contradiction of day or of region costs; both together forbid a merge
 * @param windowDays how far apart, in days, two accounts' anchor dates may lie to be compared at
 *     all
 */
public record LinkPolicy(double threshold, double disagreement, int windowDays) {
  public static final LinkPolicy STANDARD = new LinkPolicy(0.10, 0.10, 30);

  public LinkPolicy {
    if (windowDays < 0) {
      throw new IllegalArgumentException("windowDays < 0");
    }
  }
}
