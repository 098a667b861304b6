package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;

/**
 * Days written as month and day with a slash and no year, which the tagger leaves untagged: "the
 * 9/3 shooting", "shot a man on 7/4". Read as that day without its year ({@code XXXX-09-03}), as
 * "Sept. 3" is. Only where the words around make it a day: after "on", or after "the" and before a
 * word for an event; not "9/11", the name of the 2001 attacks, nor a fraction or a score elsewhere.
 */
final class SlashDays {
  private static final Pattern SLASH_DAY =
      Pattern.compile(
          "(?i)(?<![\\d/.])\\b(?:(?<on>on)|the)\\s+(?<day>(?<month>\\d{1,2})/(?<date>\\d{1,2}))"
              + "(?![\\d/])(?<event>\\s+(?:[\\p{L}-]+\\s+)?(?:shootings?|homicides?|killings?|slayings?"
              + "|murders?|stabbings?|incidents?|attacks?|robber(?:y|ies)|deaths?))?");

  private SlashDays() {}

  /** {@code times} with the slash days of the text no time expression covers, in text order. */
  static List<TimeExpression> added(
      String text, List<Sentence> sentences, List<TimeExpression> times) {
    List<TimeExpression> all = new ArrayList<>(times);
    Matcher found = SLASH_DAY.matcher(text);
    while (found.find()) {
      int month = Integer.parseInt(found.group("month"));
      int date = Integer.parseInt(found.group("date"));
      int start = found.start("day");
      int end = found.end("day");
      if (month < 1
          || month > 12
          || date < 1
          || date > 31
          || month == 9 && date == 11
          || found.group("on") == null && found.group("event") == null
          || covered(times, start, end)) {
        continue;
      }
      Integer sentence = sentenceAt(sentences, start);
      if (sentence != null) {
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
    all.sort(Comparator.comparingInt(TimeExpression::start));
    return List.copyOf(all);
  }

  private static boolean covered(List<TimeExpression> times, int start, int end) {
    return times.stream().anyMatch(time -> time.start() < end && start < time.end());
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
