package org.sitrep.extract.quantity;

import java.util.Set;

/**
 * Tells a number that stands in for people counted elsewhere ("one of the victims", "the two were",
 * "no one") from one that counts a new group ("two people were killed"). The extractor uses it so
 * that a partitive or anaphoric number is not added to the toll twice. Stateless.
 */
final class Anaphora {

  /** After "N of": the group the N are taken from is named elsewhere. */
  private static final Set<String> PARTITIVE =
      Set.of(
          "the", "them", "those", "these", "his", "her", "their", "its", "our", "my", "your",
          "whom", "which", "us", "you");

  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "all", "both", "those", "these", "this", "that", "each", "every", "any", "which");

  /** What follows a number used as a noun phrase on its own: "the two were", "the one who". */
  private static final Set<String> AFTER_PRONOUN =
      Set.of(
          "were", "was", "are", "is", "had", "have", "has", "who", "whom", "that", "died", ",", ".",
          ";", ":", "");

  boolean pronounLike(TokenSequence tokens, Figure figure) {
    Numeral numeral = figure.first();
    if (numeral.form() == Numeral.Form.NOBODY) {
      return true;
    }
    if (figure.numerals().size() > 1 || numeral.isVague()) {
      return false;
    }
    int after = figure.to();
    int before = figure.from() - 1;
    boolean partitive = tokens.lower(after).equals("of") && tokens.lowerIn(after + 1, PARTITIVE);
    boolean one =
        tokens.lower(numeral.from()).equals("one")
            && numeral.to() - numeral.from() == 1
            && tokens.lowerIn(after, Set.of("another", "who", "whom"));
    boolean standalone =
        tokens.lowerIn(before, DETERMINERS) && AFTER_PRONOUN.contains(tokens.lower(after));
    return partitive || one || standalone;
  }
}
