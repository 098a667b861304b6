package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.nlp.NlpConfig.Level;

class NlpConfigTest {

  @Test
  void eachLevelAddsItsAnnotatorsToTheOnesBefore() {
    assertThat(NlpConfig.of(Level.TOKENS).annotators()).containsExactly("tokenize", "ssplit");
    assertThat(NlpConfig.of(Level.TAGS).annotators())
        .containsExactly("tokenize", "ssplit", "pos", "lemma");
    assertThat(NlpConfig.of(Level.ENTITIES).annotators())
        .containsExactly("tokenize", "ssplit", "pos", "lemma", "ner");
    assertThat(NlpConfig.of(Level.PARSE).annotators())
        .containsExactly("tokenize", "ssplit", "pos", "lemma", "ner", "depparse");
  }

  @Test
  void defaultIsCoarseEntitiesWithSutime() {
    assertThat(NlpConfig.DEFAULT).isEqualTo(new NlpConfig(Level.ENTITIES, false, true));
  }

  @Test
  void descriptionNamesEngineAnnotatorsAndNerOptions() {
    assertThat(NlpConfig.DEFAULT.description())
        .isEqualTo("corenlp-4.5.10:tokenize,ssplit,pos,lemma,ner(coarse,sutime)");
    assertThat(NlpConfig.of(Level.PARSE).withFineGrainedNer(true).withSutime(false).description())
        .isEqualTo("corenlp-4.5.10:tokenize,ssplit,pos,lemma,ner(fine),depparse");
  }

  @Test
  void nerOptionsAreLeftOutOfTheDescriptionBelowEntities() {
    assertThat(NlpConfig.of(Level.TAGS).withFineGrainedNer(true).description())
        .isEqualTo("corenlp-4.5.10:tokenize,ssplit,pos,lemma");
  }
}
