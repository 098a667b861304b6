package org.sitrep.ingest.text;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.OffsetMap;

/**
 * Text after {@link TextCleaner}: junk lines and repeated paragraphs removed.
 *
 * @param offsets maps offsets of {@code text} to offsets of the text that was cleaned
 */
public record CleanText(
    String text,
    OffsetMap offsets,
    int boilerplateRemoved,
    int repeatsRemoved,
    List<Diagnostic> diagnostics) {
  public CleanText {
    requireNonNull(text, "text");
    requireNonNull(offsets, "offsets");
    diagnostics = List.copyOf(requireNonNull(diagnostics, "diagnostics"));
  }
}
