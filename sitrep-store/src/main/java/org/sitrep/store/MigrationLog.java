package org.sitrep.store;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Sends Flyway's messages to the {@code java.util.logging} logger {@value #LOGGER}: its routine
 * progress ("Migrating schema ...") at {@code FINE}, so opening a store says nothing unless asked,
 * and its warnings and errors at {@code WARNING} and {@code SEVERE}. Never writes to stdout.
 *
 * <p>Not part of the store's API: public only because Flyway instantiates it by class name.
 */
public final class MigrationLog implements LogCreator {
  /** The name of the logger Flyway's messages go to. */
  public static final String LOGGER = "org.sitrep.store.migration";

  @Override
  public Log createLogger(Class<?> source) {
    return new JulLog(Logger.getLogger(LOGGER), source.getName());
  }

  private record JulLog(Logger logger, String source) implements Log {
    @Override
    public void debug(String message) {
      log(Level.FINEST, message, null);
    }

    @Override
    public void info(String message) {
      log(Level.FINE, message, null);
    }

    @Override
    public void notice(String message) {
      log(Level.FINE, message, null);
    }

    @Override
    public void warn(String message) {
      log(Level.WARNING, message, null);
    }

    @Override
    public void error(String message) {
      log(Level.SEVERE, message, null);
    }

    @Override
    public void error(String message, Exception e) {
      log(Level.SEVERE, message, e);
    }

    private void log(Level level, String message, Exception e) {
      if (logger.isLoggable(level)) {
        logger.logp(level, source, null, message, e);
      }
    }
  }
}
