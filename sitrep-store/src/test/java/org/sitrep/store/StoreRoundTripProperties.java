package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class StoreRoundTripProperties {
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

  @Property(tries = 200)
  void anyTextComesBackExactly(@ForAll @StringLength(max = 2000) String text) {
    var document = SqliteStoreTest.document("p-" + text.hashCode(), text);
    store.save(List.of(document), List.of());

    assertThat(store.documentByHash(document.contentHash()).orElseThrow().text()).isEqualTo(text);
  }
}
