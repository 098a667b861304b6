package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sitrep.engine.Engine;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;

/**
 * The server in the foreground, for {@code serve} and {@code demo}: started over an open engine,
 * its address announced, then stopped by Ctrl-C (the JVM's shutdown) or by an interrupt of the
 * thread that runs it, after which the caller's cleanup runs (closing the engine, removing a
 * temporary store) before the process may end.
 */
final class ForegroundServer {
  /** How long a shutdown waits for the cleanup. */
  private static final long CLEANUP_SECONDS = 30;

  private ForegroundServer() {}

  /**
   * Serves until stopped; {@code cleanup} runs once in any case, also when the server cannot start.
   *
   * @param what what is served, for the announcement ("/tmp/store", "the demo's store")
   */
  static int run(
      Engine engine, ServerConfig config, PrintWriter out, String what, Runnable cleanup) {
    SitrepServer server;
    try {
      server = SitrepServer.start(engine, config);
    } catch (RuntimeException e) {
      cleanup.run();
      throw e;
    }
    Thread serving = Thread.currentThread();
    CountDownLatch cleaned = new CountDownLatch(1);
    Thread hook = new Thread(() -> stopAndWait(serving, cleaned), "sitrep-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    boolean interrupted = false;
    try {
      out.println(
          "sitrep: serving "
              + what
              + " with the web UI at http://"
              + host(config.bind())
              + ":"
              + server.port()
              + "/ (the API at /api"
              + (config.token() != null ? "; writes need the token" : "")
              + "); Ctrl-C stops");
      out.flush();
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      // Stopped: Ctrl-C or the caller. Jetty stops badly on an interrupted thread, so the thread's
      // interrupt is restored only once the server is down and the cleanup done.
      interrupted = true;
    } finally {
      try {
        server.close();
        cleanup.run();
      } finally {
        cleaned.countDown();
        removeHook(hook);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.DONE;
  }

  private static void stopAndWait(Thread serving, CountDownLatch cleaned) {
    serving.interrupt();
    try {
      cleaned.await(CLEANUP_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook is running and ends on its own.
    }
  }

  private static String host(String bind) {
    return bind.indexOf(':') >= 0 ? "[" + bind + "]" : bind;
  }
}
