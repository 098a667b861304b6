package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English for the search index: Lucene's English chain (standard tokens, possessives, lower case,
 * stop words, Porter stems) with accents folded, and the irregular forms news of violence uses
 * ("shot", "fled", "died", "gunmen") led to the stem of their base word first, which Porter alone
 * cannot do: "shooting" finds "shot" and "shootings".
 */
final class SearchAnalyzer extends Analyzer {
  /** Irregular forms and the base word whose stem they take. */
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("shot", "shoot"),
          Map.entry("shots", "shoot"),
          Map.entry("struck", "strike"),
          Map.entry("fought", "fight"),
          Map.entry("fled", "flee"),
          Map.entry("slain", "slay"),
          Map.entry("slew", "slay"),
          Map.entry("blew", "blow"),
          Map.entry("blown", "blow"),
          Map.entry("threw", "throw"),
          Map.entry("thrown", "throw"),
          Map.entry("caught", "catch"),
          Map.entry("sought", "seek"),
          Map.entry("stole", "steal"),
          Map.entry("stolen", "steal"),
          Map.entry("broke", "break"),
          Map.entry("broken", "break"),
          Map.entry("took", "take"),
          Map.entry("taken", "take"),
          Map.entry("held", "hold"),
          Map.entry("bled", "bleed"),
          Map.entry("burnt", "burn"),
          Map.entry("died", "die"),
          Map.entry("dies", "die"),
          Map.entry("dying", "die"),
          Map.entry("gunmen", "gunman"),
          Map.entry("men", "man"),
          Map.entry("women", "woman"),
          Map.entry("children", "child"));

  private static final StemmerOverrideMap OVERRIDES = overrides();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new LowerCaseFilter(result);
    result = new ASCIIFoldingFilter(result);
    result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    result = new StemmerOverrideFilter(result, OVERRIDES);
    result = new PorterStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  // Wildcard, prefix and fuzzy terms are not stemmed, only folded as the indexed words were.
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  private static StemmerOverrideMap overrides() {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    IRREGULAR.forEach((form, base) -> builder.add(form, porter(base)));
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Porter stem of one lower-case word. */
  static String porter(String word) {
    try (Analyzer stemmer =
            new Analyzer() {
              @Override
              protected TokenStreamComponents createComponents(String fieldName) {
                KeywordTokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(source));
              }
            };
        TokenStream tokens = stemmer.tokenStream("", word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      String stem = tokens.incrementToken() ? term.toString() : word;
      tokens.end();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
