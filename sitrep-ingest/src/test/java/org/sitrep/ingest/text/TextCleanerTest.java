package org.sitrep.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.testkit.Corpus;

class TextCleanerTest {
  private static final String PROSE =
      "At least 60 people were killed and more than 140 were injured in two bomb blasts on"
          + " Thursday, officials said.";

  private final TextCleaner cleaner = new TextCleaner();

  private String cleaned(String original) {
    return cleaner.clean(original).text();
  }

  private static String seed(String prefix) throws IOException {
    return Files.readString(Corpus.seed(prefix));
  }

  @Test
  void partsSentencesAPageGluedTogether() {
    CleanText clean =
        cleaner.clean("He was very brave, Rodriguez said.Residents say they're tired.\n");
    assertThat(clean.text())
        .isEqualTo("He was very brave, Rodriguez said. Residents say they're tired.");
    // The words after the inserted space still lead back to their own letters.
    int residents = clean.text().indexOf("Residents");
    assertThat(clean.offsets().toOriginal(residents)).isEqualTo(residents - 1);
    assertThat(cleaned("out the window.\"He ran")).isEqualTo("out the window.\" He ran");
    assertThat(cleaned("living in fear.A year ago")).isEqualTo("living in fear. A year ago");
  }

  @Test
  void leavesAbbreviationsAndAddressesWhole() {
    for (String whole :
        new String[] {
          "in St.Louis on Monday", "at 5 a.m.Police said", "see news4jax.com for more", "U.S.Army"
        }) {
      assertThat(cleaned(whole)).isEqualTo(whole);
    }
  }

  @Test
  void junkThatRemovalsLeaveAtTheEndGoesInTheSamePass() {
    // Found by TextCleanerPropertiesTest: "The Newsopedia" became junk only once a repeat before
    // it was gone, so a second cleaning removed it.
    String said = "At least 60 people were killed in two blasts on Thursday, officials said.";
    String page =
        said
            + "\u07a6\n"
            + said
            + said
            + "Advertisement\n"
            + said
            + "\n"
            + said
            + "\nThe Newsopedia";

    CleanText once = cleaner.clean(page);

    assertThat(cleaner.clean(once.text()).text()).isEqualTo(once.text());
  }

  @Test
  void separatesParagraphsByOneBlankLine() {
    assertThat(cleaned("\n\nFirst line.\nSecond line.\n\n\n\nThird line.\n"))
        .isEqualTo("First line.\n\nSecond line.\n\nThird line.");
  }

  @Test
  void collapsesWhitespaceInsideLines() {
    assertThat(cleaned("  Kabul\u00a0 airport \t attack   \r\nSecond  line  "))
        .isEqualTo("Kabul airport attack\n\nSecond line");
  }

  @Test
  void joinsHardWrappedLines() {
    assertThat(cleaned("The attack came after the Taliban\nregained power on August 15.\n"))
        .isEqualTo("The attack came after the Taliban regained power on August 15.");
  }

  @Test
  void cleansEmptyTextToEmptyText() {
    assertThat(cleaned("")).isEmpty();
    assertThat(cleaned(" \n\u00a0\n")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Advertisement",
        "ADVERTISEMENT",
        "Share this article",
        "Read more: Taliban seize Kabul as president flees",
        "READ MORE: What is ISIS-K?",
        "Click here to read the full report",
        "Sign up for our newsletter",
        "Get our daily newsletter delivered to your inbox",
        "Follow us on Twitter and Facebook",
        "This site uses cookies to improve your experience. By browsing you accept our cookie"
            + " policy.",
        "Photo: Reuters",
        "(AP Photo/Rahmat Gul)",
        "(Reuters)",
        "Getty Images.",
        "Related: Biden vows to hunt down the attackers",
        "See also\u00a0 COVID-19: ¿por qué la mayoría de peruanos no acude? | coronavirus",
        "Recommended video",
        "You may be interested",
        "© 2021 Reuters. All rights reserved.",
        "Breaking News"
      })
  void dropsJunkLine(String junk) {
    CleanText clean = cleaner.clean(PROSE + "\n\n" + junk + "\n\n" + PROSE.replace("60", "70"));
    assertThat(clean.text()).doesNotContain(junk.strip().substring(0, 5));
    assertThat(clean.boilerplateRemoved()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The group claimed responsibility for the attack and celebrated the suicide bombing.",
        "KABUL, Afghanistan (AP) —",
        "KABUL, Aug 26 (Reuters) - Two suicide bombers and gunmen attacked crowds.",
        "“We will not forgive, we will not forget,” Biden said.",
        "Joe Biden: “We know that some terrorists might try to take advantage of the situation”",
        "More than 60 people were killed in twin suicide bombings at Kabul airport",
        "Reuters reported that the Taliban had sealed the airport.",
        "The strike was carried out by a drone (an MQ-9 Reaper), officials said.",
        "What do you know about ISIS-K?",
        "Taliban"
      })
  void keepsReporting(String line) {
    assertThat(cleaned(PROSE + "\n\n" + line)).endsWith(line.replace("\u00a0", " "));
  }

