package org.sitrep.nlp;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP pipelines of one {@link NlpConfig}, loaded on first use. Split in two so a document
 * can be counted after the cheap tokenizer and refused before the expensive annotators run: the
 * {@code tokenize,ssplit} pipeline, and the rest applied to the same annotation. Thread-safe:
 * loading happens once, and CoreNLP's annotators may annotate several documents at once.
 */
final class CoreNlpPipeline {
  private static final int TOKENIZER_ANNOTATORS = 2;

  private final NlpConfig config;
  private volatile Engines engines;

  /** The loaded pipelines; {@code analyzer} is null when only tokens are wanted. */
  private record Engines(StanfordCoreNLP tokenizer, StanfordCoreNLP analyzer) {}

  CoreNlpPipeline(NlpConfig config) {
    this.config = requireNonNull(config, "config");
  }

  /** Loads the models now rather than on the first document. */
  void load() {
    engines();
  }

  /** Splits {@code text} into sentences and tokens, with {@code docDate} kept for SUTime. */
  Annotation tokenize(String text, LocalDate docDate) {
    Annotation annotation = new Annotation(text);
    if (docDate != null) {
      // Without a docDate SUTime leaves relative dates underspecified (XXXX-08-26) rather than
      // resolving them against today; with it, "Thursday" becomes a day.
      annotation.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
    }
    engines().tokenizer().annotate(annotation);
    return annotation;
  }

  /** Runs the annotators after the tokenizer on an annotation {@link #tokenize} made. */
  void analyze(Annotation annotation) {
    StanfordCoreNLP analyzer = engines().analyzer();
    if (analyzer != null) {
      analyzer.annotate(annotation);
    }
  }

  private Engines engines() {
    Engines loaded = engines;
    if (loaded == null) {
      synchronized (this) {
        loaded = engines;
        if (loaded == null) {
          loaded = load(config);
          engines = loaded;
        }
      }
    }
    return loaded;
  }

  private static Engines load(NlpConfig config) {
    quietLogging();
    List<String> names = config.annotators();
    StanfordCoreNLP tokenizer =
        new StanfordCoreNLP(properties(config, names.subList(0, TOKENIZER_ANNOTATORS)), true);
    List<String> rest = names.subList(TOKENIZER_ANNOTATORS, names.size());
    // The analyzer starts where the tokenizer stopped, so its requirements are met by the
    // annotation it is given, not by its own annotator list.
    StanfordCoreNLP analyzer =
        rest.isEmpty() ? null : new StanfordCoreNLP(properties(config, rest), false);
    return new Engines(tokenizer, analyzer);
  }

  static Properties properties(NlpConfig config, List<String> annotators) {
    Properties properties = new Properties();
    properties.setProperty("annotators", String.join(",", annotators));
    properties.setProperty("tokenize.language", "en");
    // A blank line ends a sentence, so a headline without a full stop never runs into the lead.
    properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
    properties.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    properties.setProperty("ner.useSUTime", Boolean.toString(config.sutime()));
    // Numbers with their hedges (">=12.0") are what figure extraction reads.
    properties.setProperty("ner.applyNumericClassifiers", "true");
    properties.setProperty("ner.buildEntityMentions", "true");
    return properties;
  }

  /**
   * CoreNLP logs through its own Redwood logger to stderr ("Adding annotator ner", model loading
   * times). Only the CLI prints in Sitrep, so Redwood's handlers are removed; this is global to the
   * JVM, which is fine because CoreNLP lives only in this module.
   */
  private static void quietLogging() {
    RedwoodConfiguration.current().clear().apply();
  }
}
