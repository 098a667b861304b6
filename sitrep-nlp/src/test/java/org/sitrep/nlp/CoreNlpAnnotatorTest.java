package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Limits;
import org.sitrep.model.RefusalReason;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.Sentence;
import org.sitrep.model.StageContext;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/** The default annotator on short texts and on the seed reports; one pipeline for the class. */
class CoreNlpAnnotatorTest {
  private static final CoreNlpAnnotator ANNOTATOR = CoreNlpAnnotator.withDefaults();
  private static final String FIGURES =
      "At least twelve Marines were killed on Thursday in Kabul, and around 60 Afghans."
          + " More than 100 people died on August 26, Joe Biden told the Pentagon.";

  /** What the tokenizer skips between sentences: whitespace, including no-break spaces. */
  private static final String SPACE = "[\\s\\p{Z}]*";

  private static List<AnnotatedDocument> seeds;

  @BeforeAll
  static void annotateSeedsOneAfterTheOther() throws RejectedInput {
    seeds = new ArrayList<>();
    for (Document seed : Documents.seeds()) {
      seeds.add(annotate(seed));
    }
  }

  @Test
  void numbersKeepTheirHedgeInTheNormalizedValue() throws RejectedInput {
    AnnotatedDocument annotated = annotate(Documents.published(FIGURES));

    assertThat(annotated.entities())
        .filteredOn(mention -> mention.type().equals("NUMBER"))
        .extracting(EntityMention::text, EntityMention::normalized)
        .containsExactly(tuple("twelve", ">=12.0"), tuple("60", "~60.0"), tuple("100", ">100.0"));
  }

  @Test
  void hedgeWordsThemselvesAreOutsideAnyEntity() throws RejectedInput {
    AnnotatedDocument annotated = annotate(Documents.published(FIGURES));

    assertThat(annotated.sentences().get(0).tokens().subList(0, 2))
        .extracting(Token::text, Token::ner)
        .containsExactly(tuple("At", "O"), tuple("least", "O"));
  }

  @Test
  void weekdayResolvesAgainstThePublicationDate() throws RejectedInput {
    AnnotatedDocument annotated = annotate(Documents.published(FIGURES));

    assertThat(annotated.times())
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(
            tuple("Thursday", "DATE", "2021-08-26"), tuple("August 26", "DATE", "2021-08-26"));
  }

  @Test
  void datesStayUnderspecifiedWithoutAPublicationDate() throws RejectedInput {
    AnnotatedDocument annotated = annotate(Documents.undated(FIGURES));

    assertThat(annotated.times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("Thursday", "XXXX-WXX-4"), tuple("August 26", "XXXX-08-26"));
  }

  @Test
  void aWeekdayWithoutVerbResolvesTheSameWhateverWasAnnotatedBefore() throws RejectedInput {
    String verbless = "After the bomb attack on the Kabul air terminal on Thursday.";

    String first = onlyTimeValue(verbless);
    onlyTimeValue("Officers will meet on Thursday.");
    String again = onlyTimeValue(verbless);

    assertThat(first).isEqualTo(again).isEqualTo("2021-08-26");
  }

  @Test
  void aWeekdayInTheFutureTenseResolvesToTheNextSuchDay() throws RejectedInput {
    assertThat(onlyTimeValue("Officers will meet on Thursday.")).isEqualTo("2021-09-02");
    assertThat(onlyTimeValue("The envoy arrives on Monday.")).isEqualTo("2021-08-30");
  }

  @Test
  void aWeekdayWithItsPartOfTheDayIsOneTimeExpression() throws RejectedInput {
    AnnotatedDocument annotated =
        annotate(Documents.published("Rockets were fired at the airport on Sunday night."));

    assertThat(annotated.times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("Sunday night", "2021-08-29TNI"));
  }

  @Test
  void relativeMonthResolvesToTheMonthOfPublication() throws RejectedInput {
    AnnotatedDocument annotated =
        annotate(Documents.published("The group carried out an attack earlier this month."));

    assertThat(annotated.times()).extracting(TimeExpression::value).containsExactly("2021-08");
  }

  @Test
  void peoplePlacesAndOrganizationsAreCoarseTypes() throws RejectedInput {
    AnnotatedDocument annotated = annotate(Documents.published(FIGURES));

    assertThat(annotated.entities())
        .extracting(EntityMention::type, EntityMention::text)
        .contains(
            tuple("LOCATION", "Kabul"),
            tuple("PERSON", "Joe Biden"),
            tuple("ORGANIZATION", "Pentagon"));
  }

  @Test
  void mentionsKnowTheirSentence() throws RejectedInput {
    AnnotatedDocument annotated = annotate(Documents.published(FIGURES));

    assertThat(annotated.entities())
        .filteredOn(mention -> mention.text().equals("Joe Biden"))
        .extracting(EntityMention::sentence)
        .containsExactly(1);
  }

  @Test
  void quotesAndBracketsKeepTheirWrittenForm() throws RejectedInput {
    String text = "\u201cWe will hunt you,\u201d said Biden (the president) in \"plain\" words.";
    AnnotatedDocument annotated = annotate(Documents.published(text));

    assertThat(annotated.sentences().get(0).tokens())
        .extracting(Token::text)
        .contains("\u201c", "\u201d", "(", ")", "\"");
    assertOffsetsAreFaithful(annotated);
  }

  @Test
  void everyTokenMentionAndTimeOfTheSeedsIsTheTextAtItsOffsets() {
    assertThat(seeds).hasSize(5);
    seeds.forEach(CoreNlpAnnotatorTest::assertOffsetsAreFaithful);
  }

