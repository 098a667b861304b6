package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.model.Document;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.SourceDocument;

class DocumentCleanerProperties {
  private static final List<String> SENTENCES =
      List.of(
          "A car bomb killed at least twelve people near the market on Thursday.",
          "Police said the death toll could rise as more victims were found.",
          "The group claimed responsibility in a statement on its Telegram channel.",
          "Residents said they heard two explosions shortly after midnight.",
          "Officials said more than 30 people were wounded in the attack.");

  /** Page junk, which comes as lines of its own. */
  private static final List<String> JUNK =
      List.of("See also", "Advertisement", "(Getty Images)", "Recommended video");

  @Provide
  Arbitrary<String> reports() {
    Arbitrary<String> prose =
        Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(3).map(s -> String.join(" ", s));
    Arbitrary<String> paragraph =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, prose), net.jqwik.api.Tuple.of(1, Arbitraries.of(JUNK)));
    Arbitrary<String> separator = Arbitraries.of("\n", "\n\n", "\n \n\n", "\r\n\r\n", "\t\n\n");
    Arbitrary<String> body =
        Combinators.combine(paragraph.list().ofMinSize(1).ofMaxSize(8), separator)
            .as((paragraphs, sep) -> SENTENCES.get(0) + sep + String.join(sep, paragraphs));
    return Combinators.combine(Arbitraries.of("", "date 2021-08-30 ", "  date 2024-03-14\n"), body)
        .as((header, text) -> header + text);
  }

  @Property(tries = 150)
  void everyCleanCharacterMapsBackToTheSameCharacterOfTheOriginal(@ForAll("reports") String report)
      throws RejectedInput {
    Document document = Cleaning.clean(SourceDocument.text("p.txt", "p.txt", report));

    String text = document.text();
    for (int i = 0; i < text.length(); i++) {
      int at = document.offsets().toOriginal(i);
      assertThat(at).isBetween(0, report.length());
      if (!Character.isWhitespace(text.charAt(i))) {
        assertThat(report.charAt(at)).as("clean offset %d", i).isEqualTo(text.charAt(i));
      }
    }
  }

  @Property(tries = 100)
  void cleaningACleanTextChangesNothing(@ForAll("reports") String report) throws RejectedInput {
    Document once = Cleaning.clean(SourceDocument.text("p.txt", "p.txt", report));
    Document twice = Cleaning.clean(SourceDocument.text("p.txt", "p.txt", once.text()));

    assertThat(twice.text()).isEqualTo(once.text());
    assertThat(twice.contentHash()).isEqualTo(once.contentHash());
  }
}
