package org.sitrep.ingest.html;

import java.util.regex.Pattern;

/**
 * What whole lines of page furniture look like once they are text: labels ("Advertisement", "Read
 * more"), credits and calls to follow ("Reporting by ...", "Follow us on Twitter"), and lines of
 * links (tags, teaser headlines). Stateless and thread-safe.
 */
final class FurnitureLines {
  /** Labels of page furniture, in the languages seen so far. */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)(?:advertisement|advertising|advert|ads?|anzeige|publicidad|publicité"
              + "|sponsored(?: content)?|story continues below(?: advertisement)?"
              + "|continue reading(?: below)?|read more|related(?: articles| stories| coverage"
              + "| content)?|share(?: this(?: article| story)?)?|click here.*|sign up.*newsletter.*"
              + "|subscribe.*|follow us.*|image|photo|video|loading.*|more on this story|also read"
              + "|see also|recommended|(?:watch|listen):?.*)[.:!]?");

  /** Lines that credit reporters or point elsewhere rather than report. */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?i)\\(?(?:(?:additional )?reporting|writing|editing|compiled|produced) by\\b.{0,300}"
              + "|.{0,300}\\bcontributed (?:to )?(?:this|the) (?:report|story|article)\\b.{0,20}"
              + "|follow (?:us|\\S+(?: \\S+)?) on (?:twitter|facebook|instagram)\\b.{0,200}"
              + "|(?:email|contact) \\S+(?: \\S+)? at \\S+@\\S+.{0,200}");

  /** Calls to subscribe to a newsletter. */
  private static final Pattern PROMOTION =
      Pattern.compile(
          "(?i).{0,150}\\b(?:sign up|subscribe)\\b.{0,100}\\b(?:newsletters?|inbox)\\b.{0,150}");

  /** Lines shorter than this may be headlines; longer ones are prose even when mostly linked. */
  static final int SHORT_LINE_CHARS = 120;

  private FurnitureLines() {}

  /** Whether {@code line} is a furniture label, a credit line or a call to subscribe. */
  static boolean isLabel(String line) {
    return LABEL.matcher(line).matches()
        || CREDIT.matcher(line).matches()
        || PROMOTION.matcher(line).matches();
  }

  /**
   * Whether a line of {@code links} links covering {@code linkDensity} of its text is a line of
   * links (tags, a teaser headline) rather than a sentence that cites its sources. A bare address
   * is a cited source and stays.
   */
  static boolean isLinkLine(String line, int links, double linkDensity) {
    if (links < 2 && (line.contains("://") || line.startsWith("www."))) {
      return false;
    }
    return linkDensity > 0.9
        || (linkDensity > 0.5 && line.length() < SHORT_LINE_CHARS && !endsSentence(line));
  }

  /** Whether {@code text} ends like a sentence (headlines and labels do not). */
  static boolean endsSentence(String text) {
    String end = text.strip();
    return !end.isEmpty() && ".!?。！？\"”’')".indexOf(end.charAt(end.length() - 1)) >= 0;
  }
}
