package org.sitrep.resolve.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.resolve.Fixtures;

class CopyDetectorTest {
  private static final String STORY =
      "A car bomb exploded outside the regional governor's office in the market town on Monday"
          + " morning, killing at least nine people and wounding more than twenty, according to the"
          + " provincial health director. Witnesses said the vehicle had been parked there since"
          + " dawn. No group has claimed responsibility for the attack, the third in the province"
          + " this month, and security forces have sealed off the surrounding streets.";

  @Test
  void aSyndicatedCopyWithANewOpeningIsACopyOfTheEarlierReport() {
    Document original = Fixtures.document("wire", LocalDate.of(2024, 3, 4), STORY);
    Document copy =
        Fixtures.document(
            "paper", LocalDate.of(2024, 3, 5), "By our correspondent. " + STORY + " More follows.");
    CopyDetector detector = new CopyDetector(List.of(original, copy));
    assertThat(detector.similarity("wire", "paper")).isGreaterThan(0.7);
    assertThat(detector.copies(List.of(copy, original))).containsEntry("paper", "wire").hasSize(1);
  }

  @Test
  void aLightRewriteThatSwapsAFewWordsInEachSentenceIsACopy() {
    Document original = Fixtures.document("wire", LocalDate.of(2024, 3, 4), STORY);
    Document rewrite =
        Fixtures.document(
            "site",
            LocalDate.of(2024, 3, 5),
            "A car bomb went off outside the regional governor's office in the market town on"
                + " Monday morning, killing at least nine people and injuring more than twenty,"
                + " said the provincial health director. Witnesses said the car had been parked"
                + " there since dawn. No group has so far claimed responsibility for the attack, the"
                + " third in the province this month, and security forces have closed the"
                + " surrounding streets.");
    CopyDetector detector = new CopyDetector(List.of(original, rewrite));
    assertThat(detector.aligned("wire", "site")).isGreaterThanOrEqualTo(CopyDetector.ALIGNED);
    assertThat(detector.copies(List.of(original, rewrite))).containsEntry("site", "wire");
  }

  @Test
  void twoReportsOfOneEventInTheirOwnWordsAreIndependent() {
    Document original = Fixtures.document("wire", LocalDate.of(2024, 3, 4), STORY);
    Document other =
        Fixtures.document(
            "radio",
            LocalDate.of(2024, 3, 4),
            "Nine dead as a bomb hidden in a parked car tears through the market square near the"
                + " governor's building; hospital officials count over twenty injured, and no one"
                + " has said they carried it out.");
    CopyDetector detector = new CopyDetector(List.of(original, other));
    assertThat(detector.similarity("wire", "radio")).isLessThan(0.2);
    assertThat(detector.aligned("wire", "radio")).isLessThan(CopyDetector.ALIGNED);
    assertThat(detector.copies(List.of(original, other))).isEmpty();
  }

  @Test
  void ofThreeCopiesTheEarliestIsTheOriginalOfTheOtherTwo() {
    Document first = Fixtures.document("c", LocalDate.of(2024, 3, 3), STORY);
    Document second = Fixtures.document("a", LocalDate.of(2024, 3, 4), STORY + " Updated.");
    Document third = Fixtures.document("b", null, "Updated: " + STORY);
    CopyDetector detector = new CopyDetector(List.of(first, second, third));
    assertThat(detector.copies(List.of(second, third, first)))
        .containsEntry("a", "c")
        .containsEntry("b", "c")
        .hasSize(2);
  }
}
