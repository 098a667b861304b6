package org.sitrep.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.testkit.Corpus;

class ActorDictionaryTest {
  private final ActorDictionary dictionary = ActorDictionary.standard();

  private List<String> names(String text) {
    return dictionary.find(text).stream().map(mention -> mention.actor().name()).toList();
  }

  private List<String> texts(String text) {
    return dictionary.find(text).stream().map(ActorMention::text).toList();
  }

  @Test
  void longestAliasWinsOverTheOneInsideIt() {
    List<ActorMention> mentions = dictionary.find("Islamic State Khorasan Province claimed it.");

    assertThat(mentions).hasSize(1);
    assertThat(mentions.get(0).actor().name()).isEqualTo("Islamic State Khorasan Province");
    assertThat(mentions.get(0).text()).isEqualTo("Islamic State Khorasan Province");
    assertThat(names("The Islamic State claimed it.")).containsExactly("Islamic State");
  }

  @Test
  void doesNotFindIsInsideThisOrIslamist() {
    assertThat(dictionary.find("This is his Islamist mission; ISIS is not in this sentence"))
        .extracting(ActorMention::text)
        .containsExactly("ISIS");
  }

  @Test
  void sentenceInitialIsIsNotTheIslamicState() {
    assertThat(dictionary.find("Is this the end? Is it over? Isis, the goddess.")).isEmpty();
  }

  @Test
  void lowercaseUsIsNotTheUnitedStates() {
    assertThat(dictionary.find("They told us that the rest of us should leave.")).isEmpty();
  }

  @Test
  void uppercaseIsAndUsAreActorsThatNeedContext() {
    List<ActorMention> mentions = dictionary.find("IS said it fired at the US embassy.");

    assertThat(mentions).extracting(ActorMention::text).containsExactly("IS", "US");
    assertThat(mentions).allMatch(ActorMention::needsContext);
  }

