package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;

/**
 * Days the tagger leaves untagged. A month and day with a slash and no year, "the 9/3 shooting",
 * "shot a man on 7/4", is read as that day without its year ({@code XXXX-09-03}), as "Sept. 3" is;
 * only where the words around make it a day: after "on", or after "the" and before a word for an
 * event; not "9/11", the name of the 2001 attacks, nor a fraction or a score elsewhere. A day of
 * the month alone, "fired into the car around 2 a.m. on the 12th", is the latest such day on or
 * before publication; only after "on the" and before a pause or a word that goes on with the event,
 * not "on the 12th floor", and never without a publication date.
 */
final class UntaggedDays {
  private static final Pattern SLASH_DAY =
      Pattern.compile(
          "(?i)(?<![\\d/.])\\b(?:(?<on>on)|the)\\s+(?<day>(?<month>\\d{1,2})/(?<date>\\d{1,2}))"
              + "(?![\\d/])(?<event>\\s+(?:[\\p{L}-]+\\s+)?(?:shootings?|homicides?|killings?|slayings?"
              + "|murders?|stabbings?|incidents?|attacks?|robber(?:y|ies)|deaths?))?");

  private static final Pattern DAY_OF_THE_MONTH =
      Pattern.compile(
          "(?i)\\bon\\s+(?<day>the\\s+(?<date>\\d{1,2})(?:st|nd|rd|th))\\b"
              + "(?=\\s*(?:[,.;:)]|$)|\\s+(?:at|around|about|after|before|when|while|in|near|outside"
              + "|inside|as|during|following)\\b(?!\\s+(?:the\\s+)?(?:floor|street|avenue|grade)\\b))");

  private UntaggedDays() {}

  /**
   * {@code times} with the untagged days of the text no time expression covers, in text order.
   *
   * @param published the publication date, or null when unknown
   */
  static List<TimeExpression> added(
      String text, List<Sentence> sentences, List<TimeExpression> times, LocalDate published) {
    List<TimeExpression> all = new ArrayList<>(times);
    Matcher found = SLASH_DAY.matcher(text);
    while (found.find()) {
      int month = Integer.parseInt(found.group("month"));
      int date = Integer.parseInt(found.group("date"));
      if (month >= 1
          && month <= 12
          && date >= 1
          && date <= 31
          && !(month == 9 && date == 11)
          && (found.group("on") != null || found.group("event") != null)) {
        add(all, times, sentences, text, found.start("day"), found.end("day"), month, date);
      }
    }
    Matcher ordinal = DAY_OF_THE_MONTH.matcher(text);
    while (published != null && ordinal.find()) {
      int date = Integer.parseInt(ordinal.group("date"));
      if (date < 1 || date > 31) {
        continue;
      }
      LocalDate month = published.withDayOfMonth(1);
      if (date > published.getDayOfMonth()) {
        month = month.minusMonths(1);
      }
      if (date <= month.lengthOfMonth()) {
        add(
            all,
            times,
            sentences,
            text,
            ordinal.start("day"),
            ordinal.end("day"),
            month.getMonthValue(),
            date);
      }
    }
    all.sort(Comparator.comparingInt(TimeExpression::start));
    return List.copyOf(all);
  }

  private static void add(
      List<TimeExpression> all,
      List<TimeExpression> tagged,
      List<Sentence> sentences,
      String text,
      int start,
      int end,
      int month,
      int date) {
    Integer sentence = sentenceAt(sentences, start);
    if (sentence != null
        && tagged.stream().noneMatch(time -> time.start() < end && start < time.end())) {
      all.add(
          new TimeExpression(
              text.substring(start, end),
              start,
              end,
              "DATE",
              String.format(Locale.ROOT, "XXXX-%02d-%02d", month, date),
              sentence));
    }
  }

  private static Integer sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence sentence : sentences) {
      if (sentence.start() <= offset && offset < sentence.end()) {
        return sentence.index();
      }
    }
    return null;
  }
}
