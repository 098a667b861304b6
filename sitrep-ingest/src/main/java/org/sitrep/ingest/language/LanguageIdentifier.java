package org.sitrep.ingest.language;

import static java.util.Objects.requireNonNull;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Tells which language a text is in, among {@link #LANGUAGES}, the languages most common in world
 * news. Uses one Lingua detector shared by all instances, built on first use with its models
 * preloaded (about a second; see the module's notes), so calls never load models concurrently. Long
 * texts are judged on their first {@value #SAMPLE_CHARS} characters: an article's language shows
 * long before its end. Thread-safe.
 */
public final class LanguageIdentifier {
  /** Texts with fewer letters than this are too short to judge. */
  static final int MIN_LETTERS = 20;

  /** Only this many characters from the start of a text are looked at. */
  static final int SAMPLE_CHARS = 2_000;

  /** Below this confidence of the best language, the answer is unknown. */
  static final double MIN_CONFIDENCE = 0.5;

  /**
   * Above this confidence of the runner-up (the best language's is 1), the two are too close to
   * tell apart and the answer is unknown: on one short English sentence ("A man was shot Sunday in
   * Derby, Kansas.") the trigram models give Tagalog 1.0 and English 0.97. A paragraph leaves far
   * more room between them.
   */
  static final double MAX_RUNNER_UP = 0.9;

  /** The languages told apart; a text in any other comes out as the closest of these or empty. */
  public static final Set<Language> LANGUAGES =
      Set.copyOf(
          EnumSet.of(
              Language.ENGLISH,
              Language.FRENCH,
              Language.SPANISH,
              Language.PORTUGUESE,
              Language.GERMAN,
              Language.ITALIAN,
              Language.DUTCH,
              Language.RUSSIAN,
              Language.UKRAINIAN,
              Language.ARABIC,
              Language.PERSIAN,
              Language.URDU,
              Language.HINDI,
              Language.BENGALI,
              Language.TURKISH,
              Language.CHINESE,
              Language.JAPANESE,
              Language.KOREAN,
              Language.INDONESIAN,
              Language.SWAHILI,
              Language.SOMALI,
              Language.POLISH,
              Language.ROMANIAN,
              Language.TAGALOG,
              Language.HEBREW,
              Language.VIETNAMESE,
              Language.GREEK));

  /** The ISO 639-1 code of the language of {@code text}, or empty when it cannot be told. */
  public Optional<String> identify(String text) {
    requireNonNull(text, "text");
    String sample = sample(text);
    if (letters(sample) < MIN_LETTERS) {
      return Optional.empty();
    }
    SortedMap<Language, Double> confidences =
        Detector.INSTANCE.computeLanguageConfidenceValues(sample);
    List<Map.Entry<Language, Double>> ranked =
        confidences.entrySet().stream()
            .sorted(Map.Entry.<Language, Double>comparingByValue().reversed())
            .limit(2)
            .toList();
    if (ranked.size() == 2 && ranked.get(1).getValue() > MAX_RUNNER_UP * ranked.get(0).getValue()) {
      return Optional.empty();
    }
    return ranked.stream()
        .findFirst()
        .filter(best -> best.getValue() >= MIN_CONFIDENCE && best.getKey() != Language.UNKNOWN)
        .map(best -> best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT));
  }

  /** The first {@value #SAMPLE_CHARS} characters, cut at a space so no word is half there. */
  private static String sample(String text) {
    if (text.length() <= SAMPLE_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
    return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
  }

  private static long letters(String text) {
    return text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count();
  }

  /**
   * Holds the one detector; the JVM builds it on first use, once, safely across threads. Low
   * accuracy mode uses trigrams only: several times faster and lighter, and as right as the full
   * mode on paragraph-length text (Lingua's own evaluation; checked on the seeds).
   */
  private static final class Detector {
    static final LanguageDetector INSTANCE =
        LanguageDetectorBuilder.fromLanguages(LANGUAGES.toArray(Language[]::new))
            .withLowAccuracyMode()
            .withPreloadedLanguageModels()
            .build();
  }
}
