package org.sitrep.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.testkit.Corpus;

class AliasLearnerTest {
  private static final String ISKP = "Islamic State Khorasan Province";

  /** A dictionary that knows ISKP by long names only, as one would before reading the seeds. */
  private static ActorDictionary withoutShortNames() throws IOException {
    String json =
        "{\"actors\": ["
            + "{\"name\": \"Islamic State Khorasan Province\", \"kind\": \"REBEL_GROUP\","
            + " \"country\": \"AF\", \"parent\": \"Islamic State\","
            + " \"aliases\": [\"Islamic State of Khorasan\", \"Islamic State Khorasan\"]},"
            + "{\"name\": \"Islamic State\", \"kind\": \"REBEL_GROUP\", \"country\": null,"
            + " \"aliases\": [\"IS\", \"ISIS\"], \"needsContext\": [\"IS\"]},"
            + "{\"name\": \"Taliban\", \"kind\": \"STATE_FORCES\", \"country\": \"AF\","
            + " \"aliases\": [\"Taliban\"]}]}";
    return ActorDictionary.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> learned(ActorDictionary view) {
    return view.learnedAliases().stream()
        .map(alias -> alias.alias() + " -> " + alias.actor().name())
        .toList();
  }

  @Test
  void learnsBothNamesAfterAlsoKnownAsInSeed002() throws IOException {
    String seed = Files.readString(Corpus.seed("002"));
    ActorDictionary dictionary = withoutShortNames();

    ActorDictionary view = dictionary.withAliasesFrom(seed);

    assertThat(learned(view)).containsExactly("IS-K -> " + ISKP, "ISIS-K -> " + ISKP);
    LearnedAlias first = view.learnedAliases().get(0);
    assertThat(seed.substring(first.start(), first.end()))
        .isEqualTo("Islamic State of Khorasan, also known as IS-K or ISIS-K");
    assertThat(dictionary.find("ISIS-K"))
        .extracting(m -> m.actor().name())
        .containsExactly("Islamic State");
    assertThat(view.find("the ISIS-K group"))
        .singleElement()
        .satisfies(
            mention -> {
              assertThat(mention.actor().name()).isEqualTo(ISKP);
              assertThat(mention.origin()).isEqualTo(MentionOrigin.LEARNED_ALIAS);
            });
  }

  @Test
  void learnsTheAcronymInParenthesesInSeed001() throws IOException {
    String seed = Files.readString(Corpus.seed("001"));

    ActorDictionary view = withoutShortNames().withAliasesFrom(seed);

    assertThat(learned(view)).containsExactly("ISIS-K -> " + ISKP);
    long isisK =
        view.find(seed).stream()
            .filter(m -> m.text().equals("ISIS-K") && m.actor().name().equals(ISKP))
            .count();
    assertThat(isisK).isEqualTo(5);
  }

  @Test
  void theStandardDictionaryLearnsNothingNewFromTheSeeds() throws IOException {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      String seed = Files.readString(Corpus.seed(prefix));

      ActorDictionary view = ActorDictionary.standard().withAliasesFrom(seed);

      assertThat(view.learnedAliases()).as(prefix).isEmpty();
      assertThat(view.find(seed)).as(prefix).isEqualTo(ActorDictionary.standard().find(seed));
    }
  }

  @Test
  void anUnknownGroupWithAnAcronymBecomesADocumentLocalActor() {
    String text =
        "Fighters of the Movement for Oneness and Jihad in West Africa (MUJAO) attacked the base."
            + " MUJAO later said three of its men died.";

    ActorDictionary view = ActorDictionary.standard().withAliasesFrom(text);

    Actor local = view.byName("MUJAO").orElseThrow();
    assertThat(local.name()).isEqualTo("Movement for Oneness and Jihad in West Africa");
    assertThat(local.aliases()).containsExactly("MUJAO");
    assertThat(local.kind()).isEqualTo(ActorKind.POLITICAL_MILITIA);
    assertThat(local.country()).isNull();
    assertThat(view.all()).contains(local);
    assertThat(view.find(text))
        .extracting(ActorMention::text, ActorMention::origin)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Movement for Oneness and Jihad in West Africa", MentionOrigin.DOCUMENT_LOCAL),
            org.assertj.core.groups.Tuple.tuple("MUJAO", MentionOrigin.DOCUMENT_LOCAL),
            org.assertj.core.groups.Tuple.tuple("MUJAO", MentionOrigin.DOCUMENT_LOCAL));
    assertThat(view.learnedAliases()).singleElement().matches(LearnedAlias::documentLocal);
    assertThat(ActorDictionary.standard().byName("MUJAO")).isEmpty();
  }

  @Test
  void anUnknownSpellingJoinsTheKnownActorOnTheOtherSide() {
    String text = "Wilayat Gharb Afriqiya, also known as ISWAP, claimed the raid.";

    ActorDictionary view = ActorDictionary.standard().withAliasesFrom(text);

    assertThat(learned(view))
        .containsExactly("Wilayat Gharb Afriqiya -> Islamic State West Africa Province");
  }

  @Test
  void aNameAfterCommaOrJoinsTheKnownActor() {
    String text = "Lashkar-e-Taiba, or Army of the Pure, was blamed.";

    ActorDictionary view = ActorDictionary.standard().withAliasesFrom(text);

    assertThat(learned(view)).containsExactly("Army of the Pure -> Lashkar-e-Taiba");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Attacks by ISIS, or al-Qaeda, went on.",
        "The Taliban, also known as Islamic State, denied it.",
        "Mullah Omar, known as Taliban founder, died in 2013.",
        "He fled the Taliban (AFP) and the ISIS (REUTERS / Parwiz) areas.",
        "According to the Center for Strategic and International Studies (CSIS), it grew.",
        "Abdullah, who lives near the airport, told Agence France-Presse (AFP) he was afraid.",
        "The Soufan Group (TSG), a consultancy, said so."
      })
  void learnsNothingFromListsPeopleCreditsOrThinkTanks(String text) {
    ActorDictionary view = ActorDictionary.standard().withAliasesFrom(text);

    assertThat(view.learnedAliases()).isEmpty();
    assertThat(view).isSameAs(ActorDictionary.standard());
  }
}
