package org.sitrep.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Attribution;
import org.sitrep.model.Attribution.Kind;

class AttributionFinderTest {
  private final AttributionFinder finder = new AttributionFinder();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "At least 12 people were killed on Thursday, local officials said. | local officials | OFFICIAL",
        "The attack was stopped by the missile defense systems, according to a Taliban official."
            + " | a Taliban official | OFFICIAL",
        "A regional health official said the wounded had been taken to hospital."
            + " | A regional health official | OFFICIAL",
        "Police said the gunman fled on foot. | Police | OFFICIAL",
        "\"I saw the fire,\" said a fruit seller. | a fruit seller | NAMED",
        "Witnesses said they heard two explosions. | Witnesses | WITNESS",
        "Residents told reporters the raid lasted an hour. | Residents | WITNESS",
        "ISIS' Amaq News Agency reported around 160 killed and injured. | ISIS' Amaq News Agency"
            + " | PERPETRATOR",
        "The group claimed that more than 50 soldiers were killed. | The group | PERPETRATOR",
        "Islamic State claimed responsibility, saying it killed dozens. | Islamic State | PERPETRATOR",
        "Group claims Mopti bombing, says dozens of soldiers died | Group | PERPETRATOR",
        "An al-Qaeda-linked armed group said it carried out the attack. | An al-Qaeda-linked armed"
            + " group | PERPETRATOR",
      })
  void sortsTheSourceOfASentence(String sentence, String words, Kind kind) {
    assertThat(finder.find(sentence))
        .hasValueSatisfying(
            speaker -> {
              assertThat(speaker.words()).isEqualTo(words);
              assertThat(speaker.kind()).isEqualTo(kind);
              assertThat(sentence.substring(speaker.start(), speaker.end())).isEqualTo(words);
            });
  }

  @Test
  void givesTheReporterASentenceWithNoSource() {
    assertThat(finder.attribution("A car bomb exploded near the market on Thursday."))
        .isEqualTo(Attribution.REPORTER);
  }
}
