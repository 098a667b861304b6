package org.sitrep.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which paragraphs are page junk rather than reporting: labels and teasers of other
 * articles, sharing and newsletter prompts, cookie notices, photo captions and credits, and the
 * site's name at the top. Rules look at the shape of a line (short, a known label, a credit in
 * parentheses), never at its topic, so a line of real reporting survives. Every decision depends
 * only on paragraphs that survive it, which keeps cleaning idempotent. Thread-safe (stateless).
 */
final class BoilerplateDetector {
  /** Teaser and navigation labels that stand alone on a line or lead it, with any separator. */
  private static final Pattern TEASER =
      Pattern.compile(
          "^(?:see also|read (?:more|also|next)|also read|more from|more stories"
              + "|related (?:articles?|stories|news|content|links|coverage|videos?|topics)"
              + "|recommended (?:videos?|for you|reading|articles?|stories)"
              + "|you (?:may|might) (?:also )?(?:like|enjoy|be interested(?: in)?)"
              + "|don'?t miss|must read|skip to (?:main )?content|back to top|continue reading"
              + "|show more|watch (?:now|video|also|more|live)|listen to (?:this )?article)\\b.*",
          Pattern.CASE_INSENSITIVE);

  /** Labels: junk alone, or when a separator follows ("Related: ...", "Video | ..."). */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:advertisements?|advertising|sponsored(?: content)?|recommended|related|more|watch"
              + "|listen|videos?|photos?|gallery|trending(?: now)?|latest(?: news)?|live|share"
              + "|tweet|email|print|comments?|subscribe|menu|home|loading|ad|breaking news"
              + "|top stories|most (?:read|popular|viewed|shared))\\s*(?:[:|»›>]+.*|[.…]*)$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SHARING =
      Pattern.compile(
          "^(?:share (?:this|on|via|the|article|story)|follow (?:us|@|\\S+ on)"
              + "|(?:sign up|subscribe) (?:for|to)|download (?:the|our) app|join (?:us|our))\\b.*",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CLICK_HERE =
      Pattern.compile("\\b(?:click|tap) here\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEWSLETTER =
      Pattern.compile("\\bnewsletters?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern COOKIES =
      Pattern.compile(
          "\\bcookies?\\b.*\\b(?:use|uses|accept|consent|polic(?:y|ies)|browsing|experience)\\b"
              + "|\\b(?:use|uses|accept|consent|browsing)\\b.*\\bcookies\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COPYRIGHT =
      Pattern.compile("©|\\(c\\) \\d{4}|\\ball rights reserved\\b", Pattern.CASE_INSENSITIVE);

  /** Who takes or sells news pictures, and words that only a picture credit uses. */
  private static final String AGENCY =
      "(?:getty(?: images)?|afp|reuters|ap|ap photo|epa(?:-efe)?|efe|xinhua|anadolu(?: agency)?"
          + "|shutterstock|dpa|ansa|alamy|istock|bloomberg|ians|pti|ani|pa(?: images| wire)?"
          + "|sipa|nurphoto|zuma(?: press)?|tass|sputnik|wana|imago)";

  /** A line that is nothing but a credit: "Getty Images.", "(Reuters)", "AP Photo/Rahmat Gul". */
  private static final Pattern CREDIT_ONLY =
      Pattern.compile(
          "^\\(?(?:(?:photo|image|picture|photograph|foto|credit|source)s?\\s*(?:by|:)?\\s*)?"
              + AGENCY
              + "(?:\\s*(?:/|via\\b|photo\\b|images\\b)[\\p{L} .'/-]{0,60})?\\)?[.…]*$",
          Pattern.CASE_INSENSITIVE);

  /** Caption or credit prefixes: "Photo: ...", "Image credit: ...", "Photo by ...". */
  private static final Pattern CREDIT_PREFIX =
      Pattern.compile(
          "^(?:photo|image|picture|photograph|foto|file photo|credit|caption)s?"
              + "(?: credit)?\\s*(?::|by\\b|\\||—|-)\\s*.*",
          Pattern.CASE_INSENSITIVE);

  /**
   * A picture credit in parentheses closing a line: "(Getty Images)", "(AP Photo / Rahmat Gul)".
   */
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "\\(([^()]{2,80})\\)[.…]*$|\\b(?:getty images|ap photo[^.]*)[.…]*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PICTURE_MARKER =
      Pattern.compile(
          "\\b(?:getty|photo|photograph|image|images|foto|shutterstock|alamy|istock|file|pool"
              + "|handout|epa|xinhua|anadolu|via (?:ap|afp|reuters|getty)|courtesy)\\b"
              + "|\\p{L}\\s*/\\s*\\p{L}",
          Pattern.CASE_INSENSITIVE);

  /**
   * A video's blurb, closed by the day it went up: "News4's Jane Doe reports. (Published Friday,
   * Nov. 25, 2016)", "... recaps the overnight crime. (Posted on: February 13, 2014)". A player
   * lists them beside the article, often for other stories than its own.
   */
  private static final Pattern VIDEO_BLURB =
      Pattern.compile(
          "\\((?:Published|Posted|Posted on|Updated)[: ]\\s*(?:\\p{L}+,\\s+)?\\p{L}+\\.?\\s+\\d{1,2},"
              + "\\s+\\d{4}(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}\\s*[AaPp]\\.?[Mm]\\.?)?\\)\\s*$");

  /** At most this many lines of at most this many words make a list of teasers. */
  private static final int MAX_TEASER_TAIL = 6;

  private static final int MAX_TEASER_WORDS = 30;

  /** "Label: headline": a short capitalized label, then a headline. */
  private static final Pattern LABELLED_HEADLINE =
      Pattern.compile("^(\\p{Lu}[\\p{L}'’]*(?: \\p{L}+)?):\\s+(.+)$");

  /** Words that name a publication in a masthead or tagline. */
  private static final Pattern MASTHEAD =
      Pattern.compile(
          "\\b(?:news|times\\b|post\\b|daily\\b|herald|tribune|journal|gazette|chronicle"
              + "|observer|express\\b|telegraph|press\\b|media\\b|tv\\b|radio\\b|online\\b"
              + "|magazine|weekly\\b)|\\.(?:com|net|org)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The reason each paragraph is junk, or null where it is reporting. */
  List<String> detect(List<String> paragraphs) {
    List<String> reasons = new ArrayList<>(paragraphs.size());
    for (String paragraph : paragraphs) {
      reasons.add(lineReason(paragraph));
    }
    int firstProse = firstProse(paragraphs, reasons);
    markRecurringLabels(paragraphs, firstProse, reasons);
    markMasthead(paragraphs, firstProse, reasons);
    markTeaserTail(paragraphs, reasons);
    return reasons;
  }

  /**
   * The index of the first paragraph that reads like article prose and is not junk, or the number
   * of paragraphs when there is none. Above it live the masthead, the headline and the dateline.
   */
  private static int firstProse(List<String> paragraphs, List<String> reasons) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (reasons.get(i) == null && isProse(paragraphs.get(i))) {
        return i;
      }
    }
    return paragraphs.size();
  }

  /** Rules that need nothing but the line itself. */
  static String lineReason(String line) {
    String text = line.strip();
    int words = words(text);
    if (TEASER.matcher(text).matches() || LABEL.matcher(text).matches()) {
      return "teaser or label";
    }
    if (words <= 40 && (SHARING.matcher(text).matches() || CLICK_HERE.matcher(text).find())) {
      return "sharing prompt";
    }
    if (words <= 40 && NEWSLETTER.matcher(text).find() && SHARING_WORDS.matcher(text).find()) {
      return "newsletter prompt";
    }
    if (words <= 80 && COOKIES.matcher(text).find()) {
      return "cookie notice";
    }
    if (words <= 25 && COPYRIGHT.matcher(text).find()) {
      return "copyright line";
    }
    if (words <= 12 && CREDIT_ONLY.matcher(text).matches()) {
      return "picture credit";
    }
    if (words <= 40 && (CREDIT_PREFIX.matcher(text).matches() || isCaption(text))) {
      return "picture caption";
    }
    if (words <= 80 && VIDEO_BLURB.matcher(text).find()) {
      return "video blurb";
    }
    return null;
  }

  private static final Pattern SHARING_WORDS =
      Pattern.compile(
          "\\b(?:sign up|subscribe|get|receive|delivered|inbox|register)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A line closed by a picture credit, like "He was taken to hospital. (Getty Images)". */
  private static boolean isCaption(String text) {
    Matcher credit = CAPTION_CREDIT.matcher(text);
    if (!credit.find()) {
      return false;
    }
    String inside = credit.group(1) == null ? credit.group() : credit.group(1);
    // credits are names: "(and/or wounded)" or "(24/7)" are not
    return Character.isUpperCase(inside.charAt(0))
        && words(inside) <= 10
        && PICTURE_MARKER.matcher(inside).find();
  }

  /**
   * Teasers of other articles often come as "Label: headline" with the same label on several lines
   * ("Identity: ...", a machine translation of "Read also: ..."). A label seen on two or more
   * headline-shaped lines is a teaser label; a speaker's quoted words end in punctuation and stay.
   * Lines above the first prose paragraph are the article's own headline and are not counted.
   */
  private static void markRecurringLabels(
      List<String> paragraphs, int firstProse, List<String> reasons) {
    Map<String, List<Integer>> byLabel = new HashMap<>();
    for (int i = firstProse + 1; i < paragraphs.size(); i++) {
      Matcher labelled = LABELLED_HEADLINE.matcher(paragraphs.get(i));
      if (labelled.matches() && isHeadline(labelled.group(2))) {
        String label = labelled.group(1).toLowerCase(Locale.ROOT);
        byLabel.computeIfAbsent(label, key -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> lines : byLabel.values()) {
      if (lines.size() >= 2) {
        lines.forEach(i -> reasons.set(i, mark(reasons.get(i), "recurring teaser label")));
      }
    }
  }

  /**
   * Above the article's first sentence, pages print their own name and tagline ("The Newsopedia",
   * "Complete Indian News World"): short lines naming a publication. Datelines and headlines are
   * longer or carry no publication word, and anything with a digit (a date) stays.
   */
  private static void markMasthead(List<String> paragraphs, int firstProse, List<String> reasons) {
    for (int i = 0; i < firstProse; i++) {
      String text = paragraphs.get(i);
      if (reasons.get(i) == null
          && words(text) <= 5
          && MASTHEAD.matcher(text).find()
          && text.chars().noneMatch(Character::isDigit)
          && !text.matches(".*[.!?,:;\"”)]$")) {
        reasons.set(i, "site name");
      }
    }
  }

  /**
   * A section heading like "Recommended video" or "You may be interested" starts the page's list of
   * other articles. When only a few short lines follow it to the end, and they are all headlines or
   * are closed by another such heading, they all go; a real closing paragraph after a stray heading
   * stays.
   */
  private static void markTeaserTail(List<String> paragraphs, List<String> reasons) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (isSectionHeading(paragraphs.get(i))
          && isTeaserTail(paragraphs.subList(i + 1, paragraphs.size()))) {
        for (int j = i; j < paragraphs.size(); j++) {
          reasons.set(j, mark(reasons.get(j), "teaser list"));
        }
        return;
      }
    }
  }

  private static boolean isSectionHeading(String text) {
    return TEASER.matcher(text).matches() && words(text) <= 5;
  }

  private static boolean isTeaserTail(List<String> tail) {
    if (tail.isEmpty()
        || tail.size() > MAX_TEASER_TAIL
        || tail.stream().anyMatch(p -> words(p) > MAX_TEASER_WORDS)) {
      return false;
    }
    String last = tail.get(tail.size() - 1);
    boolean closedByHeading = TEASER.matcher(last).matches() || LABEL.matcher(last).matches();
    return closedByHeading || tail.stream().noneMatch(BoilerplateDetector::endsLikeSentence);
  }

  private static String mark(String existing, String reason) {
    return existing != null ? existing : reason;
  }

  /** Reads like a sentence of an article: twelve words or more, ending like a sentence. */
  static boolean isProse(String text) {
    return words(text) >= 12 && endsLikeSentence(text);
  }

  private static boolean endsLikeSentence(String text) {
    return text.matches("(?s).*[.!?\"”’)]$");
  }

  /** Shaped like a headline: four words or more, not closed by sentence punctuation or a quote. */
  private static boolean isHeadline(String text) {
    return words(text) >= 4 && !text.matches("(?s).*[.!?\"”’»]$");
  }

  static int words(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = !Whitespace.isBlank(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }
}
