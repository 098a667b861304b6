package org.sitrep.extract.place;

import java.text.Normalizer;

/**
 * Folds place names to lookup keys: case, accents, apostrophes and punctuation do not count
 * ("Sévaré" = "sevare", "Jalālābād" = "Jalalabad", "St. Louis" = "Saint Louis").
 */
final class NameFolder {
  private static final String[] ARTICLES = {
    "al ", "el ", "as ", "ash ", "ad ", "an ", "ar ", "az "
  };

  private NameFolder() {}

  /** Returns the lookup key of a name: lower-case ASCII-ish words separated by single spaces. */
  static String fold(String name) {
    String text = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        appendLetter(out, c);
      } else {
        space = true;
      }
    }
    return expandAbbreviations(stripLeadingThe(out.toString()));
  }

  /** Returns the key without a leading Arabic article ("al anbar" → "anbar"), or null. */
  static String withoutArticle(String key) {
    for (String article : ARTICLES) {
      if (key.startsWith(article) && key.length() > article.length() + 2) {
        return key.substring(article.length());
      }
    }
    return null;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == 'ʻ' || c == '`' || c == '´';
  }

  // Letters that carry no combining mark to strip.
  private static void appendLetter(StringBuilder out, char c) {
    switch (c) {
      case 'ł', 'Ł' -> out.append('l');
      case 'ø', 'Ø' -> out.append('o');
      case 'æ', 'Æ' -> out.append("ae");
      case 'œ', 'Œ' -> out.append("oe");
      case 'ß' -> out.append("ss");
      case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
      case 'ı' -> out.append('i');
      case 'þ', 'Þ' -> out.append("th");
      default -> out.append(Character.toLowerCase(c));
    }
  }

  private static String stripLeadingThe(String key) {
    return key.startsWith("the ") ? key.substring(4) : key;
  }

  private static String expandAbbreviations(String key) {
    if (!key.contains("st") && !key.contains("mt") && !key.contains("ft")) {
      return key;
    }
    String[] words = key.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      words[i] =
          switch (words[i]) {
            case "st" -> "saint";
            case "ste" -> "sainte";
            case "mt" -> "mount";
            case "ft" -> "fort";
            default -> words[i];
          };
    }
    return String.join(" ", words);
  }
}
