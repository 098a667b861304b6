package org.sitrep.engine;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.extract.EventExtractor;
import org.sitrep.ingest.DocumentCleaner;
import org.sitrep.ingest.language.LanguageIdentifier;
import org.sitrep.ingest.read.InputReader;
import org.sitrep.ingest.read.InputSink;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Document;
import org.sitrep.model.Refusal;
import org.sitrep.model.RefusalReason;
import org.sitrep.model.Report;
import org.sitrep.model.SourceDocument;
import org.sitrep.model.Stage;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.resolve.Resolver;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.IncidentFilter;
import org.sitrep.store.ReportSet;
import org.sitrep.store.SqliteStore;

/**
 * Sitrep wired: readers, cleaning, annotation and the store, composed from one {@link
 * EngineConfig}. The NLP pipeline and the store are opened on first use, so commands that need
 * neither stay fast. Use from one thread; it runs its own workers.
 */
public final class Engine implements AutoCloseable {
  private final EngineConfig config;
  private final InputReader reader;
  private final DocumentCleaner cleaner;
  private CoreNlpAnnotator annotator;
  private EventExtractor extractor;
  private DocumentStore store;
  private final Resolver resolver = Resolver.standard();

  private Engine(EngineConfig config) {
    this.config = config;
    this.reader = new InputReader(config.limits());
    this.cleaner =
        new DocumentCleaner(config.limits(), new LanguageIdentifier(), config.languages());
  }

  public static Engine open(EngineConfig config) {
    return new Engine(requireNonNull(config, "config"));
  }

  public EngineConfig config() {
    return config;
  }

  /** As {@link #ingest(List, boolean, ProgressListener)} with events. */
  public IngestSummary ingest(List<Path> inputs, ProgressListener progress) {
    return ingest(inputs, true, progress);
  }

  /**
   * Reads, cleans and stores documents; refusals are stored too. With {@code events}, each document
   * whose text has no stored report yet is annotated and extracted and its report stored beside it,
   * and then the incidents of all stored reports are resolved again (when any report is newer than
   * them). One store transaction per batch of {@link EngineConfig#batchSize()} documents; the
   * incidents are replaced in one more.
   */
  public IngestSummary ingest(List<Path> inputs, boolean events, ProgressListener progress) {
    return ingestAll(events, progress, sink -> inputs.forEach(input -> reader.read(input, sink)));
  }

  /**
   * As {@link #ingest(List, boolean, ProgressListener)} with events, for JSON lines (the input
   * lines of CONTRACT.md) read from a stream; {@code origin} names the stream in refusals.
   */
  public IngestSummary ingest(InputStream jsonLines, String origin, ProgressListener progress) {
    return ingestAll(true, progress, sink -> reader.readJsonLines(jsonLines, origin, sink));
  }

  private IngestSummary ingestAll(
      boolean events, ProgressListener progress, Consumer<InputSink> reading) {
    DocumentStore documents = store();
    IngestRun run = new IngestRun(documents, config.batchSize(), progress);
    List<String> skipped = new ArrayList<>();
    try (OrderedRunner<Extraction> runner =
        new OrderedRunner<>(ingestStage(events), config.limits(), config.threads(), run::accept)) {
      reading.accept(sink(runner, skipped));
      runner.finish();
    }
    IngestSummary summary = run.finish(skipped);
    return events ? summary.withIncidents(resolveStored()) : summary;
  }

  /**
   * Resolves the incidents of all stored reports and stores them in place of the previous ones,
   * unless they are already resolved from every stored report.
   *
   * @return how many incidents the store holds
   */
  public int resolveStored() {
    DocumentStore documents = store();
    if (!documents.incidentsCurrent()) {
      ReportSet reports = documents.reports();
      documents.replaceIncidents(resolver.resolve(reports.reports()), reports.version());
    }
    return documents.incidents(IncidentFilter.ALL).size();
  }

  private Stage<SourceDocument, Extraction> ingestStage(boolean events) {
    if (!events) {
      return extractionStage(false);
    }
    DocumentStore documents = store();
    // A text whose report is stored is not annotated again: re-ingesting costs a hash lookup, and
    // the NLP models are loaded only when a new text needs them.
    return cleaner.then(
        (Document document, org.sitrep.model.StageContext context) -> {
          if (documents.hasReport(document.contentHash())) {
            return new Extraction(document.id(), document, null, null, null);
          }
          AnnotatedDocument annotated = annotator().apply(document, context);
          return new Extraction(
              document.id(), document, annotated, extractor().apply(annotated, context), null);
        });
  }

