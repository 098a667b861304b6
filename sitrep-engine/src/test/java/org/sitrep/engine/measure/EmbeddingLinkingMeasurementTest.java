package org.sitrep.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.model.Claim;
import org.sitrep.model.EventMention;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.resolve.link.LinkPolicy;
import org.sitrep.resolve.link.MentionProfile;
import org.sitrep.resolve.link.PairScore;
import org.sitrep.resolve.link.PairScorer;
import org.sitrep.resolve.link.Profiles;
import org.sitrep.testkit.Corpus;

/**
 * A measurement, not a check of the product: would MiniLM sentence embeddings link the Gun Violence
 * Corpus' accounts better than the TF-IDF cosine the resolver uses? For every pair of articles
 * whose main accounts the resolver's blocking compares (same country or no country, anchors within
 * 30 days), it scores the pair by the resolver's own word vectors ({@link Profiles}), by the MiniLM
 * cosine of the main account's sentences, and by that of the article's first three sentences, and
 * reports ROC AUC for same- against different-incident pairs and the same-incident pairs below the
 * linking threshold that an embedding threshold chosen on train would lift. Writes {@code
 * target/embedding-linking-measurement.txt}. Slow (the whole corpus is extracted, a 90 MB model
 * loaded), so it runs only with {@code -Dmeasure.embeddings=true}; docs/RESOLUTION.md has the
 * numbers.
 */
@Tag("measurement")
@EnabledIfSystemProperty(named = "measure.embeddings", matches = "true")
class EmbeddingLinkingMeasurementTest {
  private static final Path TABLE = Path.of("target", "embedding-linking-measurement.txt");
  private static final double THRESHOLD = LinkPolicy.STANDARD.threshold();
  private static final int LEAD_SENTENCES = 3;
  private static final List<String> SPLITS = List.of("train", "dev", "test", "all");

  private static final Map<String, String> INCIDENT_OF = new HashMap<>();
  private static final Map<String, String> SPLIT_OF = new HashMap<>();
  private static final List<Pair> PAIRS = new ArrayList<>();
  private static final StringBuilder OUT = new StringBuilder();
  private static SentenceEmbedder embedder;

  @TempDir static Path store;

  /** One compared pair of articles and its scores. */
  record Pair(
      String left,
      String right,
      boolean same,
      String split,
      double words,
      double account,
      double lead,
      PairScore resolver,
      boolean sameRegion) {}

  @BeforeAll
  static void scoreTheComparedPairs() throws IOException {
    readGold();
    List<Report> reports = extract();
    Map<String, MentionProfile> main = new LinkedHashMap<>();
    for (MentionProfile profile : Profiles.of(reports)) {
      if (profile.main()) {
        main.put(profile.documentId(), profile);
      }
    }
    Map<String, List<String>> accountText = new HashMap<>();
    Map<String, List<String>> leadText = new HashMap<>();
    Set<String> texts = new LinkedHashSet<>();
    for (Report report : reports) {
      MentionProfile profile = main.get(report.document().id());
      if (profile != null) {
        List<String> account = accountSentences(report, profile.mention());
        List<String> all = SentenceEmbedder.sentences(report);
        List<String> lead = all.subList(0, Math.min(LEAD_SENTENCES, all.size()));
        accountText.put(profile.documentId(), account);
        leadText.put(profile.documentId(), lead);
        texts.addAll(account);
        texts.addAll(lead);
      }
    }
    embedder = new SentenceEmbedder();
    embedder.embed(texts);
    OUT.append(
        String.format(
            Locale.ROOT,
            "GVC: %d reports, %d with a main account; %d sentences embedded at %.0f/s (2 threads)%n",
            reports.size(),
            main.size(),
            embedder.embedded(),
            embedder.perSecond()));
    Map<String, float[]> accountVector = new HashMap<>();
    Map<String, float[]> leadVector = new HashMap<>();
    accountText.forEach((id, sentences) -> accountVector.put(id, embedder.mean(sentences)));
    leadText.forEach((id, sentences) -> leadVector.put(id, embedder.mean(sentences)));
    pairUp(new ArrayList<>(main.values()), accountVector, leadVector);
  }

