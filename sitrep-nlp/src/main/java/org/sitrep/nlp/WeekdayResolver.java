package org.sitrep.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Resolves a bare weekday ("Thursday", "Sunday night") against the publication date without
 * SUTime's shared state.
 *
 * <p>Why: SUTime decides between the past and the next Thursday by tagging the shared {@code
 * THURSDAY} constant with the tense of the sentence it last saw ({@code VTag(..., "resolveTo",
 * ...)} in {@code english.sutime.txt}). A sentence without a verb ("After the attack on the airport
 * on Thursday.") then inherits the direction of whatever document was annotated before, in any
 * thread, breaking "same input, same output". This resolver gives one answer from the sentence
 * alone: the next such day when the sentence speaks of the future ({@code will}, {@code 'll},
 * {@code shall}, {@code going to}), else the latest such day on or before the publication date,
 * which is what news reports mostly mean. Only expressions that are a weekday, optionally followed
 * by a part of the day, and whose value begins with a full date are touched.
 */
final class WeekdayResolver {
  private static final Pattern BARE_WEEKDAY =
      Pattern.compile(
          "(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "(?:\\s+(?:morning|afternoon|evening|night))?");
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(.*)");
  private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "\u2019ll", "shall");

  private final LocalDate published;
  private final List<Sentence> sentences;

  WeekdayResolver(LocalDate published, List<Sentence> sentences) {
    this.published = published;
    this.sentences = sentences;
  }

  TimeExpression resolve(TimeExpression time) {
    String value = resolve(time.text(), time.value(), time.sentence());
    return Objects.equals(value, time.value())
        ? time
        : new TimeExpression(
            time.text(), time.start(), time.end(), time.type(), value, time.sentence());
  }

  EntityMention resolve(EntityMention mention) {
    String value = resolve(mention.text(), mention.normalized(), mention.sentence());
    return Objects.equals(value, mention.normalized())
        ? mention
        : new EntityMention(
            mention.type(),
            mention.text(),
            mention.start(),
            mention.end(),
            value,
            mention.sentence());
  }

  /** The value with its date part recomputed, or {@code value} unchanged when it does not apply. */
  private String resolve(String text, String value, int sentence) {
    if (published == null || value == null) {
      return value;
    }
    Matcher weekday = BARE_WEEKDAY.matcher(text.strip());
    Matcher date = FULL_DATE.matcher(value);
    if (!weekday.matches() || !date.matches()) {
      return value;
    }
    DayOfWeek day = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
    LocalDate resolved =
        speaksOfFuture(sentences.get(sentence))
            ? published.with(TemporalAdjusters.nextOrSame(day))
            : published.with(TemporalAdjusters.previousOrSame(day));
    return resolved + date.group(1);
  }

  private static boolean speaksOfFuture(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
      boolean goingTo =
          word.equals("going")
              && i + 1 < tokens.size()
              && tokens.get(i + 1).text().equalsIgnoreCase("to");
      if (FUTURE_WORDS.contains(word) || goingTo) {
        return true;
      }
    }
    return false;
  }
}
