package org.sitrep.nlp;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Interrupts the calling thread when its work overruns a time limit. CoreNLP checks the interrupt
 * flag between annotators, between sentences in NER and inside TokensRegex matching, and then stops
 * with its own runtime exception; the work runs on the caller's thread, so no thread is left
 * running after a timeout. Thread-safe; one daemon timer thread serves all watchdogs.
 */
final class Watchdog {
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private final Thread worker = Thread.currentThread();
  private boolean running = true;
  private boolean fired;

  private Watchdog() {}

  /** What the work produced, or whether time ran out first. */
  record Outcome<T>(T value, boolean timedOut) {}

  /**
   * Runs {@code work} on this thread, interrupting it once {@code limit} has passed. A work that
   * runs over its limit is reported as timed out even when it finished, and the interrupt meant for
   * it is cleared so it does not leak into the caller's next task.
   */
  static <T> Outcome<T> run(Duration limit, Supplier<T> work) {
    Watchdog watchdog = new Watchdog();
    ScheduledFuture<?> alarm =
        TIMER.schedule(watchdog::bark, Math.max(0, limit.toNanos()), TimeUnit.NANOSECONDS);
    T value = null;
    RuntimeException failure = null;
    try {
      value = work.get();
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      alarm.cancel(false);
    }
    if (watchdog.stop()) {
      return new Outcome<>(null, true);
    }
    if (failure != null) {
      throw failure;
    }
    return new Outcome<>(value, false);
  }

  /** Called by the timer: interrupts the worker if it is still running. */
  private synchronized void bark() {
    if (running) {
      fired = true;
      worker.interrupt();
    }
  }

  /**
   * Ends the watch; true when the alarm went off. The interrupt is sent while holding this lock, so
   * once stopped it has already arrived and clearing it here is final.
   */
  private synchronized boolean stop() {
    running = false;
    if (fired) {
      // Clears the interrupt the alarm sent, if the work did not consume it already.
      boolean unused = Thread.interrupted();
    }
    return fired;
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "sitrep-nlp-watchdog");
              thread.setDaemon(true);
              return thread;
            });
    // Most alarms are cancelled; without this they would sit in the queue until they expire.
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
