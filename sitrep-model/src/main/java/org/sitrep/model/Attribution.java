package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Who says so: the reporter in their own voice, an official, a witness, the perpetrators
 * themselves, or another named source.
 *
 * @param source the words naming the source ("a Taliban official", "Amaq"), or null for the
 *     reporter
 */
public record Attribution(Kind kind, String source) {
  /** The kinds of source a claim can have. */
  public enum Kind {
    REPORTER,
    OFFICIAL,
    WITNESS,
    /** The attackers' own claim: kept and shown, never used as the best estimate. */
    PERPETRATOR,
    NAMED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static final Attribution REPORTER = new Attribution(Kind.REPORTER, null);

  public Attribution {
    requireNonNull(kind, "kind");
  }

  public boolean isPerpetrator() {
    return kind == Kind.PERPETRATOR;
  }
}
