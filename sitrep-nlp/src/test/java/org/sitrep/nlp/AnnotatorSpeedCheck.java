package org.sitrep.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.StageContext;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.NlpConfig.Level;

/**
 * Times each configuration on the seed reports, after a warm-up pass, with one and two threads, and
 * shows what each finds that extraction needs. Excluded from the build; run with {@code mvn -o -q
 * -pl sitrep-nlp test -Dnlp.excludedGroups= -Dgroups=benchmark -Dtest=AnnotatorSpeedCheck}.
 */
@Tag("benchmark")
class AnnotatorSpeedCheck {
  private static final long MIN_NANOS = 4_000_000_000L;
  private static final List<NlpConfig> CONFIGS =
      List.of(
          NlpConfig.of(Level.TOKENS),
          NlpConfig.of(Level.TAGS),
          new NlpConfig(Level.ENTITIES, true, true),
          new NlpConfig(Level.ENTITIES, false, true),
          new NlpConfig(Level.ENTITIES, true, false),
          new NlpConfig(Level.ENTITIES, false, false),
          new NlpConfig(Level.PARSE, false, true));

  /** One configuration's speed and findings on the seeds. */
  record Measurement(
      NlpConfig config, Speed one, Speed two, long loadMillis, List<AnnotatedDocument> output) {}

  /** Throughput over whole passes of the seeds. */
  record Speed(double tokensPerSecond, double documentsPerSecond) {}

  @Test
  void timesEachConfigurationOnTheSeeds() throws Exception {
    List<Document> seeds = Documents.seeds();
    System.out.println(
        "| annotator | load s | tokens/s 1 thread | docs/s 1 thread | tokens/s 2 threads"
            + " | docs/s 2 threads | NUMBER | with hedge | DATE values | resolved dates"
            + " | PERSON | ORGANIZATION | LOCATION (+CITY, COUNTRY, STATE) |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (NlpConfig config : CONFIGS) {
      System.out.println(row(measure(config, seeds)));
      // Each configuration loads its own NER models; free them before the next.
      StanfordCoreNLP.clearAnnotatorPool();
      System.gc();
    }
  }

  private static Measurement measure(NlpConfig config, List<Document> seeds) throws Exception {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(config);
    long started = System.nanoTime();
    annotator.load();
    long loadMillis = (System.nanoTime() - started) / 1_000_000;
    List<AnnotatedDocument> output = pass(annotator, seeds, 1);
    Speed one = speed(annotator, seeds, 1);
    Speed two = speed(annotator, seeds, 2);
    return new Measurement(config, one, two, loadMillis, output);
  }

  private static Speed speed(CoreNlpAnnotator annotator, List<Document> seeds, int threads)
      throws Exception {
    long tokens = 0;
    long documents = 0;
    long started = System.nanoTime();
    do {
      for (AnnotatedDocument annotated : pass(annotator, seeds, threads)) {
        tokens += annotated.tokenCount();
        documents++;
      }
    } while (System.nanoTime() - started < MIN_NANOS);
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Speed(tokens / seconds, documents / seconds);
  }

  private static List<AnnotatedDocument> pass(
      CoreNlpAnnotator annotator, List<Document> seeds, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<AnnotatedDocument>> futures = new ArrayList<>();
      for (Document seed : seeds) {
        futures.add(pool.submit(() -> annotate(annotator, seed)));
      }
      List<AnnotatedDocument> done = new ArrayList<>();
      for (Future<AnnotatedDocument> future : futures) {
        done.add(future.get());
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  private static AnnotatedDocument annotate(CoreNlpAnnotator annotator, Document seed)
      throws RejectedInput {
    return annotator.apply(seed, StageContext.withDefaults());
  }

  private static String row(Measurement m) {
    List<EntityMention> mentions =
        m.output().stream().flatMap(doc -> doc.entities().stream()).toList();
    List<TimeExpression> times = m.output().stream().flatMap(doc -> doc.times().stream()).toList();
    return String.format(
        Locale.ROOT,
        "| %s | %.1f | %,.0f | %.1f | %,.0f | %.1f | %d | %d | %d | %d | %d | %d | %d |",
        m.config().description().replace(NlpConfig.ENGINE + ":", ""),
        m.loadMillis() / 1000.0,
        m.one().tokensPerSecond(),
        m.one().documentsPerSecond(),
        m.two().tokensPerSecond(),
        m.two().documentsPerSecond(),
        count(mentions, "NUMBER"),
        mentions.stream()
            .filter(mention -> mention.type().equals("NUMBER") && mention.normalized() != null)
            .filter(mention -> mention.normalized().matches("[<>~].*"))
            .count(),
        new TreeSet<>(times.stream().map(TimeExpression::text).toList()).size(),
        times.stream()
            .filter(time -> time.value() != null && time.value().matches("\\d{4}.*"))
            .count(),
        count(mentions, "PERSON"),
        count(mentions, "ORGANIZATION"),
        count(mentions, "LOCATION")
            + count(mentions, "CITY")
            + count(mentions, "COUNTRY")
            + count(mentions, "STATE_OR_PROVINCE"));
  }

  private static long count(List<EntityMention> mentions, String type) {
    return mentions.stream().filter(mention -> mention.type().equals(type)).count();
  }
}