  /**
   * Cleans each input document and, with {@code events}, annotates it and extracts the events it
   * tells of; results come in input order. Stores nothing.
   */
  public void extract(List<Path> inputs, boolean events, Consumer<Extraction> out) {
    runExtraction(events, out, sink -> inputs.forEach(input -> reader.read(input, sink)));
  }

  /** As {@link #extract(List, boolean, Consumer)}, for JSON lines read from a stream. */
  public void extract(InputStream jsonLines, boolean events, Consumer<Extraction> out) {
    runExtraction(events, out, sink -> reader.readJsonLines(jsonLines, "stdin", sink));
  }

  /**
   * The whole flow in memory over all inputs: each document cleaned, annotated and extracted, then
   * the accounts of all of them linked into incidents. Refusals go to {@code refused} as they
   * happen; a second document with an id already read is refused as a duplicate. Stores nothing.
   */
  public Resolution resolve(List<Path> inputs, Consumer<Refusal> refused) {
    return resolveAll(refused, sink -> extract(inputs, true, sink));
  }

  /** As {@link #resolve(List, Consumer)}, for JSON lines read from a stream. */
  public Resolution resolve(InputStream jsonLines, Consumer<Refusal> refused) {
    return resolveAll(refused, sink -> extract(jsonLines, true, sink));
  }

  private Resolution resolveAll(
      Consumer<Refusal> refused, Consumer<Consumer<Extraction>> extracting) {
    Map<String, Report> reports = new LinkedHashMap<>();
    extracting.accept(
        extraction -> {
          if (extraction.isRefused()) {
            refused.accept(extraction.refusal());
          } else if (reports.putIfAbsent(extraction.document().id(), extraction.report()) != null) {
            refused.accept(
                new Refusal(
                    extraction.input(),
                    RefusalReason.MALFORMED,
                    "a document with the id " + extraction.document().id() + " was already read"));
          }
        });
    Map<String, Document> documents = new LinkedHashMap<>();
    reports.forEach((id, report) -> documents.put(id, report.document()));
    return new Resolution(resolver.resolve(List.copyOf(reports.values())), documents);
  }

  /** The store, opened on first use. */
  public DocumentStore store() {
    if (store == null) {
      store = SqliteStore.open(config.store());
    }
    return store;
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }

  private void runExtraction(
      boolean annotate, Consumer<Extraction> out, Consumer<InputSink> reading) {
    Stage<SourceDocument, Extraction> stage = extractionStage(annotate);
    try (OrderedRunner<Extraction> runner =
        new OrderedRunner<>(
            stage,
            config.limits(),
            config.threads(),
            outcome ->
                out.accept(
                    outcome.isRefused()
                        ? new Extraction(outcome.input(), null, null, null, outcome.refusal())
                        : outcome.result()))) {
      reading.accept(sink(runner, new ArrayList<>()));
      runner.finish();
    }
  }

  private Stage<SourceDocument, Extraction> extractionStage(boolean events) {
    if (!events) {
      return cleaner.then(
          (Document document, org.sitrep.model.StageContext context) ->
              new Extraction(document.id(), document, null, null, null));
    }
    CoreNlpAnnotator nlp = annotator();
    EventExtractor eventExtractor = extractor();
    return cleaner.then(
        (Document document, org.sitrep.model.StageContext context) -> {
          AnnotatedDocument annotated = nlp.apply(document, context);
          return new Extraction(
              document.id(), document, annotated, eventExtractor.apply(annotated, context), null);
        });
  }

  private synchronized CoreNlpAnnotator annotator() {
    if (annotator == null) {
      annotator = new CoreNlpAnnotator(NlpConfig.DEFAULT);
    }
    return annotator;
  }

  private synchronized EventExtractor extractor() {
    if (extractor == null) {
      extractor = EventExtractor.standard();
    }
    return extractor;
  }

  private static <O> InputSink sink(OrderedRunner<O> runner, List<String> skipped) {
    return new InputSink() {
      @Override
      public void document(SourceDocument document) {
        runner.submit(document);
      }

      @Override
      public void refused(Refusal refusal) {
        runner.refused(refusal);
      }

      @Override
      public void skipped(String input, String why) {
        skipped.add(input + ": " + why);
      }
    };
  }
}
