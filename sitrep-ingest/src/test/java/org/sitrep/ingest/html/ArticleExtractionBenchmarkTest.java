package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Limits;
import org.sitrep.testkit.Corpus;

/**
 * Runs the extractor over the article-extraction benchmark (181 real news pages with their expected
 * article bodies), scores it as the benchmark does ({@link ShingleScore}), prints the means and the
 * worst pages, and writes {@code article-extraction-report.txt} into the build folder. The ground
 * truth is read here only, to score; the extractor never sees it.
 */
class ArticleExtractionBenchmarkTest {
  /** The floor; the extractor is tuned well above it (trafilatura scores 0.958). */
  private static final double MIN_MEAN_F1 = 0.90;

  private static final List<PageResult> RESULTS = new ArrayList<>();
  private static long elapsedMillis;

  record PageResult(String key, String url, ShingleScore score, OffsetSample offsets) {}

  @BeforeAll
  static void extractEveryPage() throws IOException {
    Corpus.rootOrSkip();
    Path corpus = Corpus.articleExtraction();
    JsonNode truth = new ObjectMapper().readTree(corpus.resolve("ground-truth.json").toFile());
    List<String> keys = new ArrayList<>();
    truth.fieldNames().forEachRemaining(keys::add);
    keys.sort(Comparator.naturalOrder());
    ArticleExtractor extractor = new ArticleExtractor(Limits.DEFAULT);
    long start = System.nanoTime();
    for (String key : keys) {
      String html = Files.readString(corpus.resolve("html").resolve(key + ".html"));
      String url = truth.get(key).get("url").asText();
      Article article = extractor.extract(html, url);
      ShingleScore score =
          ShingleScore.of(truth.get(key).get("articleBody").asText(), article.text());
      RESULTS.add(new PageResult(key, url, score, OffsetSample.of(article, html)));
    }
    elapsedMillis = (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void meanF1OnTheBenchmarkIsAboveTheFloor() throws IOException, URISyntaxException {
    String report = report();
    System.out.print(report);
    Files.writeString(buildFolder().resolve("article-extraction-report.txt"), report);

    assertThat(RESULTS).hasSize(181);
    assertThat(mean(ShingleScore::f1)).isGreaterThanOrEqualTo(MIN_MEAN_F1);
  }

  @Test
  void offsetsLeadPlainWordsBackToTheSourceOnRealPages() {
    int checked = RESULTS.stream().mapToInt(result -> result.offsets().checked()).sum();
    List<String> misses = new ArrayList<>();
    RESULTS.forEach(
        result -> result.offsets().misses().forEach(miss -> misses.add(result.key() + " " + miss)));

    assertThat(checked).isGreaterThan(50_000);
    // Words spelled with entities in the source (caf&eacute;) cannot be found verbatim.
    assertThat(misses.size())
        .as("misses: %s", misses.stream().limit(20).toList())
        .isLessThan(checked / 1000);
  }

  private static String report() {
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "article extraction: %d pages in %.1f s%nmean precision %.4f  recall %.4f  F1 %.4f%n",
            RESULTS.size(),
            elapsedMillis / 1000.0,
            mean(ShingleScore::precision),
            mean(ShingleScore::recall),
            mean(ShingleScore::f1)));
    report.append("worst pages (F1 precision recall key url):\n");
    RESULTS.stream()
        .sorted(Comparator.comparingDouble((PageResult result) -> result.score().f1()))
        .limit(10)
        .forEach(
            result ->
                report.append(
                    String.format(
                        Locale.ROOT,
                        "  %.3f  %.3f  %.3f  %s  %s%n",
                        result.score().f1(),
                        result.score().precision(),
                        result.score().recall(),
                        result.key().substring(0, 12),
                        result.url())));
    return report.toString();
  }

  private static double mean(java.util.function.ToDoubleFunction<ShingleScore> metric) {
    return RESULTS.stream()
        .mapToDouble(result -> metric.applyAsDouble(result.score()))
        .average()
        .orElse(0);
  }

  /** The build folder ({@code target}, or the one given with -Dsitrep.target) of this module. */
  private static Path buildFolder() throws URISyntaxException {
    Path testClasses =
        Path.of(
            ArticleExtractionBenchmarkTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    return testClasses.getParent();
  }
}
