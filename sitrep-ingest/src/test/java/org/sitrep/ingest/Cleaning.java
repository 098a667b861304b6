package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.ingest.language.LanguageIdentifier;
import org.sitrep.ingest.read.InputReader;
import org.sitrep.ingest.read.InputSink;
import org.sitrep.model.Document;
import org.sitrep.model.Limits;
import org.sitrep.model.Refusal;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.SourceDocument;
import org.sitrep.model.StageContext;

/** Reading and cleaning as the engine does them, for tests of the ingest module. */
final class Cleaning {
  static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();
  static final DocumentCleaner CLEANER =
      new DocumentCleaner(Limits.DEFAULT, LANGUAGES, Set.of("en"));

  private Cleaning() {}

  static List<SourceDocument> read(Path path) {
    List<SourceDocument> documents = new ArrayList<>();
    new InputReader(Limits.DEFAULT)
        .read(
            path,
            new InputSink() {
              @Override
              public void document(SourceDocument document) {
                documents.add(document);
              }

              @Override
              public void refused(Refusal refusal) {
                throw new AssertionError("refused " + refusal);
              }
            });
    return documents;
  }

  static Document clean(SourceDocument source) throws RejectedInput {
    return CLEANER.apply(source, StageContext.withDefaults());
  }
}
