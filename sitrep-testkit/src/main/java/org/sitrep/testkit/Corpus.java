package org.sitrep.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the shared corpora are: the {@code sitrep.corpus} system property (set by the build to
 * {@code ../shared/corpus} beside the checkout), else the first {@code shared/corpus} found walking
 * up from the working directory.
 */
public final class Corpus {
  private Corpus() {}

  /** The corpus root; fails the calling test when there is none. */
  public static Path root() {
    String configured = System.getProperty("sitrep.corpus");
    if (configured != null && !configured.isBlank() && Files.isDirectory(Paths.get(configured))) {
      return Paths.get(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no shared/corpus found; set -Dsitrep.corpus=PATH");
  }

  /** The corpus root, or skips the calling test when the corpus is not there. */
  public static Path rootOrSkip() {
    try {
      return root();
    } catch (IllegalStateException missing) {
      Assumptions.abort(missing.getMessage());
      throw missing;
    }
  }

  public static Path seeds() {
    return root().resolve("seeds");
  }

  public static Path seed(String prefix) {
    try (var files = Files.list(seeds())) {
      return files
          .filter(file -> file.getFileName().toString().startsWith(prefix))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no seed " + prefix));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static Path gvc() {
    return root().resolve("gvc");
  }

  public static Path articleExtraction() {
    return root().resolve("article-extraction");
  }
}
