package org.sitrep.nlp;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.pipeline.Annotation;
import java.time.Duration;
import java.util.List;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Document;
import org.sitrep.model.Limits;
import org.sitrep.model.RefusalReason;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.Sentence;
import org.sitrep.model.Stage;
import org.sitrep.model.StageContext;

/**
 * Annotates a {@link Document} with CoreNLP: sentences, tokens (with tags, lemmas and entity tags
 * as configured), entity mentions, time expressions and, at {@link NlpConfig.Level#PARSE},
 * dependencies.
 *
 * <p><b>Offsets.</b> Every sentence, token, mention and time expression carries character offsets
 * into {@link Document#text()}, and {@code text.substring(start, end)} is its text: token text is
 * the text as written, never CoreNLP's normalized form (no {@code ``} for a curly quote, no {@code
 * -LRB-}).
 *
 * <p><b>Dates.</b> The publication date, when known, is SUTime's reference date, so "Thursday" in a
 * report published on Monday 2021-08-30 resolves to {@code 2021-08-26}. When it is unknown nothing
 * is assumed: relative dates keep underspecified values such as {@code XXXX-08-26}. A bare weekday
 * is resolved from its own sentence, never from SUTime's state left by other documents (see {@code
 * WeekdayResolver}), so the same document always gets the same dates.
 *
 * <p><b>Refusals.</b> Blank text is refused as {@link RefusalReason#EMPTY}; a text with more tokens
 * than {@link Limits#maxTokens()} as {@link RefusalReason#TOO_LARGE}, decided after the cheap
 * tokenizer and before the expensive annotators; an annotation running past {@link
 * Limits#timeout()} is stopped and refused as {@link RefusalReason#TIMEOUT}.
 *
 * <p><b>Threads.</b> Thread-safe: one instance annotates many documents at once. The models are
 * loaded once, on the first document or on {@link #load()}, which takes seconds and, with NER,
 * about 1.5 GB of heap. CoreNLP's own logging is switched off; nothing is printed.
 */
public final class CoreNlpAnnotator implements Stage<Document, AnnotatedDocument> {
  private final NlpConfig config;
  private final CoreNlpPipeline pipeline;

  public CoreNlpAnnotator(NlpConfig config) {
    this.config = requireNonNull(config, "config");
    this.pipeline = new CoreNlpPipeline(config);
  }

  /** An annotator with {@link NlpConfig#DEFAULT}. */
  public static CoreNlpAnnotator withDefaults() {
    return new CoreNlpAnnotator(NlpConfig.DEFAULT);
  }

  public NlpConfig config() {
    return config;
  }

  /** Loads the models now instead of on the first document; returns this annotator. */
  public CoreNlpAnnotator load() {
    pipeline.load();
    return this;
  }

  @Override
  public AnnotatedDocument apply(Document document, StageContext context) throws RejectedInput {
    requireNonNull(document, "document");
    requireNonNull(context, "context");
    if (document.text().isBlank()) {
      throw new RejectedInput(RefusalReason.EMPTY, "no text to annotate");
    }
    pipeline.load();
    long started = System.nanoTime();
    Annotation annotation = pipeline.tokenize(document.text(), document.published().value());
    refuseTooMany(AnnotationReader.tokenCount(annotation), context.limits().maxTokens());
    Duration left = context.limits().timeout().minusNanos(System.nanoTime() - started);
    analyze(annotation, left, context.limits().timeout());
    return read(document, annotation);
  }

  private AnnotatedDocument read(Document document, Annotation annotation) {
    List<Sentence> sentences = AnnotationReader.sentences(annotation);
    WeekdayResolver weekdays = new WeekdayResolver(document.published().value(), sentences);
    return new AnnotatedDocument(
        document,
        sentences,
        AnnotationReader.entities(annotation).stream().map(weekdays::resolve).toList(),
        UntaggedDays.added(
            document.text(),
            sentences,
            AnnotationReader.times(annotation).stream().map(weekdays::resolve).toList(),
            document.published().value()),
        config.description());
  }

  private static void refuseTooMany(int tokens, int maxTokens) throws RejectedInput {
    if (tokens > maxTokens) {
      throw new RejectedInput(
          RefusalReason.TOO_LARGE, tokens + " tokens, more than the limit of " + maxTokens);
    }
  }

  private void analyze(Annotation annotation, Duration left, Duration timeout)
      throws RejectedInput {
    Watchdog.Outcome<Annotation> outcome =
        Watchdog.run(
            left,
            () -> {
              pipeline.analyze(annotation);
              return annotation;
            });
    if (outcome.timedOut()) {
      throw new RejectedInput(
          RefusalReason.TIMEOUT, "annotation took longer than " + timeout.toMillis() + " ms");
    }
  }

  @Override
  public String toString() {
    return "CoreNlpAnnotator[" + config.description() + "]";
  }
}
