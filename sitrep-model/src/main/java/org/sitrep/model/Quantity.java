package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * What a text says about a number, without losing its hedge: "exact 13", "at least 60", "more than
 * 100", "about 60", "between 10 and 15", "dozens". It becomes a bound pair: {@code low} and {@code
 * high} are the least and the most the words allow (inclusive), null where the words set no bound
 * ("more than 100" has no upper bound). {@code stated} is the number as written, null for vague
 * words ("dozens"); for a range it is the lower end.
 */
public record Quantity(Hedge hedge, Long stated, Long low, Long high) implements ClaimValue {
  public Quantity {
    requireNonNull(hedge, "hedge");
    if (low != null && low < 0 || high != null && high < 0 || stated != null && stated < 0) {
      throw new IllegalArgumentException("quantities are not negative");
    }
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException("low " + low + " above high " + high);
    }
    if (hedge != Hedge.VAGUE && stated == null) {
      throw new IllegalArgumentException(hedge + " needs a stated number");
    }
  }

  public static Quantity exact(long n) {
    return new Quantity(Hedge.EXACT, n, n, n);
  }

  public static Quantity atLeast(long n) {
    return new Quantity(Hedge.AT_LEAST, n, n, null);
  }

  public static Quantity moreThan(long n) {
    return new Quantity(Hedge.MORE_THAN, n, n + 1, null);
  }

  public static Quantity atMost(long n) {
    return new Quantity(Hedge.AT_MOST, n, null, n);
  }

  public static Quantity fewerThan(long n) {
    return new Quantity(Hedge.FEWER_THAN, n, null, Math.max(0, n - 1));
  }

  /** "nearly n": below n; how far below the words do not say. */
  public static Quantity nearly(long n) {
    return new Quantity(Hedge.NEARLY, n, null, Math.max(0, n - 1));
  }

  /** "about n": n as an estimate; the words set no hard bound either way. */
  public static Quantity about(long n) {
    return new Quantity(Hedge.ABOUT, n, null, null);
  }

  public static Quantity between(long from, long to) {
    return new Quantity(Hedge.RANGE, from, Math.min(from, to), Math.max(from, to));
  }

  /** A vague number word with the bounds it conventionally carries ("dozens": 24 and up). */
  public static Quantity vague(Long low, Long high) {
    return new Quantity(Hedge.VAGUE, null, low, high);
  }

  /** Whether the words pin the number down exactly. */
  public boolean isExact() {
    return hedge == Hedge.EXACT;
  }

  /** The one number the words allow: the stated number when both bounds are it; else null. */
  public Long single() {
    return stated != null && stated.equals(low) && stated.equals(high) ? stated : null;
  }
}
