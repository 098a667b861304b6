package org.sitrep.extract.attribution;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.Attribution;

/**
 * The source a sentence names for what it reports.
 *
 * @param words the words naming the source ("a Taliban official", "Amaq News Agency")
 * @param start offset of those words in the sentence
 * @param end offset just past them
 * @param kind what kind of source the words name; {@link Attribution.Kind#PERPETRATOR} when the
 *     sentence reports an armed group claiming its own deed ("IS claimed", "Amaq reported")
 */
public record Speaker(String words, int start, int end, Attribution.Kind kind) {
  public Speaker {
    requireNonNull(words, "words");
    requireNonNull(kind, "kind");
  }

  public Attribution attribution() {
    return new Attribution(kind, words);
  }
}
