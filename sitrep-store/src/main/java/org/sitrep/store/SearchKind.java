package org.sitrep.store;

import java.util.Locale;

/** What a search hit is: a stored document or a stored incident. */
public enum SearchKind {
  DOCUMENT("document"),
  INCIDENT("incident");

  private final String label;

  SearchKind(String label) {
    this.label = label;
  }

  /** The name used in JSON and on the command line: {@code document} or {@code incident}. */
  public String label() {
    return label;
  }

  /**
   * The kind of a label, singular or plural, any case ({@code documents}, {@code Incident}).
   *
   * @throws IllegalArgumentException for any other word
   */
  public static SearchKind ofLabel(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (SearchKind kind : values()) {
      if (wanted.equals(kind.label) || wanted.equals(kind.label + "s")) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown kind '" + name + "': documents or incidents");
  }
}
