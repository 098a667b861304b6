package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A document with its linguistic annotations: sentences with tokens, entity mentions and time
 * expressions, all with offsets into {@link Document#text()}. Built by the NLP stage; independent
 * of the NLP engine that made it.
 *
 * @param annotator a short description of what produced the annotations (engine and annotators), so
 *     stored annotations can be told apart when the configuration changes
 */
public record AnnotatedDocument(
    Document document,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<TimeExpression> times,
    String annotator) {
  public AnnotatedDocument {
    requireNonNull(document, "document");
    sentences = List.copyOf(requireNonNull(sentences, "sentences"));
    entities = List.copyOf(requireNonNull(entities, "entities"));
    times = List.copyOf(requireNonNull(times, "times"));
    requireNonNull(annotator, "annotator");
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(sentence -> sentence.tokens().size()).sum();
  }
}