  @Test
  void shortAliasesInAnAllCapitalsHeadlineAreNotTrusted() {
    assertThat(dictionary.find("THIS IS WHY WE STAY\nThe rest is prose.")).isEmpty();
    assertThat(names("TALIBAN SEIZE KABUL")).containsExactly("Taliban");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ISIS-K",
        "ISIS K",
        "ISIS – K",
        "IS-K",
        "Islamic State - Khorasan Province",
        "Islamic State–Khorasan",
        "Islamic State-Khorasan",
        "ISIS-Khorasan",
        "Wilayat Khorasan"
      })
  void readsDashAndSpaceVariantsOfOneName(String alias) {
    String text = "Officials blamed " + alias + " for the attack.";

    List<ActorMention> mentions = dictionary.find(text);

    assertThat(mentions).hasSize(1);
    assertThat(mentions.get(0).text()).isEqualTo(alias);
    assertThat(mentions.get(0).actor().name()).isEqualTo("Islamic State Khorasan Province");
  }

  @Test
  void possessivesEndTheName() {
    assertThat(texts("the Taliban's takeover, the Taliban’s enemies, ISIS’ Amaq News Agency"))
        .containsExactly("Taliban", "Taliban", "ISIS");
  }

  @Test
  void offsetsPointIntoTheOriginalTextAcrossAccentsAndDashes() {
    String text = "En Arauca, el Ejército de Liberación Nacional — y el Clan  del Golfo — atacó.";

    List<ActorMention> mentions = dictionary.find(text);

    assertThat(mentions)
        .extracting(ActorMention::text)
        .containsExactly("Ejército de Liberación Nacional", "Clan  del Golfo");
    assertThat(mentions)
        .allSatisfy(
            mention ->
                assertThat(text.substring(mention.start(), mention.end()))
                    .isEqualTo(mention.text()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Unknown gunmen opened fire on the convoy.",
        "No group claimed responsibility for the blast.",
        "No group has so far claimed responsibility.",
        "Suspected militants attacked a police post.",
        "Unidentified attackers stormed the village.",
        "Armed men on motorbikes killed six; bandits took the cattle.",
        "Jihadists and terrorists, insurgents and rebels, were blamed by nobody in particular.",
        "An unidentified armed group abducted 20 pupils."
      })
  void vaguePerpetratorsAreNoActor(String sentence) {
    assertThat(dictionary.find(sentence)).isEmpty();
    assertThat(dictionary.withAliasesFrom(sentence).find(sentence)).isEmpty();
  }

  @Test
  void anAliasOfTwoActorsGivesBothAsCandidatesThatNeedContext() {
    List<ActorMention> mentions = dictionary.find("SNA troops moved in.");

    assertThat(mentions)
        .extracting(mention -> mention.actor().name())
        .containsExactly("Somali National Army", "Syrian National Army");
    assertThat(mentions).allMatch(ActorMention::needsContext);
    assertThat(dictionary.byName("SNA")).isEmpty();
  }

  @Test
  void phrasesThatOnlyContainAnAliasAreNoActor() {
    assertThat(dictionary.find("The Washington Post and the Washington-based institute said"))
        .isEmpty();
    assertThat(dictionary.find("a US$5 million bounty")).isEmpty();
  }

  @Test
  void washingtonAloneIsTheUnitedStatesAndNeedsContext() {
    List<ActorMention> mentions = dictionary.find("Washington fought attacks in Afghanistan.");

    assertThat(mentions).extracting(m -> m.actor().name()).containsExactly("United States");
    assertThat(mentions.get(0).needsContext()).isTrue();
  }

  @Test
  void branchesAndNamesakesAreNotTheirParent() {
    assertThat(names("Kata'ib Hezbollah and Hezbollah"))
        .containsExactly("Kata'ib Hezbollah", "Hezbollah");
    assertThat(names("the Pakistani Taliban")).containsExactly("Tehrik-i-Taliban Pakistan");
    assertThat(names("al-Qaeda in the Arabian Peninsula"))
        .containsExactly("al-Qaeda in the Arabian Peninsula");
    assertThat(names("Islamic State's West Africa Province"))
        .containsExactly("Islamic State West Africa Province");
  }

  @Test
  void acronymsWithOtherMeaningsNeedContextAndKeepTheirCase() {
    assertThat(dictionary.find("download the pdf")).isEmpty();
    List<ActorMention> mentions = dictionary.find("PDF fighters and Arakan Army troops");

    assertThat(mentions).extracting(ActorMention::needsContext).containsExactly(true, false);
    assertThat(dictionary.needsContext(mentions.get(0).actor(), "PDF")).isTrue();
    assertThat(dictionary.find("KIA in action, kia cars")).allMatch(ActorMention::needsContext);
  }

  @Test
  void lowercaseWordsMatchAliasesWithoutCapitalRuns() {
    assertThat(names("the taliban and al qaeda")).containsExactly("Taliban", "al-Qaeda");
  }

  @Test
  void findsActorsByCanonicalNameOrUniqueAlias() {
    assertThat(dictionary.byName("islamic state khorasan province"))
        .map(Actor::name)
        .contains("Islamic State Khorasan Province");
    assertThat(dictionary.byName("ISKP"))
        .map(Actor::name)
        .contains("Islamic State Khorasan Province");
    assertThat(dictionary.byName("Islamic Emirate")).map(Actor::name).contains("Taliban");
    assertThat(dictionary.byName("Nobody in particular")).isEmpty();
  }

  @Test
  void knowsParentsKindsCountriesAndMediaOutlets() {
    Actor iskp = dictionary.byName("ISIS-K").orElseThrow();

    assertThat(dictionary.parentOf(iskp)).map(Actor::name).contains("Islamic State");
    assertThat(iskp.kind()).isEqualTo(ActorKind.REBEL_GROUP);
    assertThat(iskp.country()).isEqualTo("AF");
    Actor islamicState = dictionary.byName("Islamic State").orElseThrow();
    assertThat(dictionary.mediaOutletsOf(islamicState)).contains("Amaq News Agency");
    assertThat(dictionary.parentOf(islamicState)).isEmpty();
    assertThat(dictionary.byName("United States").orElseThrow().kind())
        .isEqualTo(ActorKind.STATE_FORCES);
  }

  @Test
  void findsMediaOutletsAsClaimChannelsOfTheirActor() throws IOException {
    String seed = Files.readString(Corpus.seed("001"));

    List<ActorMention> outlets = dictionary.findMediaOutlets(seed);

    assertThat(outlets).isNotEmpty();
    assertThat(outlets).extracting(ActorMention::text).contains("Amaq News Agency", "Amaq");
    assertThat(outlets)
        .allSatisfy(
            outlet -> {
              assertThat(outlet.actor().name()).isEqualTo("Islamic State");
              assertThat(outlet.origin()).isEqualTo(MentionOrigin.MEDIA_OUTLET);
            });
    assertThat(dictionary.find("Amaq said")).isEmpty();
  }

  @Test
  void theStandardDictionaryIsLoadedOnceAndListsEveryActorOnce() {
    assertThat(ActorDictionary.standard()).isSameAs(dictionary);
    assertThat(dictionary.all()).hasSizeBetween(60, 140);
    assertThat(dictionary.all()).extracting(Actor::name).doesNotHaveDuplicates();
    assertThat(dictionary.learnedAliases()).isEmpty();
  }

  @Test
  void answersTheSameFromManyThreads() throws Exception {
    String seed = Files.readString(Corpus.seed("003"));
    List<ActorMention> expected = dictionary.find(seed);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ActorMention>>> results =
          pool.invokeAll(java.util.Collections.nCopies(16, () -> dictionary.find(seed)));
      for (Future<List<ActorMention>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }
}
