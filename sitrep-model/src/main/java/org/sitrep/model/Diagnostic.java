package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * A note about imperfect input that was repaired rather than refused, such as text decoded as
 * windows-1252 or boilerplate lines removed. {@code code} is a stable, machine-readable kebab-case
 * word ({@code "encoding-repaired"}); {@code message} is for people.
 */
public record Diagnostic(String code, String message) {
  public Diagnostic {
    requireNonNull(code, "code");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}
