package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.sitrep.model.Document;

/** Any text a decoder can produce comes back from the store exactly as it went in. */
class StoreRoundTripPropertiesTest {
  private static Path dir;
  private static SqliteStore store;

  @BeforeContainer
  static void open() throws IOException {
    dir = Files.createTempDirectory("sitrep-store-properties");
    store = SqliteStore.open(dir);
  }

  @AfterContainer
  static void close() {
    store.close();
  }

  @Property(tries = 300)
  void anyTextComesBackExactly(@ForAll("texts") String text, @ForAll("texts") String title) {
    Document report = Reports.report("p.txt", text);
    Document titled =
        new Document(
            report.id(),
            report.contentHash(),
            report.source(),
            report.url(),
            report.outlet(),
            title,
            report.published(),
            report.language(),
            text,
            title + text,
            report.offsets(),
            report.quality());

    BatchResult result = store.save(List.of(titled), List.of());

    Document stored = store.documentByHash(titled.contentHash()).orElseThrow();
    assertThat(stored.text()).isEqualTo(text);
    if (result.added() == 1) {
      assertThat(stored).isEqualTo(titled);
      assertThat(store.document("p.txt")).contains(titled);
    }
  }

  @Property(tries = 100)
  void textsWithoutUnpairedSurrogatesAreStorable(@ForAll("texts") String text) {
    assertThat(StorableText.unpairedSurrogate(text)).isEqualTo(-1);
    assertThat(StorableText.unpairedSurrogate(text + '\uDC00')).isEqualTo(text.length());
  }

  /**
   * Well-formed Unicode from every plane, NUL and other controls included, short and long, leaning
   * towards the characters that break encodings.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Integer> anyCodePoint =
        Arbitraries.integers()
            .between(0, Character.MAX_CODE_POINT)
            .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE);
    Arbitrary<Integer> awkward =
        Arbitraries.of(
            0, 0x7F, 0x80, 0x7FF, 0x800, 0xFEFF, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF);
    Arbitrary<Integer> ascii = Arbitraries.integers().between(0x20, 0x7E);
    Arbitrary<Integer> codePoints =
        Arbitraries.frequencyOf(
            Tuple.of(6, anyCodePoint), Tuple.of(2, awkward), Tuple.of(2, ascii));
    return codePoints.list().ofMaxSize(20_000).map(StoreRoundTripPropertiesTest::text);
  }

  private static String text(List<Integer> codePoints) {
    StringBuilder text = new StringBuilder();
    codePoints.forEach(text::appendCodePoint);
    return text.toString();
  }
}
