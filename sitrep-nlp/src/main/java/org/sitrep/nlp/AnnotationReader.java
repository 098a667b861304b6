package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Reads a finished CoreNLP annotation into model records, so no CoreNLP type leaves the package.
 *
 * <p>Offsets are CoreNLP's character offsets, which point into the annotated string, the document's
 * clean text. Token text is CoreNLP's original text (the characters as written, before the
 * tokenizer turns quotes and brackets into their normalized forms), so {@code text.substring(start,
 * end)} is the token's text; lemma and tag come from the normalized word.
 */
final class AnnotationReader {
  private static final String OUTSIDE = "O";

  private AnnotationReader() {}

  static List<Sentence> sentences(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> read = new ArrayList<>(sentences.size());
    for (int index = 0; index < sentences.size(); index++) {
      read.add(sentence(index, sentences.get(index)));
    }
    return read;
  }

  static int tokenCount(Annotation annotation) {
    return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  static List<EntityMention> entities(Annotation annotation) {
    List<EntityMention> read = new ArrayList<>();
    for (CoreMap mention : mentions(annotation)) {
      read.add(
          new EntityMention(
              mention.get(CoreAnnotations.NamedEntityTagAnnotation.class),
              mention.get(CoreAnnotations.TextAnnotation.class),
              begin(mention),
              end(mention),
              mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
              mention.get(CoreAnnotations.SentenceIndexAnnotation.class)));
    }
    return read;
  }

  /**
   * The time expressions SUTime found: each run of tokens that share one TIMEX becomes one
   * expression ("Sunday night" is one, though it makes two entity mentions). Without SUTime there
   * are none; the classifier's DATE and TIME mentions are still among the entities.
   */
  static List<TimeExpression> times(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<TimeExpression> read = new ArrayList<>();
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (int index = 0; index < sentences.size(); index++) {
      read.addAll(times(text, index, sentences.get(index)));
    }
    return read;
  }

  private static List<TimeExpression> times(String text, int sentence, CoreMap map) {
    List<TimeExpression> read = new ArrayList<>();
    List<CoreLabel> tokens = map.get(CoreAnnotations.TokensAnnotation.class);
    int first = 0;
    while (first < tokens.size()) {
      Timex timex = tokens.get(first).get(TimeAnnotations.TimexAnnotation.class);
      int last = first;
      while (timex != null
          && last + 1 < tokens.size()
          && timex.equals(tokens.get(last + 1).get(TimeAnnotations.TimexAnnotation.class))) {
        last++;
      }
      if (timex != null) {
        int begin = tokens.get(first).beginPosition();
        int end = tokens.get(last).endPosition();
        read.add(
            new TimeExpression(
                text.substring(begin, end),
                begin,
                end,
                timex.timexType(),
                timex.value(),
                sentence));
      }
      first = last + 1;
    }
    return read;
  }

  private static Sentence sentence(int index, CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int position = 0; position < labels.size(); position++) {
      tokens.add(token(position, labels.get(position)));
    }
    return new Sentence(index, begin(sentence), end(sentence), tokens, dependencies(sentence));
  }

  private static Token token(int index, CoreLabel label) {
    String ner = label.ner();
    return new Token(
        index,
        label.originalText(),
        label.beginPosition(),
        label.endPosition(),
        label.lemma(),
        label.tag(),
        ner == null ? OUTSIDE : ner);
  }

  /**
   * The enhanced++ dependencies (relations such as {@code obl:on} carry their preposition, which
   * helps to find targets and places). Copy nodes, which enhanced++ adds for elided words, have no
   * token of their own and are left out.
   */
  private static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> read = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      read.add(new Dependency("root", -1, root.index() - 1));
    }
    for (SemanticGraphEdge edge : graph.edgeListSorted()) {
      if (edge.getGovernor().copyCount() == 0 && edge.getDependent().copyCount() == 0) {
        read.add(
            new Dependency(
                edge.getRelation().toString(),
                edge.getGovernor().index() - 1,
                edge.getDependent().index() - 1));
      }
    }
    return read;
  }

  private static List<CoreMap> mentions(Annotation annotation) {
    List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
    return mentions == null ? List.of() : mentions;
  }

  private static int begin(CoreMap map) {
    return map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
  }

  private static int end(CoreMap map) {
    return map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }
}
