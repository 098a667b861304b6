package org.sitrep.ingest.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.OffsetMap;

/**
 * Removes page junk and repeated paragraphs from plain text.
 *
 * <p>The clean text has one paragraph per non-blank line of the original (hard-wrapped lines
 * joined), paragraphs separated by exactly one blank line, each whitespace run inside a line as one
 * space, and no leading or trailing blanks. Junk lines (see {@link BoilerplateDetector}) and
 * paragraphs repeating an earlier one (see {@link RepeatFilter}) are dropped. The result's {@link
 * OffsetMap} leads every clean offset back to the original: words to the words they were copied
 * from, a collapsed space to the first blank it replaces, a paragraph break to the start of the
 * paragraph that follows it. Cleaning clean text changes nothing and removes nothing.
 *
 * <p>Thread-safe: holds no state between calls.
 */
public final class TextCleaner {
  /** At most this many diagnostics per kind; the rest are counted in one summary. */
  static final int MAX_DIAGNOSTICS_PER_CODE = 10;

  private static final String PARAGRAPH_BREAK = "\n\n";

  private final ParagraphReader reader = new ParagraphReader();
  private final BoilerplateDetector boilerplate = new BoilerplateDetector();

  /** Cleans {@code original}; cleaning clean text changes nothing. */
  public CleanText clean(String original) {
    requireNonNull(original, "original");
    Removals boilerplateRemovals = new Removals("boilerplate-removed");
    Removals repeatRemovals = new Removals("repeat-removed");
    List<Paragraph> kept = reader.read(original);
    // Junk is judged among the paragraphs around it ("The Newsopedia" is junk as a page's last
    // line), so removing some can make others junk: remove until nothing more goes, which is also
    // what makes cleaning clean text change nothing.
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      List<Paragraph> next = filtered(kept, boilerplateRemovals, repeatRemovals);
      if (next.size() == kept.size()) {
        break;
      }
      kept = next;
    }
    List<Diagnostic> diagnostics = new ArrayList<>(boilerplateRemovals.diagnostics());
    diagnostics.addAll(repeatRemovals.diagnostics());
    return assemble(kept, boilerplateRemovals.count(), repeatRemovals.count(), diagnostics);
  }

  /** Passes of junk and repeat removal at most; one or two do on real pages. */
  private static final int MAX_PASSES = 5;

  /** The paragraphs that are neither junk among the others nor a repeat of an earlier one. */
  private List<Paragraph> filtered(
      List<Paragraph> paragraphs, Removals boilerplateRemovals, Removals repeatRemovals) {
    List<String> texts = paragraphs.stream().map(Paragraph::text).toList();
    List<String> junk = boilerplate.detect(texts);
    RepeatFilter repeats = new RepeatFilter();
    List<Paragraph> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String text = texts.get(i);
      if (junk.get(i) != null) {
        boilerplateRemovals.add(junk.get(i), text);
        continue;
      }
      int repeated = repeats.offer(i, text);
      if (repeated >= 0) {
        repeatRemovals.add("repeats paragraph " + (repeated + 1), text);
      } else {
        kept.add(paragraphs.get(i));
      }
    }
    return kept;
  }

  private static CleanText assemble(
      List<Paragraph> kept, int boilerplateCount, int repeatCount, List<Diagnostic> diagnostics) {
    StringBuilder text = new StringBuilder();
    OffsetMap.Builder offsets = new OffsetMap.Builder();
    for (Paragraph paragraph : kept) {
      if (text.length() > 0) {
        // the inserted break leads to the paragraph it opens, as OffsetMap promises
        for (int i = 0; i < PARAGRAPH_BREAK.length(); i++) {
          offsets.run(text.length(), paragraph.originalStart());
          text.append(PARAGRAPH_BREAK.charAt(i));
        }
      }
      for (int run = 0; run < paragraph.runs(); run++) {
        offsets.run(text.length() + paragraph.runStart(run), paragraph.runOriginal(run));
      }
      text.append(paragraph.text());
    }
    return new CleanText(
        text.toString(), offsets.build(), boilerplateCount, repeatCount, diagnostics);
  }

  /** Counts removals of one kind and describes the first few of them. */
  private static final class Removals {
    private static final int QUOTED_LENGTH = 60;

    private final String code;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int count;

    Removals(String code) {
      this.code = code;
    }

    void add(String reason, String text) {
      count++;
      if (count <= MAX_DIAGNOSTICS_PER_CODE) {
        diagnostics.add(new Diagnostic(code, reason + ": '" + quoted(text) + "'"));
      }
    }

    int count() {
      return count;
    }

    List<Diagnostic> diagnostics() {
      if (count <= MAX_DIAGNOSTICS_PER_CODE) {
        return diagnostics;
      }
      List<Diagnostic> all = new ArrayList<>(diagnostics);
      all.add(new Diagnostic(code, (count - MAX_DIAGNOSTICS_PER_CODE) + " more not listed"));
      return all;
    }

    private static String quoted(String text) {
      return text.length() <= QUOTED_LENGTH
          ? text
          : text.substring(0, QUOTED_LENGTH - 1).strip() + "…";
    }
  }
}
