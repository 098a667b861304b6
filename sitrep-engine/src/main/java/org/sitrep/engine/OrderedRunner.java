package org.sitrep.engine;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.sitrep.model.Refusal;
import org.sitrep.model.RefusalReason;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.SourceDocument;
import org.sitrep.model.Stage;
import org.sitrep.model.StageContext;

/**
 * Applies a per-document stage to documents on a few threads and hands the outcomes on in input
 * order. At most {@code window} documents are in flight, so memory stays bounded however long the
 * input. A refusal, a time-out or a failure of one document becomes that document's outcome; the
 * others go on. Not thread-safe: one thread submits.
 *
 * @param <O> what the stage makes of a document
 */
final class OrderedRunner<O> implements AutoCloseable {
  private final Stage<SourceDocument, O> stage;
  private final org.sitrep.model.Limits limits;
  private final Consumer<Outcome<O>> downstream;
  private final ExecutorService pool;
  private final Deque<Pending<O>> inFlight = new ArrayDeque<>();
  private final int window;

  OrderedRunner(
      Stage<SourceDocument, O> stage,
      org.sitrep.model.Limits limits,
      int threads,
      Consumer<Outcome<O>> downstream) {
    this.stage = requireNonNull(stage, "stage");
    this.limits = requireNonNull(limits, "limits");
    this.downstream = requireNonNull(downstream, "downstream");
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, "sitrep-worker");
              thread.setDaemon(true);
              return thread;
            });
    this.window = Math.max(8, threads * 8);
  }

  /** Queues a document; may block while the oldest one in flight finishes. */
  void submit(SourceDocument input) {
    inFlight.add(new Pending<>(input.label(), pool.submit(() -> process(input))));
    drain(window);
  }

  /** Queues a refusal found while reading, in its place in the order. */
  void refused(Refusal refusal) {
    inFlight.add(
        new Pending<>(
            refusal.input(), CompletableFuture.completedFuture(Outcome.refused(refusal))));
    drain(window);
  }

  /** Waits for everything queued and hands it on. */
  void finish() {
    drain(0);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private Outcome<O> process(SourceDocument input) {
    StageContext context = new StageContext(limits);
    try {
      return Outcome.done(input.label(), stage.apply(input, context));
    } catch (RejectedInput rejected) {
      return Outcome.refused(rejected.against(input.label()));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return Outcome.refused(new Refusal(input.label(), RefusalReason.INTERNAL_ERROR, describe(e)));
    }
  }

  private void drain(int keep) {
    while (inFlight.size() > keep) {
      Pending<O> head = inFlight.removeFirst();
      downstream.accept(await(head.input(), head.future()));
    }
  }

  private Outcome<O> await(String input, Future<Outcome<O>> future) {
    Duration timeout = limits.timeout();
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return Outcome.refused(
          new Refusal(input, RefusalReason.TIMEOUT, "took longer than " + timeout));
    } catch (ExecutionException | CancellationException e) {
      return Outcome.refused(new Refusal(input, RefusalReason.INTERNAL_ERROR, describe(e)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a document", e);
    }
  }

  private static String describe(Throwable e) {
    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    return "processing failed: " + cause;
  }

  private record Pending<O>(String input, Future<Outcome<O>> future) {}

  /** What became of one input: a result, or a refusal. */
  record Outcome<O>(String input, O result, Refusal refusal) {
    static <O> Outcome<O> done(String input, O result) {
      return new Outcome<>(input, requireNonNull(result, "result"), null);
    }

    static <O> Outcome<O> refused(Refusal refusal) {
      return new Outcome<>(refusal.input(), null, refusal);
    }

    boolean isRefused() {
      return refusal != null;
    }
  }
}
