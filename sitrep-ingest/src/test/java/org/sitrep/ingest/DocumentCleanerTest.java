package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ContentType;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Document;
import org.sitrep.model.RefusalReason;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.SourceDocument;

class DocumentCleanerTest {
  private static final String REPORT =
      "Gunmen killed four villagers and wounded six others in an overnight raid, local officials"
          + " said on Tuesday. The attackers arrived on motorcycles and set fire to several houses"
          + " before fleeing into the bush, a resident told reporters by telephone.";

  @Test
  void takesTheDateFromATextFilesHeaderLineAndDropsTheLine() throws RejectedInput {
    Document document =
        Cleaning.clean(SourceDocument.text("r.txt", "r.txt", "date 2021-08-30\n\n" + REPORT));

    assertThat(document.published().value()).hasToString("2021-08-30");
    assertThat(document.published().evidence()).isEqualTo(DateEvidence.HEADER);
    assertThat(document.text()).startsWith("Gunmen killed four");
  }

  @Test
  void givesTheDeclaredDateOfTheInputPrecedence() throws RejectedInput {
    SourceDocument source =
        new SourceDocument(
            "j",
            "in.jsonl:1",
            null,
            null,
            null,
            "2021-08-27T10:00:00Z",
            ContentType.TEXT,
            "date 2021-08-30\n" + REPORT,
            List.of());

    Document document = Cleaning.clean(source);

    assertThat(document.published().value()).hasToString("2021-08-27");
    assertThat(document.published().evidence()).isEqualTo(DateEvidence.INPUT);
  }

  @Test
  void namesADocumentWithoutAnIdByItsContentHash() throws RejectedInput {
    Document one = Cleaning.clean(SourceDocument.text(null, "stdin:1", REPORT));
    Document two = Cleaning.clean(SourceDocument.text(null, "stdin:7", REPORT + "\n\n"));

    assertThat(one.id()).startsWith("doc-").hasSize(20).isEqualTo(two.id());
    assertThat(one.contentHash()).isEqualTo(two.contentHash()).hasSize(64);
  }

  @Test
  void mapsCleanOffsetsBackIntoTheOriginal() throws RejectedInput {
    String original = "date 2021-08-30  Headline of the day\n\n\n" + REPORT + "\n\n" + REPORT;
    Document document = Cleaning.clean(SourceDocument.text("r.txt", "r.txt", original));

    int at = document.text().indexOf("Gunmen");
    assertThat(original.substring(document.offsets().toOriginal(at))).startsWith("Gunmen killed");
  }

  @Test
  void extractsTheArticleOfAPage() throws RejectedInput {
    String page =
        "<html lang='en'><head><title>Raid | Wire</title>"
            + "<meta property='article:published_time' content='2021-08-26T08:00:00Z'></head>"
            + "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><p>"
            + REPORT
            + "</p></article><footer>All rights reserved</footer></body></html>";

    Document document = Cleaning.clean(SourceDocument.html("p.html", "p.html", null, page));

    assertThat(document.text()).startsWith("Gunmen killed four").doesNotContain("Home");
    assertThat(document.published().evidence()).isEqualTo(DateEvidence.HTML_META);
    int at = document.text().indexOf("overnight");
    assertThat(page.substring(document.offsets().toOriginal(at))).startsWith("overnight");
  }

  @Test
  void replacesLoneSurrogatesWhichCannotBeStored() throws RejectedInput {
    Document document =
        Cleaning.clean(SourceDocument.text("s.txt", "s.txt", REPORT + " \ud83d end \ud83d\ude00."));

    assertThat(document.text()).contains("\ufffd end \ud83d\ude00.");
    assertThat(document.quality().diagnostics())
        .anySatisfy(d -> assertThat(d.code()).isEqualTo("encoding-repaired"));
  }

  @Test
  void refusesTextInAnotherLanguage() {
    String spanish =
        "Al menos doce personas murieron el jueves en la explosión de un coche bomba cerca de la"
            + " estación de autobuses, según las autoridades locales, que temen un balance mayor.";

    assertThatThrownBy(() -> Cleaning.clean(SourceDocument.text("es.txt", "es.txt", spanish)))
        .isInstanceOfSatisfying(
            RejectedInput.class,
            rejected ->
                assertThat(rejected.reason()).isEqualTo(RefusalReason.UNSUPPORTED_LANGUAGE));
  }

  @Test
  void refusesAPageWithNoText() {
    assertThatThrownBy(
            () ->
                Cleaning.clean(
                    SourceDocument.html("e.html", "e.html", null, "<html><nav>Home</nav></html>")))
        .isInstanceOfSatisfying(
            RejectedInput.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(RefusalReason.EMPTY));
  }
}
