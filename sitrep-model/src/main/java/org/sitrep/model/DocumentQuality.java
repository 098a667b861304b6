package org.sitrep.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What cleaning found and did to a document.
 *
 * @param boilerplateRemoved how many blocks of page junk (navigation, "See also", captions, ...)
 *     were removed from the text
 * @param repeatsRemoved how many repeated paragraphs were removed
 * @param duplicateOf the id of a document this one is a copy of, or null
 * @param paraphraseScore similarity to the document it paraphrases, or null when none is known
 * @param diagnostics repaired problems, capped at {@link StageContext#MAX_DIAGNOSTICS} and one
 */
public record DocumentQuality(
    int boilerplateRemoved,
    int repeatsRemoved,
    String duplicateOf,
    Double paraphraseScore,
    List<Diagnostic> diagnostics) {
  public static final DocumentQuality CLEAN = new DocumentQuality(0, 0, null, null, List.of());

  public DocumentQuality {
    if (boilerplateRemoved < 0 || repeatsRemoved < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    diagnostics = List.copyOf(requireNonNull(diagnostics, "diagnostics"));
  }

  public DocumentQuality withDiagnostics(List<Diagnostic> more) {
    return new DocumentQuality(
        boilerplateRemoved, repeatsRemoved, duplicateOf, paraphraseScore, more);
  }
}
