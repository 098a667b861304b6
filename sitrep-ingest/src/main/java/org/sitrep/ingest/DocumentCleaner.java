package org.sitrep.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.date.PublicationDateFinder;
import org.sitrep.ingest.html.Article;
import org.sitrep.ingest.html.ArticleExtractor;
import org.sitrep.ingest.language.LanguageIdentifier;
import org.sitrep.ingest.text.CleanText;
import org.sitrep.ingest.text.TextCleaner;
import org.sitrep.model.ContentType;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentQuality;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.RefusalReason;
import org.sitrep.model.RejectedInput;
import org.sitrep.model.SourceDocument;
import org.sitrep.model.Stage;
import org.sitrep.model.StageContext;

/**
 * The ingest stage: a {@link SourceDocument} becomes a {@link Document} — the main text of a page
 * or the body of a text, cleaned of junk and repeats, with its publication date and the evidence
 * for it, its language, and an id. Refuses inputs that are too large, empty once cleaned, or not in
 * a supported language. Thread-safe.
 */
public final class DocumentCleaner implements Stage<SourceDocument, Document> {
  /** A text file's first line {@code date YYYY-MM-DD} gives its publication date. */
  private static final Pattern HEADER =
      Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");

  private static final int MAX_TITLE_LENGTH = 200;
  private static final int MIN_TITLE_WORDS = 4;

  private final ArticleExtractor articles;
  private final TextCleaner cleaner = new TextCleaner();
  private final PublicationDateFinder dates = new PublicationDateFinder();
  private final LanguageIdentifier languages;
  private final Set<String> acceptedLanguages;

  /**
   * @param acceptedLanguages ISO 639-1 codes of the languages let through; others are refused
   */
  public DocumentCleaner(
      org.sitrep.model.Limits limits, LanguageIdentifier languages, Set<String> acceptedLanguages) {
    this.articles = new ArticleExtractor(requireNonNull(limits, "limits"));
    this.languages = requireNonNull(languages, "languages");
    this.acceptedLanguages = Set.copyOf(acceptedLanguages);
  }

