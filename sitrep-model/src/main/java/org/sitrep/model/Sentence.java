package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One sentence: its offsets into the clean text, its tokens in order, and its dependencies (empty
 * when the parser did not run).
 *
 * @param index position of the sentence within the document, from 0
 */
public record Sentence(
    int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(requireNonNull(tokens, "tokens"));
    dependencies = List.copyOf(requireNonNull(dependencies, "dependencies"));
    if (index < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence [" + start + ", " + end + ")");
    }
  }
}