  @Test
  void dropsGettyImagesCaption() {
    assertThat(
            cleaned(
                PROSE + "\nHe was injured in the attack and taken to hospital.  (Getty Images)"))
        .isEqualTo(PROSE);
  }

  @Test
  void dropsCaptionWithPhotographerCredit() {
    String caption =
        "A Taliban fighter stands guard at a checkpoint in Kabul, Afghanistan, Sunday, Aug. 22,"
            + " 2021. (AP Photo / Rahmat Gul)";
    assertThat(cleaned(PROSE + "\n" + caption)).isEqualTo(PROSE);
  }

  @Test
  void dropsAVideosBlurbClosedByTheDayItWentUp() {
    for (String blurb :
        List.of(
            "A reporter recaps the night's crime, including a shooting in a bar. (Posted on:"
                + " March 3, 2015)",
            "Neighbors describe the scene. Channel 7's Ann Lee reports. (Published Friday, Nov. 25,"
                + " 2016)")) {
      assertThat(cleaned(PROSE + "\n" + blurb)).as(blurb).isEqualTo(PROSE);
    }
    String published = "The book was first printed in 1990 (published by a small press).";
    assertThat(cleaned(PROSE + "\n" + published)).endsWith(published);
  }

  @Test
  void keepsParagraphClosedByAgencyAttribution() {
    String attributed = "The group has claimed responsibility for several recent attacks. (AFP).";
    assertThat(cleaned(PROSE + "\n" + attributed)).endsWith(attributed);
  }

  @Test
  void dropsSiteNameAboveTheArticle() {
    String page = "The Newsopedia\n\nComplete Indian News World\n\nKabul attack\n\n" + PROSE;
    assertThat(cleaned(page)).isEqualTo("Kabul attack\n\n" + PROSE);
  }

  @Test
  void keepsDateAndDatelineAboveTheArticle() {
    String page = "March 25, 2023\n\nKABUL, Afghanistan\n\n" + PROSE;
    assertThat(cleaned(page)).isEqualTo(page);
  }

  @Test
  void dropsHeadlinesUnderARecurringLabel() {
    String page =
        PROSE
            + "\nIdentity: Live | More than 60 people killed in twin bombings\n"
            + PROSE.replace("60", "61")
            + "\nIdentity: The United States says suicide bombers carried out the attacks\n";
    assertThat(cleaned(page)).doesNotContain("Identity");
  }

  @Test
  void dropsTeaserListAtTheEnd() {
    String page =
        PROSE
            + "\n\nRecommended video\n\nAfghanistan: Images of chaos and despair\n\n"
            + "Scenes of terrorism recur as people try to flee.\n\nYou may be interested";
    CleanText clean = cleaner.clean(page);
    assertThat(clean.text()).isEqualTo(PROSE);
    assertThat(clean.boilerplateRemoved()).isEqualTo(4);
  }

  @Test
  void keepsClosingParagraphAfterAStrayTeaserHeading() {
    String closing = "The Pentagon confirmed the toll on Friday.";
    assertThat(cleaned(PROSE + "\n\nRead more: Taliban take Kabul\n\n" + closing))
        .isEqualTo(PROSE + "\n\n" + closing);
  }

  @Test
  void dropsRelatedHeadlinesAtTheEnd() {
    String page =
        PROSE
            + "\n\nRelated articles\n\nTaliban take Kabul\n\nWho are ISIS-K and what do they want";
    assertThat(cleaned(page)).isEqualTo(PROSE);
  }

  @Test
  void dropsExactRepeatIgnoringCaseAndWhitespace() {
    CleanText clean = cleaner.clean("Kabul Explosion\n\nKABUL   explosion\n\n" + PROSE);
    assertThat(clean.text()).isEqualTo("Kabul Explosion\n\n" + PROSE);
    assertThat(clean.repeatsRemoved()).isEqualTo(1);
    assertThat(clean.diagnostics()).extracting("code").containsExactly("repeat-removed");
  }

