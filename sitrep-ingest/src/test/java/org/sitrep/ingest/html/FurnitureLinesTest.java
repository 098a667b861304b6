package org.sitrep.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FurnitureLinesTest {
  @Test
  void recognizesLabelsAndCreditLines() {
    assertThat(FurnitureLines.isLabel("Advertisement")).isTrue();
    assertThat(FurnitureLines.isLabel("Story continues below advertisement")).isTrue();
    assertThat(FurnitureLines.isLabel("(Reporting by Jane Doe; Editing by John Roe)")).isTrue();
    assertThat(FurnitureLines.isLabel("Associated Press writer Jo Ko contributed to this report."))
        .isTrue();
    assertThat(FurnitureLines.isLabel("Advertising revenue fell by a third, the company said."))
        .isFalse();
  }

  @Test
  void recognizesNewsletterPromotionsButNotProseAboutSubscriptions() {
    assertThat(
            FurnitureLines.isLabel(
                "Get the latest updates in your inbox. Subscribe to our newsletters."))
        .isTrue();
    assertThat(
            FurnitureLines.isLabel(
                "You can sign up for a free trial and pay $6.99 per month for the subscription."))
        .isFalse();
  }

  @Test
  void tellsLinkLinesFromSentencesThatCiteSources() {
    assertThat(FurnitureLines.isLinkLine("Tags: Kabul, airport, evacuation", 3, 0.95)).isTrue();
    assertThat(FurnitureLines.isLinkLine("Floods displace thousands in the south", 1, 0.8))
        .isTrue();
    assertThat(FurnitureLines.isLinkLine("The ministry published the full toll.", 1, 0.8))
        .isFalse();
    assertThat(FurnitureLines.isLinkLine("https://example.org/report.pdf", 1, 1.0)).isFalse();
  }
}
