package org.sitrep.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.model.Document;
import org.sitrep.model.SourceDocument;
import org.sitrep.testkit.Corpus;
import org.sitrep.testkit.Golden;

/**
 * Golden files for the five seed reports: what ingest makes of each (id, date and its evidence,
 * title, language, what cleaning removed, and the opening words of every kept paragraph with the
 * hash of the whole clean text). The corpus itself stays in ../shared; only these short
 * fingerprints live here. {@code -Dgolden.update=true} rewrites them.
 */
class SeedGoldenTest {
  private static final Path GOLDEN = Paths.get("src/test/resources/golden/seeds");
  private static final int OPENING_WORDS = 8;

  @TestFactory
  Stream<DynamicTest> eachSeedMatchesItsGoldenFile() {
    List<SourceDocument> seeds = Cleaning.read(Corpus.seeds());
    return seeds.stream()
        .map(
            seed ->
                DynamicTest.dynamicTest(
                    seed.name(),
                    () ->
                        Golden.assertMatches(
                            GOLDEN.resolve(seed.name().replace(".txt", ".json")),
                            fingerprint(Cleaning.clean(seed)))));
  }

  private static ObjectNode fingerprint(Document document) {
    ObjectNode node = Golden.mapper().createObjectNode();
    node.put("id", document.id());
    node.put("contentHash", document.contentHash());
    ObjectNode published = node.putObject("published");
    published.put(
        "value", document.published().isKnown() ? document.published().value().toString() : null);
    published.put("evidence", document.published().evidence().label());
    published.put("detail", document.published().detail());
    node.put("title", document.title());
    node.put("language", document.language());
    node.put("boilerplateRemoved", document.quality().boilerplateRemoved());
    node.put("repeatsRemoved", document.quality().repeatsRemoved());
    ArrayNode diagnostics = node.putArray("diagnostics");
    document.quality().diagnostics().forEach(d -> diagnostics.add(d.toString()));
    node.put("length", document.text().length());
    ArrayNode paragraphs = node.putArray("paragraphs");
    for (String paragraph : document.text().split("\n\n")) {
      String[] words = paragraph.strip().split("\\s+");
      paragraphs.add(String.join(" ", Arrays.copyOf(words, Math.min(words.length, OPENING_WORDS))));
    }
    return node;
  }
}
