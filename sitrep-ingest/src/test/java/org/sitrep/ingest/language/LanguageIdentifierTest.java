package org.sitrep.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.testkit.Corpus;

class LanguageIdentifierTest {
  private final LanguageIdentifier identifier = new LanguageIdentifier();

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void tellsEnglishSeedsAreEnglish(String seed) throws IOException {
    assertThat(identifier.identify(Files.readString(Corpus.seed(seed)))).contains("en");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fr|Au moins soixante personnes ont été tuées jeudi dans deux attentats suicides près de"
            + " l'aéroport de Kaboul, selon les autorités afghanes.",
        "es|Al menos sesenta personas murieron el jueves en dos atentados suicidas cerca del"
            + " aeropuerto de Kabul, según las autoridades afganas.",
        "de|Mindestens sechzig Menschen wurden am Donnerstag bei zwei Selbstmordanschlägen in der"
            + " Nähe des Flughafens von Kabul getötet, teilten die Behörden mit.",
        "ar|قُتل ما لا يقل عن ستين شخصاً يوم الخميس في تفجيرين انتحاريين قرب مطار كابول، بحسب"
            + " السلطات الأفغانية."
      })
  void tellsLanguageOfAParagraph(String code, String paragraph) {
    assertThat(identifier.identify(paragraph)).contains(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "2021-08-26 13 60 140", "12345 67890 ... !!!", "Kabul"})
  void tellsNothingWithoutEnoughLetters(String text) {
    assertThat(identifier.identify(text)).isEmpty();
  }

  @Test
  void aShortSentenceTooCloseToCallIsNoOtherLanguage() {
    // Trigrams give Tagalog 1.0 and English 0.97 here: too close to refuse the text for.
    assertThat(identifier.identify("A man was shot Sunday in Derby, Kansas."))
        .satisfiesAnyOf(
            language -> assertThat(language).isEmpty(),
            language -> assertThat(language).contains("en"));
  }

  @Test
  void judgesLongTextByItsStart() {
    String english = "Biden vowed to hunt down the attackers and make them pay. ".repeat(200);
    assertThat(identifier.identify(english + "Au moins soixante personnes ont été tuées."))
        .contains("en");
  }
}