  @Test
  void sentencesOfTheSeedsPartitionTheText() {
    seeds.forEach(CoreNlpAnnotatorTest::assertSentencesPartition);
  }

  @Test
  void aHeadlineWithoutFullStopIsItsOwnSentence() throws RejectedInput {
    String text = "US Marines Killed In Kabul Blast\n\nThe Taliban condemned the attack.";
    AnnotatedDocument annotated = annotate(Documents.published(text));

    assertThat(annotated.sentences())
        .extracting(sentence -> text.substring(sentence.start(), sentence.end()))
        .containsExactly("US Marines Killed In Kabul Blast", "The Taliban condemned the attack.");
  }

  @Test
  void tokensCarryTagsLemmasAndEntityTags() throws RejectedInput {
    Token killed = annotate(Documents.published(FIGURES)).sentences().get(0).tokens().get(5);

    assertThat(killed.text()).isEqualTo("killed");
    assertThat(killed.lemma()).isEqualTo("kill");
    assertThat(killed.pos()).isEqualTo("VBN");
    assertThat(killed.ner()).isEqualTo("O");
  }

  @Test
  void twoThreadsGiveTheSameAnnotationsAsOne() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<AnnotatedDocument>> futures = new ArrayList<>();
      for (Document seed : Documents.seeds()) {
        futures.add(pool.submit(() -> annotate(seed)));
      }
      List<AnnotatedDocument> parallel = new ArrayList<>();
      for (Future<AnnotatedDocument> future : futures) {
        parallel.add(future.get());
      }
      assertThat(parallel).isEqualTo(seeds);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesMoreTokensThanTheLimit() {
    Limits limits = withTokensAndTime(10, Limits.DEFAULT.timeout());

    assertThatThrownBy(
            () -> ANNOTATOR.apply(Documents.published(FIGURES), new StageContext(limits)))
        .isInstanceOfSatisfying(
            RejectedInput.class,
            refusal -> {
              assertThat(refusal.reason()).isEqualTo(RefusalReason.TOO_LARGE);
              assertThat(refusal.detail()).contains("31 tokens");
            });
  }

  @Test
  void acceptsExactlyTheLimitOfTokens() throws RejectedInput {
    Limits limits = withTokensAndTime(31, Limits.DEFAULT.timeout());

    assertThat(ANNOTATOR.apply(Documents.published(FIGURES), new StageContext(limits)).tokenCount())
        .isEqualTo(31);
  }

  @Test
  void refusesBlankText() {
    assertThatThrownBy(() -> annotate(Documents.published(" \n\t ")))
        .isInstanceOfSatisfying(
            RejectedInput.class,
            refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.EMPTY));
  }

  @Test
  void refusesAnAnnotationPastItsTimeoutAndLeavesTheThreadUsable() throws RejectedInput {
    Limits limits = withTokensAndTime(Limits.DEFAULT.maxTokens(), Duration.ofMillis(1));
    Document longest = Documents.seeds().get(1);

    assertThatThrownBy(() -> ANNOTATOR.apply(longest, new StageContext(limits)))
        .isInstanceOfSatisfying(
            RejectedInput.class,
            refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.TIMEOUT));
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    assertThat(annotate(longest)).isEqualTo(seeds.get(1));
  }

  @Test
  void describesEngineAndAnnotators() {
    assertThat(seeds.get(0).annotator())
        .isEqualTo("corenlp-4.5.10:tokenize,ssplit,pos,lemma,ner(coarse,sutime)");
  }

  private static String onlyTimeValue(String text) throws RejectedInput {
    List<TimeExpression> times = annotate(Documents.published(text)).times();
    assertThat(times).hasSize(1);
    return times.get(0).value();
  }

  private static AnnotatedDocument annotate(Document document) throws RejectedInput {
    return ANNOTATOR.apply(document, StageContext.withDefaults());
  }

  private static Limits withTokensAndTime(int maxTokens, Duration timeout) {
    Limits defaults = Limits.DEFAULT;
    return new Limits(
        defaults.maxDocumentBytes(),
        defaults.maxFileBytes(),
        defaults.maxDecompressedBytes(),
        defaults.maxHtmlDepth(),
        maxTokens,
        timeout);
  }

  static void assertOffsetsAreFaithful(AnnotatedDocument annotated) {
    String text = annotated.document().text();
    for (Sentence sentence : annotated.sentences()) {
      for (Token token : sentence.tokens()) {
        assertThat(text.substring(token.start(), token.end()))
            .as("token %s of %s", token, annotated.document().id())
            .isEqualTo(token.text());
      }
    }
    for (EntityMention mention : annotated.entities()) {
      assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
    }
    for (TimeExpression time : annotated.times()) {
      assertThat(text.substring(time.start(), time.end())).isEqualTo(time.text());
    }
  }

  /**
   * Sentences come in order, hold their tokens, and only whitespace lies outside them: no text is
   * lost between sentences and none is in two.
   */
  private static void assertSentencesPartition(AnnotatedDocument annotated) {
    String text = annotated.document().text();
    int previousEnd = 0;
    for (Sentence sentence : annotated.sentences()) {
      assertThat(sentence.index()).isEqualTo(annotated.sentences().indexOf(sentence));
      assertThat(text.substring(previousEnd, sentence.start())).matches(SPACE);
      assertThat(sentence.tokens()).isNotEmpty();
      assertThat(sentence.start()).isEqualTo(sentence.tokens().get(0).start());
      assertThat(sentence.end())
          .isEqualTo(sentence.tokens().get(sentence.tokens().size() - 1).end());
      previousEnd = sentence.end();
    }
    assertThat(text.substring(previousEnd)).matches(SPACE);
  }
}
