package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * One token of an annotated document. {@code start} and {@code end} are offsets into the document's
 * clean text. {@code ner} is the token's entity tag ({@code "O"} outside any entity); {@code lemma}
 * and {@code pos} are null when those annotators did not run.
 *
 * @param index position of the token within its sentence, from 0
 */
public record Token(
    int index, String text, int start, int end, String lemma, String pos, String ner) {
  public Token {
    requireNonNull(text, "text");
    requireNonNull(ner, "ner");
    if (index < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad token " + text + " [" + start + ", " + end + ")");
    }
  }
}
