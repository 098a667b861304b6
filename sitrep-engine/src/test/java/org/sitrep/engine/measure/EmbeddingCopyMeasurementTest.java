package org.sitrep.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.model.Document;
import org.sitrep.model.Report;
import org.sitrep.resolve.source.CopyDetector;
import org.sitrep.testkit.Corpus;

/**
 * A measurement: would MiniLM embeddings find the copies that {@link CopyDetector}'s MinHash and
 * sentence alignment miss, above all seed 001, a machine paraphrase ("spun" text)? For every pair
 * of the five seeds and of the bundled examples (one of which is a syndicated wire copy) it writes
 * the MinHash Jaccard, the word-aligned share, the cosine of the two documents' mean sentence
 * embeddings and the embedding alignment (the mean, over the shorter document's sentences, of the
 * best cosine with a sentence of the other) to {@code target/embedding-copy-measurement.txt}. Runs
 * only with {@code -Dmeasure.embeddings=true}.
 */
@Tag("measurement")
@EnabledIfSystemProperty(named = "measure.embeddings", matches = "true")
class EmbeddingCopyMeasurementTest {
  private static final Path TABLE = Path.of("target", "embedding-copy-measurement.txt");
  private static final StringBuilder OUT = new StringBuilder();
  private static SentenceEmbedder embedder;

  @TempDir static Path store;

  /** Scores of one pair of documents. */
  record Similarity(
      String left, String right, double minhash, double aligned, double mean, double alignment) {}

  @BeforeAll
  static void loadTheModel() {
    embedder = new SentenceEmbedder();
  }

  @AfterAll
  static void writeTheTable() throws IOException {
    embedder.close();
    Files.createDirectories(TABLE.getParent());
    Files.writeString(TABLE, OUT);
    System.out.print(OUT);
  }

  /**
   * All five seeds tell of Kabul in August 2021 from different outlets; 001 is a machine paraphrase
   * of an article that is not among them. Independent accounts of one event stay well below the
   * alignment of a rewritten copy.
   */
  @Test
  void noSeedIsTakenForACopyOfAnother() {
    Map<String, Similarity> pairs = measure("seeds", Corpus.seeds());
    assertThat(pairs).hasSize(10);
    assertThat(pairs.values()).allSatisfy(pair -> assertThat(pair.alignment()).isLessThan(0.75));
  }

  /** 03-feeds.jsonl's second line rewrites the wire report of 01-wire-first.txt. */
  @Test
  void theWireCopyOfTheExamplesIsTheirMostAlignedPair() {
    Map<String, Similarity> pairs = measure("examples", examples());
    Similarity copy =
        pairs.values().stream()
            .max((a, b) -> Double.compare(a.alignment(), b.alignment()))
            .orElseThrow();
    assertThat(copy.aligned()).isGreaterThanOrEqualTo(CopyDetector.ALIGNED);
    assertThat(copy.alignment()).isGreaterThan(0.8);
    assertThat(pairs.values().stream().filter(pair -> pair.alignment() > 0.75)).hasSize(1);
  }

  private static Path examples() {
    Path here = Path.of("").toAbsolutePath();
    Path sibling = here.resolveSibling("examples");
    return Files.isDirectory(sibling) ? sibling : here.resolve("examples");
  }

  private static Map<String, Similarity> measure(String name, Path folder) {
    List<Report> reports = new ArrayList<>();
    try (Engine engine = Engine.open(EngineConfig.defaults(store.resolve(name)))) {
      engine.extract(
          List.of(folder),
          true,
          extraction -> {
            if (!extraction.isRefused()) {
              reports.add(extraction.report());
            }
          });
    }
    List<Document> documents = reports.stream().map(Report::document).toList();
    CopyDetector copies = new CopyDetector(documents);
    Map<String, List<String>> sentences = new LinkedHashMap<>();
    for (Report report : reports) {
      sentences.put(report.document().id(), SentenceEmbedder.sentences(report));
      embedder.embed(sentences.get(report.document().id()));
    }
    OUT.append(
        String.format(
            Locale.ROOT,
            "%n%s (%d documents)%n%-28s %-28s %8s %8s %8s %8s%n",
            name,
            documents.size(),
            "left",
            "right",
            "minhash",
            "aligned",
            "emb-mean",
            "emb-align"));
    Map<String, Similarity> pairs = new LinkedHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      for (int j = i + 1; j < documents.size(); j++) {
        Similarity pair = similarity(documents.get(i), documents.get(j), copies, sentences);
        pairs.put(pair.left() + "|" + pair.right(), pair);
        OUT.append(
            String.format(
                Locale.ROOT,
                "%-28s %-28s %8.3f %8.3f %8.3f %8.3f%n",
                pair.left(),
                pair.right(),
                pair.minhash(),
                pair.aligned(),
                pair.mean(),
                pair.alignment()));
      }
    }
    return pairs;
  }

  private static Similarity similarity(
      Document a, Document b, CopyDetector copies, Map<String, List<String>> sentences) {
    String left = label(a);
    String right = label(b);
    boolean swap = left.compareTo(right) > 0;
    List<String> ofA = sentences.get(a.id());
    List<String> ofB = sentences.get(b.id());
    return new Similarity(
        swap ? right : left,
        swap ? left : right,
        copies.similarity(a.id(), b.id()),
        copies.aligned(a.id(), b.id()),
        SentenceEmbedder.cosine(embedder.mean(ofA), embedder.mean(ofB)),
        alignment(ofA.size() <= ofB.size() ? ofA : ofB, ofA.size() <= ofB.size() ? ofB : ofA));
  }

  /** The mean, over the shorter document's sentences, of each one's best cosine in the other. */
  private static double alignment(List<String> shorter, List<String> longer) {
    double sum = 0;
    for (String sentence : shorter) {
      double best = 0;
      for (String other : longer) {
        best = Math.max(best, SentenceEmbedder.cosine(embedder.of(sentence), embedder.of(other)));
      }
      sum += best;
    }
    return shorter.isEmpty() ? 0 : sum / shorter.size();
  }

  /** A seed's number ("001"), or the example's file name with its line in a feed. */
  private static String label(Document document) {
    String source = Path.of(document.source()).getFileName().toString();
    return source.matches("\\d{3}_.*") ? source.substring(0, 3) : source;
  }
}
