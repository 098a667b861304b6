package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Stage} may use besides its input: the configured {@link Limits} and a capped list
 * to report repaired problems to. One context serves one document through all its stages; it is not
 * thread-safe.
 */
public final class StageContext {
  /** At most this many diagnostics are kept per document; later ones are counted, not kept. */
  public static final int MAX_DIAGNOSTICS = 50;

  private final Limits limits;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int dropped;

  public StageContext(Limits limits) {
    this.limits = requireNonNull(limits, "limits");
  }

  public static StageContext withDefaults() {
    return new StageContext(Limits.DEFAULT);
  }

  public Limits limits() {
    return limits;
  }

  /** Records a repaired problem; past {@link #MAX_DIAGNOSTICS} it is only counted. */
  public void report(Diagnostic diagnostic) {
    requireNonNull(diagnostic, "diagnostic");
    if (diagnostics.size() < MAX_DIAGNOSTICS) {
      diagnostics.add(diagnostic);
    } else {
      dropped++;
    }
  }

  public void report(String code, String message) {
    report(new Diagnostic(code, message));
  }

  /** The diagnostics reported so far, with a last one saying how many were dropped, if any. */
  public List<Diagnostic> diagnostics() {
    if (dropped == 0) {
      return List.copyOf(diagnostics);
    }
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.add(new Diagnostic("diagnostics-capped", dropped + " more diagnostics not kept"));
    return List.copyOf(all);
  }
}