  @AfterAll
  static void writeTheTable() throws IOException {
    if (embedder != null) {
      embedder.close();
    }
    Files.createDirectories(TABLE.getParent());
    Files.writeString(TABLE, OUT);
    System.out.print(OUT);
  }

  private static void readGold() throws IOException {
    JsonNode gold = new ObjectMapper().readTree(Corpus.gvc().resolve("gold.json").toFile());
    for (JsonNode incident : gold.get("incidents")) {
      for (JsonNode document : incident.get("documents")) {
        INCIDENT_OF.put(document.asText(), incident.get("incident").asText());
        SPLIT_OF.put(document.asText(), incident.get("split").asText());
      }
    }
  }

  private static List<Report> extract() {
    Map<String, Report> reports = new LinkedHashMap<>();
    try (Engine engine = Engine.open(EngineConfig.defaults(store))) {
      engine.extract(
          List.of(Corpus.gvc().resolve("documents.jsonl")),
          true,
          extraction -> {
            if (!extraction.isRefused()) {
              reports.putIfAbsent(extraction.report().document().id(), extraction.report());
            }
          });
    }
    List<Report> sorted = new ArrayList<>(reports.values());
    sorted.sort(Comparator.comparing(report -> report.document().id()));
    return sorted;
  }

  /** The sentences that tell of an account: those its trigger or any claim's evidence touches. */
  private static List<String> accountSentences(Report report, EventMention mention) {
    List<Span> spans = new ArrayList<>();
    spans.add(mention.trigger());
    mention.claims().stream().map(Claim::evidence).forEach(spans::add);
    String text = report.document().text();
    List<String> out = new ArrayList<>();
    for (Sentence sentence : report.annotated().sentences()) {
      if (spans.stream().anyMatch(s -> s.start() < sentence.end() && s.end() > sentence.start())) {
        out.add(text.substring(sentence.start(), sentence.end()).strip());
      }
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  /** The pairs the resolver's blocking compares, as {@code Linker.candidates} chooses them. */
  private static void pairUp(
      List<MentionProfile> mains, Map<String, float[]> account, Map<String, float[]> lead) {
    PairScorer scorer = new PairScorer(LinkPolicy.STANDARD);
    for (int i = 0; i < mains.size(); i++) {
      for (int j = i + 1; j < mains.size(); j++) {
        MentionProfile a = mains.get(i);
        MentionProfile b = mains.get(j);
        if (!INCIDENT_OF.containsKey(a.documentId())
            || !INCIDENT_OF.containsKey(b.documentId())
            || !blockedTogether(a, b)) {
          continue;
        }
        String splitA = SPLIT_OF.get(a.documentId());
        PAIRS.add(
            new Pair(
                a.documentId(),
                b.documentId(),
                INCIDENT_OF.get(a.documentId()).equals(INCIDENT_OF.get(b.documentId())),
                splitA.equals(SPLIT_OF.get(b.documentId())) ? splitA : "cross",
                dot(a.terms(), b.terms()),
                SentenceEmbedder.cosine(account.get(a.documentId()), account.get(b.documentId())),
                SentenceEmbedder.cosine(lead.get(a.documentId()), lead.get(b.documentId())),
                scorer.score(a, b),
                sameRegion(a, b)));
      }
    }
  }

  /** Both placed in one first-level division (a US state): the look-alikes that matter. */
  private static boolean sameRegion(MentionProfile a, MentionProfile b) {
    return a.place() != null
        && b.place() != null
        && a.place().admin1() != null
        && a.place().admin1().equals(b.place().admin1());
  }

  private static boolean blockedTogether(MentionProfile a, MentionProfile b) {
    String countryA = a.place() != null ? a.place().country() : null;
    String countryB = b.place() != null ? b.place().country() : null;
    if (countryA != null && countryB != null && !countryA.equals(countryB)) {
      return false;
    }
    LocalDate anchorA = a.anchor();
    LocalDate anchorB = b.anchor();
    return anchorA == null
        || anchorB == null
        || Math.abs(ChronoUnit.DAYS.between(anchorA, anchorB)) <= LinkPolicy.STANDARD.windowDays();
  }

  /** The cosine of two unit word vectors, as {@code TermVectors.cosine} (package-private). */
  private static double dot(Map<String, Double> left, Map<String, Double> right) {
    double sum = 0;
    for (Map.Entry<String, Double> entry : left.entrySet()) {
      Double other = right.get(entry.getKey());
      if (other != null) {
        sum += entry.getValue() * other;
      }
    }
    return sum;
  }

  private static List<Pair> in(String split) {
    return PAIRS.stream()
        .filter(pair -> split.equals("all") || pair.split().equals(split))
        .toList();
  }

  @Test
  void theWordCosineIsTheResolversOwn() {
    for (Pair pair : PAIRS) {
      Double words = pair.resolver().features().get("words");
      if (words != null) {
        assertThat(pair.words())
            .as(pair.left() + " " + pair.right())
            .isCloseTo(words, within(1e-9));
      }
    }
  }

  @Test
  void sameIncidentPairsAreCloserInEmbeddingsThanOthers() {
    Map<String, ToDoubleFunction<Pair>> scores = new LinkedHashMap<>();
    scores.put("tfidf", Pair::words);
    scores.put("emb-account", Pair::account);
    scores.put("emb-lead3", Pair::lead);
    scores.put("max(tfidf,account)", pair -> Math.max(pair.words(), pair.account()));
    scores.put("avg(tfidf,account)", pair -> (pair.words() + pair.account()) / 2);
    scores.put("avg(tfidf,lead3)", pair -> (pair.words() + pair.lead()) / 2);
    double weight = bestWeight();
    scores.put(
        String.format(Locale.ROOT, "tfidf+%.2f*account", weight),
        pair -> pair.words() + weight * pair.account());
    scores.put("resolver score", pair -> pair.resolver().vetoed() ? -1 : pair.resolver().score());
    aucTable("the blocking compares", scores, pair -> true);
    aucTable("placed in one state", scores, Pair::sameRegion);
    meansAndRescues();
    assertThat(mean(PAIRS, true, Pair::account)).isGreaterThan(mean(PAIRS, false, Pair::account));
    assertThat(mean(PAIRS, true, Pair::lead)).isGreaterThan(mean(PAIRS, false, Pair::lead));
    assertThat(auc(PAIRS, Pair::account)).isGreaterThan(0.75);
  }

  private static void aucTable(
      String title, Map<String, ToDoubleFunction<Pair>> scores, Predicate<Pair> kept) {
    Map<String, List<Pair>> splits = new LinkedHashMap<>();
    SPLITS.forEach(split -> splits.put(split, in(split).stream().filter(kept).toList()));
    OUT.append("\nROC AUC, same- vs different-incident pairs ").append(title).append('\n');
    OUT.append(String.format(Locale.ROOT, "%-22s", "score"));
    splits.keySet().forEach(split -> OUT.append(String.format(Locale.ROOT, "%11s", split)));
    OUT.append(String.format(Locale.ROOT, "%n%-22s", "pairs (same/diff)"));
    splits.forEach(
        (split, pairs) -> {
          long same = pairs.stream().filter(Pair::same).count();
          OUT.append(String.format(Locale.ROOT, "%11s", same + "/" + (pairs.size() - same)));
        });
    OUT.append('\n');
    scores.forEach(
        (name, score) -> {
          OUT.append(String.format(Locale.ROOT, "%-22s", name));
          splits
              .values()
              .forEach(
                  pairs -> OUT.append(String.format(Locale.ROOT, "%11.3f", auc(pairs, score))));
          OUT.append('\n');
        });
  }

  /** The weight of the account embedding beside TF-IDF that gives the best AUC on train. */
  private static double bestWeight() {
    double best = 0;
    double bestAuc = -1;
    for (int step = 0; step <= 40; step++) {
      double weight = step * 0.05;
      double auc = auc(in("train"), pair -> pair.words() + weight * pair.account());
      if (auc > bestAuc + 1e-12) {
        bestAuc = auc;
        best = weight;
      }
    }
    return best;
  }

  private static void meansAndRescues() {
    OUT.append("\nmean score, same / different\n");
    for (String split : SPLITS) {
      List<Pair> pairs = in(split);
      OUT.append(
          String.format(
              Locale.ROOT,
              "%-6s tfidf %.3f / %.3f   account %.3f / %.3f   lead3 %.3f / %.3f%n",
              split,
              mean(pairs, true, Pair::words),
              mean(pairs, false, Pair::words),
              mean(pairs, true, Pair::account),
              mean(pairs, false, Pair::account),
              mean(pairs, true, Pair::lead),
              mean(pairs, false, Pair::lead)));
    }
    Predicate<Pair> lowWords = pair -> pair.words() < THRESHOLD;
    Predicate<Pair> lowScore =
        pair -> !pair.resolver().vetoed() && pair.resolver().score() < THRESHOLD;
    rescues("account", Pair::account, "tfidf", lowWords);
    rescues("lead3", Pair::lead, "tfidf", lowWords);
    rescues("account", Pair::account, "unvetoed resolver score", lowScore);
  }

  /**
   * Among compared pairs whose word cosine (or whole score) is below the linking threshold: the
   * embedding threshold that lifts the most same-incident pairs net of different-incident ones on
   * train, and the least that lifts no different-incident pair of train; what each lifts per split.
   */
  private static void rescues(
      String name, ToDoubleFunction<Pair> score, String low, Predicate<Pair> isLow) {
    List<Pair> below = PAIRS.stream().filter(isLow).toList();
    List<Pair> train = below.stream().filter(pair -> pair.split().equals("train")).toList();
    double net = Double.NaN;
    long bestNet = Long.MIN_VALUE;
    double strict = Double.NaN;
    for (int step = 0; step <= 100; step++) {
      double threshold = step / 100.0;
      long same =
          train.stream().filter(p -> p.same() && score.applyAsDouble(p) >= threshold).count();
      long diff =
          train.stream().filter(p -> !p.same() && score.applyAsDouble(p) >= threshold).count();
      if (same - diff > bestNet) {
        bestNet = same - diff;
        net = threshold;
      }
      if (diff == 0 && Double.isNaN(strict)) {
        strict = threshold;
      }
    }
    OUT.append(
        String.format(
            Locale.ROOT,
            "%nrescue by %s, pairs with %s < %.2f: lifted same (of same; not vetoed) /"
                + " lifted different (of different)%n",
            name,
            low,
            THRESHOLD));
    double[] thresholds = net == strict ? new double[] {net} : new double[] {net, strict};
    for (double threshold : thresholds) {
      OUT.append(String.format(Locale.ROOT, "  threshold %.2f (chosen on train)%n", threshold));
      for (String split : SPLITS) {
        List<Pair> pairs =
            below.stream().filter(p -> split.equals("all") || p.split().equals(split)).toList();
        List<Pair> lifted =
            pairs.stream().filter(p -> score.applyAsDouble(p) >= threshold).toList();
        OUT.append(
            String.format(
                Locale.ROOT,
                "  %-6s %d (of %d; %d not vetoed) / %d (of %d)%n",
                split,
                lifted.stream().filter(Pair::same).count(),
                pairs.stream().filter(Pair::same).count(),
                lifted.stream().filter(p -> p.same() && !p.resolver().vetoed()).count(),
                lifted.stream().filter(p -> !p.same()).count(),
                pairs.stream().filter(p -> !p.same()).count()));
      }
    }
  }

  private static double mean(List<Pair> pairs, boolean same, ToDoubleFunction<Pair> score) {
    return pairs.stream()
        .filter(pair -> pair.same() == same)
        .mapToDouble(score)
        .average()
        .orElse(Double.NaN);
  }

  /** ROC AUC as the Mann-Whitney statistic: ties count a half. */
  static double auc(List<Pair> pairs, ToDoubleFunction<Pair> score) {
    List<Pair> sorted = new ArrayList<>(pairs);
    sorted.sort(Comparator.comparingDouble(score));
    double rankSumSame = 0;
    long same = 0;
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      double value = score.applyAsDouble(sorted.get(i));
      while (j < sorted.size() && score.applyAsDouble(sorted.get(j)) == value) {
        j++;
      }
      double rank = (i + 1 + j) / 2.0;
      for (int k = i; k < j; k++) {
        if (sorted.get(k).same()) {
          rankSumSame += rank;
          same++;
        }
      }
      i = j;
    }
    long different = sorted.size() - same;
    if (same == 0 || different == 0) {
      return Double.NaN;
    }
    return (rankSumSame - same * (same + 1) / 2.0) / (same * (double) different);
  }
}