  @Test
  void dropsNearRepeatOfALongParagraph() {
    String longer = PROSE + " The Pentagon confirmed the toll of US service members on Friday.";
    String near = longer.toUpperCase(java.util.Locale.ROOT).replace("FRIDAY.", "FRIDAY NIGHT.");
    CleanText clean = cleaner.clean(longer + "\n" + near);
    assertThat(clean.text()).isEqualTo(longer);
    assertThat(clean.repeatsRemoved()).isEqualTo(1);
  }

  @Test
  void keepsSimilarButDifferentParagraphs() {
    String other = PROSE.replace("60 people were killed", "13 US troops died");
    assertThat(cleaned(PROSE + "\n" + other)).isEqualTo(PROSE + "\n\n" + other);
  }

  @Test
  void capsDiagnostics() {
    CleanText clean = cleaner.clean(PROSE + "\nAdvertisement".repeat(50));
    assertThat(clean.boilerplateRemoved()).isEqualTo(50);
    assertThat(clean.diagnostics()).hasSize(TextCleaner.MAX_DIAGNOSTICS_PER_CODE + 1);
    assertThat(clean.diagnostics().get(TextCleaner.MAX_DIAGNOSTICS_PER_CODE).message())
        .contains("40 more");
  }

  @Test
  void mapsCleanOffsetsToTheOriginal() {
    String original = "  Kabul   airport\n\n\n\nAdvertisement\n\nSecond\u00a0\u00a0line";
    CleanText clean = cleaner.clean(original);
    assertThat(clean.text()).isEqualTo("Kabul airport\n\nSecond line");
    assertThat(clean.offsets().toOriginal(0)).isEqualTo(2);
    assertThat(clean.offsets().toOriginal(6)).isEqualTo(10);
    int second = clean.text().indexOf("Second");
    assertThat(clean.offsets().toOriginal(second)).isEqualTo(original.indexOf("Second"));
    assertThat(clean.offsets().toOriginal(second - 1)).isEqualTo(original.indexOf("Second"));
    assertThat(clean.offsets().toOriginal(second + 7)).isEqualTo(original.indexOf("line"));
  }

  @Test
  void removesSeed003PageJunk() throws IOException {
    CleanText clean = cleaner.clean(seed("003"));
    assertThat(clean.text())
        .startsWith("March 25, 2023\n\nAfghanistan: What about ISIS-K")
        .contains("The group claimed responsibility for the attack")
        .doesNotContain(
            "The Newsopedia",
            "Complete Indian News World",
            "See also",
            "Identity:",
            "Getty Images",
            "Recommended video",
            "Images of chaos",
            "You may be interested")
        .endsWith("we will take steps to reach them wherever they are,” he added.");
    assertThat(clean.boilerplateRemoved()).isEqualTo(13);
  }

  @Test
  void removesSeed001RepeatedHeadline() throws IOException {
    CleanText clean = cleaner.clean(seed("001"));
    assertThat(clean.text())
        .startsWith("ISIS Takes Credit for US Marines Killed in Kabul Explosion\n\nAfter the")
        .contains("\n\nNoble Mission\n\n");
    assertThat(clean.repeatsRemoved()).isEqualTo(1);
    assertThat(clean.boilerplateRemoved()).isZero();
  }

  @Test
  void removesSeed002PhotoCaptionsOnly() throws IOException {
    CleanText clean = cleaner.clean(seed("002"));
    assertThat(clean.text())
        .doesNotContain("AP Photo", "REUTERS / Parwiz", "via AP")
        .contains("Joe Biden: “We know that some terrorists");
    assertThat(clean.boilerplateRemoved()).isEqualTo(3);
    assertThat(clean.repeatsRemoved()).isZero();
  }

  @Test
  void keepsSeed000Whole() throws IOException {
    CleanText clean = cleaner.clean(seed("000"));
    assertThat(clean.boilerplateRemoved() + clean.repeatsRemoved()).isZero();
    assertThat(clean.text()).startsWith("date 2021-08-30 IS claims responsibility");
  }

  @Test
  void dropsSeed004BreakingNewsLabel() throws IOException {
    CleanText clean = cleaner.clean(seed("004"));
    assertThat(clean.text()).startsWith("ISIS threat returns from Afghanistan");
    assertThat(clean.boilerplateRemoved()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void cleaningASeedTwiceChangesNothing(String seed) throws IOException {
    CleanText once = cleaner.clean(seed(seed));
    CleanText twice = cleaner.clean(once.text());
    assertThat(twice.text()).isEqualTo(once.text());
    assertThat(twice.boilerplateRemoved() + twice.repeatsRemoved()).isZero();
  }
}
