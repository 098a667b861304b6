package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * Thrown by a {@link Stage} for input it cannot use. The runner records the refusal against the
 * document and goes on with the rest of the batch; it is never a programming error.
 */
public final class RejectedInput extends Exception {
  private static final long serialVersionUID = 1L;

  private final RefusalReason reason;
  private final String detail;

  public RejectedInput(RefusalReason reason, String detail) {
    super(requireNonNull(reason, "reason").label() + ": " + requireNonNull(detail, "detail"));
    this.reason = reason;
    this.detail = detail;
  }

  public RejectedInput(RefusalReason reason, String detail, Throwable cause) {
    this(reason, detail);
    initCause(cause);
  }

  public RefusalReason reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }

  /** This refusal, recorded against {@code input}. */
  public Refusal against(String input) {
    return new Refusal(input, reason, detail);
  }
}
