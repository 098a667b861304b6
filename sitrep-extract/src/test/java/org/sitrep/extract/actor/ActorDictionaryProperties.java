package org.sitrep.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ActorDictionaryProperties {
  private static final List<String> FRAGMENTS =
      List.of(
          "ISIS",
          "-",
          "K",
          " ",
          "Taliban",
          "’s",
          "'s",
          "é",
          "IS",
          "is",
          "US",
          "U.S.",
          "\n",
          "(",
          ")",
          ", also known as ",
          ", or ",
          "Islamic State",
          " Khorasan Province",
          "—",
          "x",
          "Brigade",
          "Front",
          "MUJAO",
          "Washington",
          "-based",
          "\u00AD",
          "\u00A0",
          "Kata'ib",
          "Hezbollah",
          "ł",
          "𝐀",
          "THIS IS");

  @Provide
  Arbitrary<String> reportish() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  @Property(tries = 400)
  void everyMentionIsTheTextAtItsOffsetsInTextOrderWithoutOverlap(
      @ForAll("reportish") String text) {
    for (ActorDictionary dictionary :
        List.of(ActorDictionary.standard(), ActorDictionary.standard().withAliasesFrom(text))) {
      List<ActorMention> mentions = dictionary.find(text);
      ActorMention previous = null;
      for (ActorMention mention : mentions) {
        assertThat(mention.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
        if (previous != null) {
          boolean sameSpan = previous.start() == mention.start() && previous.end() == mention.end();
          assertThat(sameSpan || previous.end() <= mention.start()).isTrue();
        }
        previous = mention;
      }
    }
  }

  @Property(tries = 200)
  void learningIsDeterministic(@ForAll("reportish") String text) {
    ActorDictionary first = ActorDictionary.standard().withAliasesFrom(text);
    ActorDictionary second = ActorDictionary.standard().withAliasesFrom(text);

    assertThat(first.learnedAliases()).isEqualTo(second.learnedAliases());
    assertThat(first.find(text)).isEqualTo(second.find(text));
  }
}
