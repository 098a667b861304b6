package org.sitrep.nlp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Which CoreNLP annotators a {@link CoreNlpAnnotator} runs.
 *
 * <p>{@link #DEFAULT} is what event extraction needs at the lowest cost: tokens, tags, lemmas and
 * coarse entities with SUTime dates. Fine-grained NER (CITY, COUNTRY, STATE_OR_PROVINCE, ...) costs
 * about half of NER time and leaves numbers and dates unchanged, so it is off by default; SUTime is
 * what resolves "Thursday" against the publication date, so it is on. See {@code docs/NLP.md} for
 * the measurements behind these choices.
 *
 * @param level how deep to annotate
 * @param fineGrainedNer whether NER refines LOCATION into CITY, COUNTRY, STATE_OR_PROVINCE and adds
 *     the fine-grained TokensRegex types; only used from {@link Level#ENTITIES} on
 * @param sutime whether NER runs SUTime to normalize dates and times; only used from {@link
 *     Level#ENTITIES} on
 */
public record NlpConfig(Level level, boolean fineGrainedNer, boolean sutime) {

  /** The engine and version named in every {@link #description()}. */
  public static final String ENGINE = "corenlp-4.5.10";

  /** Coarse entities with SUTime, no fine-grained NER, no parse. */
  public static final NlpConfig DEFAULT = new NlpConfig(Level.ENTITIES, false, true);

  /** How deep to annotate; each level includes the ones before it. */
  public enum Level {
    /** Tokens and sentences ({@code tokenize,ssplit}). */
    TOKENS,
    /** Plus part-of-speech tags and lemmas ({@code pos,lemma}). */
    TAGS,
    /** Plus named entities, numbers with their hedges and times ({@code ner}). */
    ENTITIES,
    /** Plus dependency parses ({@code depparse}). */
    PARSE;

    boolean includes(Level other) {
      return compareTo(other) >= 0;
    }
  }

  public NlpConfig {
    requireNonNull(level, "level");
  }

  /** The default NER options at {@code level}. */
  public static NlpConfig of(Level level) {
    return new NlpConfig(level, DEFAULT.fineGrainedNer, DEFAULT.sutime);
  }

  public NlpConfig withFineGrainedNer(boolean enabled) {
    return new NlpConfig(level, enabled, sutime);
  }

  public NlpConfig withSutime(boolean enabled) {
    return new NlpConfig(level, fineGrainedNer, enabled);
  }

  /** The CoreNLP annotator names this configuration runs, in order. */
  public List<String> annotators() {
    List<String> names = new ArrayList<>(List.of("tokenize", "ssplit"));
    if (level.includes(Level.TAGS)) {
      names.addAll(List.of("pos", "lemma"));
    }
    if (level.includes(Level.ENTITIES)) {
      names.add("ner");
    }
    if (level.includes(Level.PARSE)) {
      names.add("depparse");
    }
    return List.copyOf(names);
  }

  /**
   * Engine, annotators and NER options, e.g. {@code
   * corenlp-4.5.10:tokenize,ssplit,pos,lemma,ner(coarse,sutime)}; stored with every {@link
   * org.sitrep.model.AnnotatedDocument} so annotations made under another configuration can be told
   * apart.
   */
  public String description() {
    String names = String.join(",", annotators());
    if (level.includes(Level.ENTITIES)) {
      String options = (fineGrainedNer ? "fine" : "coarse") + (sutime ? ",sutime" : "");
      names = names.replace("ner", "ner(" + options + ")");
    }
    return ENGINE + ":" + names;
  }
}
