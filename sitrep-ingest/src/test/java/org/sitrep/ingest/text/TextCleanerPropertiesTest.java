package org.sitrep.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextCleanerPropertiesTest {
  private final TextCleaner cleaner = new TextCleaner();

  /** Article-like text: real lines, junk lines, repeats, odd whitespace and line breaks. */
  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> lines =
        Arbitraries.oneOf(
            Arbitraries.of(
                "At least 60 people were killed in two blasts on Thursday, officials said.",
                "Advertisement",
                "He was injured in the attack and taken to hospital. (Getty Images)",
                "Getty Images.",
                "The Newsopedia",
                "Identity: Live | Afghanistan: More than 60 people killed",
                "Recommended video",
                "See also COVID-19: vaccines",
                "March 25, 2023",
                "KABUL, Afghanistan (AP) —",
                "“We will hunt them down,” he said."),
            Arbitraries.strings()
                .withChars("abcdeABCDE .,:()|\u00a0\t")
                .withCharRange('a', 'z')
                .ofMaxLength(40),
            Arbitraries.strings().all().ofMaxLength(20));
    Arbitrary<String> breaks = Arbitraries.of("\n", "\n\n", "\r\n", "\r", " \n \n", "\u2028");
    return Arbitraries.oneOf(lines, breaks)
        .list()
        .ofMaxSize(30)
        .map(parts -> String.join("", parts));
  }

  @Property
  void cleaningIsIdempotent(@ForAll("pages") String page) {
    CleanText once = cleaner.clean(page);
    CleanText twice = cleaner.clean(once.text());
    assertThat(twice.text()).isEqualTo(once.text());
    assertThat(twice.boilerplateRemoved()).isZero();
    assertThat(twice.repeatsRemoved()).isZero();
  }

  @Property
  void everyCleanOffsetMapsIntoTheOriginal(@ForAll("pages") String page) {
    CleanText clean = cleaner.clean(page);
    for (int i = 0; i < clean.text().length(); i++) {
      assertThat(clean.offsets().toOriginal(i)).isBetween(0, page.length() - 1);
    }
  }

  @Property
  void everyWordMapsToTheSameWordInTheOriginal(@ForAll("pages") String page) {
    CleanText clean = cleaner.clean(page);
    String text = clean.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\n') {
        assertThat(page.charAt(clean.offsets().toOriginal(i))).isEqualTo(c);
      }
    }
  }

  @Property
  void everyParagraphStartsWhereItsOriginalStarts(@ForAll("pages") String page) {
    CleanText clean = cleaner.clean(page);
    int start = 0;
    for (String paragraph : clean.text().split("\n\n", -1)) {
      if (!paragraph.isEmpty()) {
        String original = page.substring(clean.offsets().toOriginal(start));
        // Spaces aside: the cleaner also parts sentences a page glued together ("said.Residents").
        assertThat(collapsed(original).replace(" ", "")).startsWith(paragraph.replace(" ", ""));
      }
      start += paragraph.length() + 2;
    }
  }

  @Property
  void cleanTextHasNoBlankRunsOrEdges(@ForAll("pages") String page) {
    String text = cleaner.clean(page).text();
    assertThat(text).doesNotContain("\n\n\n", "  ", " \n", "\n ").isEqualTo(text.strip());
  }

  /** The original with whitespace collapsed as the cleaner does, line breaks included. */
  private static String collapsed(String original) {
    StringBuilder out = new StringBuilder();
    boolean blank = false;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (Whitespace.isBlank(c)) {
        blank = true;
      } else {
        if (blank && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        blank = false;
      }
    }
    return out.toString();
  }
}