  @Override
  public Document apply(SourceDocument input, StageContext context) throws RejectedInput {
    long bytes = input.content().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > context.limits().maxDocumentBytes()) {
      throw new RejectedInput(
          RefusalReason.TOO_LARGE,
          "document of " + bytes + " bytes exceeds " + context.limits().maxDocumentBytes());
    }
    input.diagnostics().forEach(context::report);
    input = withoutLoneSurrogates(input, context);
    Body body = input.type() == ContentType.HTML ? fromPage(input) : fromText(input);
    body.diagnostics().forEach(context::report);
    CleanText clean = cleaner.clean(body.text());
    clean.diagnostics().forEach(context::report);
    if (clean.text().isBlank()) {
      throw new RejectedInput(RefusalReason.EMPTY, "no text left after cleaning");
    }
    String language = language(clean.text(), context);
    PublicationDate published = dates.find(declared(input, body, context), clean.text());
    String hash = sha256(clean.text());
    String id =
        input.name() != null && !input.name().isBlank()
            ? input.name()
            : "doc-" + hash.substring(0, 16);
    return new Document(
        id,
        hash,
        input.origin(),
        input.url(),
        input.outlet(),
        title(input, body, clean.text()),
        published,
        language,
        clean.text(),
        input.content(),
        clean.offsets().andThen(body.offsets()),
        new DocumentQuality(
            body.boilerplateRemoved() + clean.boilerplateRemoved(),
            clean.repeatsRemoved(),
            null,
            null,
            context.diagnostics()));
  }

  /**
   * Replaces halves of surrogate pairs that stand alone (a JSON escape like {@code "\\ud83d"} makes
   * one) with U+FFFD: they are not text and cannot be stored. One character for one keeps offsets.
   */
  private static SourceDocument withoutLoneSurrogates(SourceDocument input, StageContext context) {
    String content = input.content();
    StringBuilder repaired = null;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < content.length() && Character.isLowSurrogate(content.charAt(i + 1))
              : !Character.isLowSurrogate(c)
                  || (i > 0 && Character.isHighSurrogate(content.charAt(i - 1)));
      if (!paired) {
        if (repaired == null) {
          repaired = new StringBuilder(content);
        }
        repaired.setCharAt(i, '\uFFFD');
      }
    }
    if (repaired == null) {
      return input;
    }
    context.report("encoding-repaired", "lone surrogate characters replaced with U+FFFD");
    return new SourceDocument(
        input.name(),
        input.origin(),
        input.url(),
        input.outlet(),
        input.title(),
        input.declaredPublished(),
        input.type(),
        repaired.toString(),
        input.diagnostics());
  }

  /** What cleaning starts from: the page's article, or the text without its header line. */
  private record Body(
      String text,
      OffsetMap offsets,
      String title,
      PublicationDate date,
      int boilerplateRemoved,
      java.util.List<Diagnostic> diagnostics) {}

  private Body fromPage(SourceDocument input) {
    Article article = articles.extract(input.content(), input.url());
    return new Body(
        article.text(),
        article.offsets(),
        article.title(),
        article.published(),
        article.boilerplateRemoved(),
        article.diagnostics());
  }

  private static Body fromText(SourceDocument input) {
    String content = input.content();
    Matcher header = HEADER.matcher(content);
    if (header.find()) {
      LocalDate date = parseIso(header.group(1));
      String line = "header line 'date " + header.group(1) + "'";
      PublicationDate published =
          date != null
              ? PublicationDate.of(date, DateEvidence.HEADER, line)
              : PublicationDate.unknown("invalid " + line);
      return new Body(
          content.substring(header.end()),
          new OffsetMap.Builder().run(0, header.end()).build(),
          null,
          published,
          0,
          java.util.List.of());
    }
    return new Body(
        content,
        OffsetMap.identity(),
        null,
        PublicationDate.unknown("no date given"),
        0,
        java.util.List.of());
  }

  /** The date the input declares wins; else the header or page date. */
  private PublicationDate declared(SourceDocument input, Body body, StageContext context) {
    if (input.declaredPublished() != null && !input.declaredPublished().isBlank()) {
      Optional<LocalDate> date = dates.parseDeclared(input.declaredPublished());
      if (date.isPresent()) {
        return PublicationDate.of(
            date.get(), DateEvidence.INPUT, "given with the input: " + input.declaredPublished());
      }
      context.report(
          "bad-date", "ignored unreadable published date '" + input.declaredPublished() + "'");
    }
    return body.date();
  }

  private String language(String text, StageContext context) throws RejectedInput {
    Optional<String> language = languages.identify(text);
    if (language.isEmpty()) {
      context.report("language-unknown", "the language could not be told; treated as accepted");
      return "und";
    }
    if (!acceptedLanguages.contains(language.get())) {
      throw new RejectedInput(
          RefusalReason.UNSUPPORTED_LANGUAGE,
          "text is in '"
              + language.get()
              + "'; supported: "
              + String.join(", ", acceptedLanguages.stream().sorted().toList()));
    }
    return language.get();
  }

  /**
   * The given title, else the page's, else a text's first short paragraph (its headline) that is
   * more than a date or a site name.
   */
  private String title(SourceDocument input, Body body, String text) {
    if (input.title() != null && !input.title().isBlank()) {
      return input.title().strip();
    }
    if (body.title() != null && !body.title().isBlank()) {
      return body.title().strip();
    }
    for (String paragraph : text.split("\n\n", 4)) {
      String line = paragraph.strip();
      if (line.length() > MAX_TITLE_LENGTH) {
        return null;
      }
      if (line.split("\\s+").length >= MIN_TITLE_WORDS && dates.parseDeclared(line).isEmpty()) {
        return line;
      }
    }
    return null;
  }

  private static LocalDate parseIso(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
