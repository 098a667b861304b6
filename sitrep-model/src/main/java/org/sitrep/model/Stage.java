package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * One per-document step of the flow: a pure function of its input that may refuse it. Stages
 * compose with {@link #then}, so the compiler checks their order. Implementations are thread-safe
 * unless they say otherwise: the runner applies one stage to many documents at once.
 *
 * @param <I> what the stage reads
 * @param <O> what it produces
 */
@FunctionalInterface
public interface Stage<I, O> {

  /**
   * Turns {@code input} into the next record of the flow.
   *
   * @throws RejectedInput when the input cannot be used; repaired problems go to {@code context}
   */
  O apply(I input, StageContext context) throws RejectedInput;

  /** This stage followed by {@code next}. */
  default <R> Stage<I, R> then(Stage<? super O, ? extends R> next) {
    requireNonNull(next, "next");
    return (input, context) -> next.apply(apply(input, context), context);
  }
}
