package org.sitrep.store;

import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;
import org.sitrep.model.Refusal;

/**
 * Checks that strings can be stored exactly. SQLite keeps text as UTF-8, which has no form for an
 * unpaired UTF-16 surrogate: the driver would silently write {@code '?'} instead, changing the text
 * its content hash and spans were computed on.
 */
final class StorableText {
  private StorableText() {}

  static void require(Document document) {
    String name = "document " + document.id();
    require(document.id(), name, "id");
    require(document.contentHash(), name, "contentHash");
    require(document.source(), name, "source");
    require(document.url(), name, "url");
    require(document.outlet(), name, "outlet");
    require(document.title(), name, "title");
    require(document.published().detail(), name, "published detail");
    require(document.language(), name, "language");
    require(document.text(), name, "text");
    require(document.original(), name, "original");
    require(document.quality().duplicateOf(), name, "duplicateOf");
    for (Diagnostic diagnostic : document.quality().diagnostics()) {
      require(diagnostic.code(), name, "diagnostic code");
      require(diagnostic.message(), name, "diagnostic message");
    }
  }

  static void require(Refusal refusal) {
    String name = "refusal of " + refusal.input();
    require(refusal.input(), name, "input");
    require(refusal.detail(), name, "detail");
  }

  private static void require(String value, String owner, String field) {
    int index = unpairedSurrogate(value);
    if (index >= 0) {
      throw new IllegalArgumentException(
          owner + ": " + field + " has an unpaired surrogate at index " + index);
    }
  }

  /** The index of the first unpaired surrogate of {@code value}, or -1 (also for null). */
  static int unpairedSurrogate(String value) {
    if (value == null) {
      return -1;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
