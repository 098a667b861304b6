package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Dependency;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.Sentence;
import org.sitrep.model.StageContext;
import org.sitrep.nlp.NlpConfig.Level;

/** What the levels below and above the default produce. */
class AnnotatorLevelsTest {
  private static final String TEXT = "A suicide bomber killed 13 soldiers at the airport gate.";

  @Test
  void tokensLevelGivesTokensWithoutTagsOrEntities() throws RejectedInput {
    AnnotatedDocument annotated = annotate(NlpConfig.of(Level.TOKENS));

    assertThat(annotated.tokenCount()).isEqualTo(11);
    assertThat(annotated.sentences().get(0).tokens())
        .allSatisfy(
            token -> {
              assertThat(token.pos()).isNull();
              assertThat(token.lemma()).isNull();
              assertThat(token.ner()).isEqualTo("O");
            });
    assertThat(annotated.entities()).isEmpty();
    assertThat(annotated.times()).isEmpty();
    assertThat(annotated.annotator()).isEqualTo("corenlp-4.5.10:tokenize,ssplit");
  }

  @Test
  void parseLevelGivesATreeOverTheSentencesTokens() throws RejectedInput {
    Sentence sentence = annotate(NlpConfig.of(Level.PARSE)).sentences().get(0);

    assertThat(sentence.dependencies())
        .filteredOn(dependency -> dependency.governor() == -1)
        .extracting(Dependency::relation, Dependency::dependent)
        .containsExactly(tuple("root", 3));
    assertThat(sentence.dependencies())
        .allSatisfy(
            dependency -> {
              assertThat(dependency.governor()).isLessThan(sentence.tokens().size());
              assertThat(dependency.dependent()).isLessThan(sentence.tokens().size());
            })
        .contains(new Dependency("nsubj", 3, 2), new Dependency("obj", 3, 5));
  }

  @Test
  void loadingAndAnnotatingPrintNothing() throws RejectedInput {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      annotate(NlpConfig.of(Level.TAGS));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static AnnotatedDocument annotate(NlpConfig config) throws RejectedInput {
    return new CoreNlpAnnotator(config)
        .apply(Documents.published(TEXT), StageContext.withDefaults());
  }
}
