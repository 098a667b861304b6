package org.sitrep.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.time.DayYears;
import org.sitrep.extract.time.EventDater;
import org.sitrep.extract.time.Holidays;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * The dates of one report's events: which time expressions of a sentence can date an event, the day
 * a sentence without an event may give the event the report goes on about, the date claims with
 * their evidence, and the day the report's events are measured against to tell background. One
 * instance per report; not thread-safe.
 */
final class ReportDates {
  private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

  private static final Pattern BOUND_BEFORE =
      Pattern.compile("(?i)\\b(since|until|till|before|by|as\\s+of)\\s+(?:the\\s+)?$");

  private static final Pattern DAY_WORD =
      Pattern.compile(
          "(?i)\\b(?:"
              + WEEKDAYS
              + "|yesterday|today|tonight|january|february|march|april|may|june|july|august|september|october|november"
              + "|december|\\d{4}|\\d{1,2}/\\d{1,2}"
              // "last night", "the night of Oct. 3", "New Year's morning": the day of an hour.
              + "|last\\s+night|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b"
              + "|christmas|thanksgiving|halloween|easter|new\\s+year['’]s)");

  private static final Pattern ADDRESS_AFTER = Pattern.compile("(?i)^[\\s-]*blocks?\\b");

  /** How many days before publication a day named without an event can still be the event's. */
  private static final int LIKELY_DAY_REACH = 7;

  /** A day named as such ("Monday", "yesterday", "July 18"), not "the day" or "today". */
  private static final Pattern NAMED_DAY =
      Pattern.compile(
          "(?i)\\b(?:"
              + WEEKDAYS
              + "|yesterday|last night|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec"
              // Holidays name their day: "went out hunting on Christmas Eve".
              + "|christmas|thanksgiving|halloween|easter|new year's)|\\d{1,2}/\\d{1,2}");

  /** Words of what follows an event rather than of the event: its day is not the event's. */
  private static final Pattern AFTERMATH =
      Pattern.compile(
          "(?i)\\b(?:arrest(?:ed|s)?|charg\\w*|announc\\w*|court|judge|hearing|arraign\\w*|booked|jail(?:ed)?"
              + "|bond|vigil|funeral|memorial|services?|mourn\\w*|remember\\w*|post(?:ed)?"
              + "|facebook|twitter|will|expected|plans?|scheduled|autops\\w+|identified"
              // "Police are investigating after three bodies were found in a home Thursday morning"
              // tells of what was found.
              + "|released|news conference|press conference|investigat\\w*(?!\\s+after\\b)|custody"
              // "On Thursday, a grand jury decided not to indict the parents".
              + "|jury|juror\\w*|indict\\w*|verdict)\\b");

  /**
   * Words that tell the killing or the wounds themselves: "killed", "the injuries she sustained".
   */
  private static final Pattern KILLING =
      Pattern.compile("(?i)\\b(?:killed|murdered|slain|sustained|suffered|wounded|shot)\\b");

  /**
   * A day that names the event by its possessive: "identified those involved in Tuesday's tragic
   * incident". It is the event's day even in a sentence of what came after it.
   */
  private static final Pattern POSSESSIVE_OF_THE_EVENT =
      Pattern.compile(
          "^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:incident|tragedy|accident|killing|death|violence"
              + "|shooting|attack|homicide|murder|slaying|gunfire)s?\\b");

  /**
   * A holiday that names a period, not its day: "was enjoying the Thanksgiving holiday when she was
   * killed last Friday morning", "over the Christmas break".
   */
  private static final Pattern PERIOD_AFTER =
      Pattern.compile("(?i)^\\s+(?:holidays?|weekend|break|vacation|season)\\b");

  private boolean namesAPeriod(TimeExpression time) {
    return PERIOD_AFTER
        .matcher(text.substring(time.end(), Math.min(text.length(), time.end() + 20)))
        .find();
  }

  /**
   * The day the dead were found: "released information regarding the man and two children found
   * dead in a Knightstown home on Thursday". It is the event's likely day even in a sentence of
   * what came after it.
   */
  private static final Pattern FOUND_DEAD_BEFORE =
      Pattern.compile(
          "(?i)\\bfound\\s+(?:dead|shot(?:\\s+to\\s+death)?|slain|with\\s+(?:a\\s+)?gunshot\\s+wounds?)"
              + "\\b[^.;,]{0,40}?\\s+(?:on\\s+)?$");

  private boolean namesTheEvent(TimeExpression time) {
    return POSSESSIVE_OF_THE_EVENT
            .matcher(text.substring(time.end(), Math.min(text.length(), time.end() + 50)))
            .find()
        || FOUND_DEAD_BEFORE
            .matcher(text.substring(Math.max(0, time.start() - 70), time.start()))
            .find();
  }

  /** Words of the scene of the event, not of what came after it. */
  private static final Pattern SCENE =
      Pattern.compile(
          "(?i)\\b(?:it|this|that)\\s+(?:all\\s+)?(?:happened|occurred|took place)\\b"
              + "|\\b(?:were|was)\\s+(?:called|dispatched|summoned)\\s+to\\b"
              // "That call came in at 5:45 p.m. Friday", "Police received a 911 call around 2 a.m.
              // Sunday": the call about the shooting.
              + "|\\bcalls?\\s+(?:came\\s+in|was\\s+(?:received|made|placed))\\b"
              + "|\\b(?:received|got|took)\\s+(?:a|the)\\s+(?:911\\s+|emergency\\s+)?call\\b"
              // "Deputies responded around 5 p.m. Oct. 11 to a home".
              + "|\\b(?:responded|arrived)\\s+(?:[\\p{L}\\d.:,]+\\s+){0,6}?(?:to|at)\\b"
              // "It was 10:20 p.m. on May 5, a Thursday night": the hour of the scene a story sets.
              + "|^\\s*it\\s+was\\s+(?:about|around|nearly|almost|just\\s+(?:before|after)|shortly"
              + "\\s+(?:before|after))?\\s*\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\b");

  /**
   * A story's opening of its scene: "On the morning of July 14, the boy's father was building a
   * deck", "On the night of March 5, the family was asleep". Not of what came after the event.
   */
  private static final Pattern SCENE_OPENING =
      Pattern.compile("(?i)^\\s*on\\s+the\\s+(?:morning|afternoon|evening|night)\\s+of\\b");

  /** A sentence of last year's or older events: "Last year's attacks included ...". */
  private static final Pattern LAST_YEAR =
      Pattern.compile(
          "(?i)(?<!since |than |from |until )\\blast year(?:'s|’s)?\\b|\\b(?:a year|years)(?: and a half)? (?:ago"
              + "|earlier)\\b|\\bthe previous year\\b");

  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

  private final EventDater dater;
  private final AnnotatedDocument annotated;
  private final String text;
  private final String documentId;
  private final LocalDate published;
  private final DayYears years;

  ReportDates(AnnotatedDocument annotated, EventDater dater) {
    this.dater = dater;
    this.annotated = annotated;
    this.text = annotated.document().text();
    this.documentId = annotated.document().id();
    this.published = annotated.document().published().value();
    this.years = DayYears.of(annotated.times());
  }

  /** Whether a sentence tells of last year's or older events ("Last year's attacks included"). */
  static boolean tellsOfLastYear(String sentence) {
    return LAST_YEAR.matcher(sentence).find();
  }

  /**
   * The time expressions of a sentence that can date an event in it: not a bound ("since 2011",
   * "until Tuesday"), not the day of a statement or a hearing ("police said Monday"); a day written
   * without its year takes the year the report gives it elsewhere; else, when the resolver put it
   * after publication ("September 11" read in August), it is read as the last such day before it,
   * if that is not long before. Without the day of a death when the sentence tells another day, or
   * when {@code afterADatedEvent} (the report has told a dated current event) even when it is the
   * sentence's only day: "Hicks died from a gunshot wound to his head on June 5" is the death of
   * the man shot on June 2, not a shooting of its own.
   */
  List<TimeExpression> datingTimes(List<TimeExpression> sentenceTimes, boolean afterADatedEvent) {
    List<TimeExpression> times = new ArrayList<>();
    for (TimeExpression told : sentenceTimes) {
      TimeExpression time =
          dayBeforeAnother(
              ageBeforeADay(text, hoursOfADay(told, published), published), sentenceTimes);
      if (!isBound(text, time)
          && !isClockOnly(time)
          && !isAddress(text, time)
          && !SAYS_NO_DAY.matcher(time.text()).matches()
          && !PAGE_STAMP.matcher(time.text()).find()
          && !isPageStamp(text, time)
          && !isQuotedRelativeDay(time)
          // "The medical examiner has ruled Sunday's fatal shooting a homicide": a day that names
          // the event is its day, whoever tells of it.
          && (!EventDater.datesAStatement(text, time) || namesTheEvent(time))) {
        TimeExpression read =
            weekdayOfAMonth(monthOfMonthsAgo(aWeekAgoWeekday(weekOfWeeksAgo(time))));
        TimeExpression ofThatYear = dayOfThatYear(read);
        if (ofThatYear != read) {
          times.add(ofThatYear);
          continue;
        }
        TimeExpression lent = years.lend(read);
        times.add(
            daysBeforeADeath(weekdayKept(lent == read ? pastOrDropped(read, published) : lent)));
      }
    }
    return withoutTheDayOfADeath(times, afterADatedEvent);
  }

  /**
   * The dating times of a sentence as seen from an event told at {@code position} (an offset in the
   * text): a day told before words of time elapsed and the event after them is moved by the days
   * they count, or dropped when they count none ({@link EventDater#seenFrom}). A death's day
   * already moved to its shooting's ("died Tuesday, two days after he was shot") stays as it is.
   */
  List<TimeExpression> seenFrom(List<TimeExpression> times, int position) {
    List<TimeExpression> seen = new ArrayList<>();
    for (TimeExpression time : times) {
      if (daysAfterTheShooting(time) > 0) {
        seen.add(time);
      } else {
        EventDater.seenFrom(text, time, position).ifPresent(seen::add);
      }
    }
    return seen;
  }

  /** "July 19 of that year": the day of the year the report wrote last before it. */
  private static final Pattern OF_THAT_YEAR =
      Pattern.compile("(?i)^\\s*,?\\s*(?:of\\s+)?that\\s+year\\b");

  private static final Pattern ENDS_WITH_THAT_YEAR =
      Pattern.compile("(?i)\\b(?:of\\s+)?that\\s+year$");

  private static final Pattern MONTH_DAY_VALUE =
      Pattern.compile("^(?:\\d{4}|XXXX)(-\\d{2}-\\d{2}.*)$");

  /**
   * "The shooting happened on July 19 of that year", after "killed his cousin at a family reunion
   * in 2014": a day without its year, told as of the year the report named last before it, which
   * the tagger replaces with the publication year.
   */
  private TimeExpression dayOfThatYear(TimeExpression time) {
    String value = time.value();
    Matcher day = value == null ? null : MONTH_DAY_VALUE.matcher(value);
    if (day == null
        || !day.matches()
        || WRITTEN_YEAR.matcher(time.text()).find()
        || !ENDS_WITH_THAT_YEAR.matcher(time.text().strip()).find()
            && !OF_THAT_YEAR
                .matcher(text.substring(time.end(), Math.min(text.length(), time.end() + 20)))
                .find()) {
      return time;
    }
    String year = null;
    for (TimeExpression before : annotated.times()) {
      Matcher written = WRITTEN_YEAR.matcher(before.text());
      if (before.end() <= time.start() && written.find()) {
        year = written.group();
      }
    }
    return year == null ? time : time.withValue(year + day.group(1));
  }

  /** A day told by its distance from the day of the telling: "last night", "yesterday". */
  private static final Pattern RELATIVE_DAY =
      Pattern.compile(
          "(?i)\\b(?:last\\s+night|yesterday|today|tonight|this\\s+(?:morning|afternoon|evening))\\b");

  private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");

  /**
   * "“Somebody's child got shot last night,” said the pastor": a speaker's last night or yesterday
   * is of the day they spoke, which the report does not tell. A quotation is open where its
   * sentence has an odd number of quotation marks before the day.
   */
  private boolean isQuotedRelativeDay(TimeExpression time) {
    if (!RELATIVE_DAY.matcher(time.text()).find()) {
      return false;
    }
    int start = annotated.sentences().get(time.sentence()).start();
    Matcher marks = QUOTE_MARK.matcher(text.substring(start, time.start()));
    int count = 0;
    while (marks.find()) {
      count++;
    }
    return count % 2 == 1;
  }

  /**
   * "The early morning hours of Sunday", "the predawn hours Saturday", "the wee hours of Sunday,
   * May 8": the tagger keeps the words as one expression of a date but gives it no value. The hours
   * are of the day they name: the date written, else the weekday's latest day on or before
   * publication, as a bare weekday is read.
   */
  private static final Pattern HOURS_OF_A_DAY =
      Pattern.compile(
          "(?i)^(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}hours\\s+(?:of\\s+|on\\s+)?(?<weekday>"
              + WEEKDAYS
              + ")(?:\\s+(?:morning|night|evening|afternoon))?(?:,?\\s+(?<month>jan|feb|mar|apr|may|jun"
              + "|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?\\s+(?<day>\\d{1,2}))?$");

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private static TimeExpression hoursOfADay(TimeExpression time, LocalDate published) {
    if (time.value() != null || published == null) {
      return time;
    }
    Matcher hours = HOURS_OF_A_DAY.matcher(time.text().strip());
    if (!hours.matches()) {
      return time;
    }
    return hours.group("month") != null
        ? yearlessDay(time, hours.group("month"), hours.group("day"))
        : asBareWeekday(time, hours.group("weekday"), published);
  }

  /** An expression read as a month's day without its year ("May 8": XXXX-05-08). */
  private static TimeExpression yearlessDay(TimeExpression time, String month, String day) {
    int number = MONTHS.indexOf(month.toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
    return time.withValue(
        String.format(Locale.ROOT, "XXXX-%02d-%02d", number, Integer.parseInt(day)));
  }

  /** An expression read as its weekday alone: that day's latest date on or before publication. */
  private static TimeExpression asBareWeekday(
      TimeExpression time, String weekday, LocalDate published) {
    DayOfWeek named = DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
    return time.withValue(published.with(TemporalAdjusters.previousOrSame(named)).toString());
  }

  /**
   * "The deadly shooting of a 17-year-old on Saturday", "he shot a 22-year-old on April 9": the
   * tagger joins the age and the day into one expression without a value. A weekday is read as a
   * bare weekday is, a month's day as that day without its year; not an age one turns on a day
   * ("would have turned 6-years-old on Saturday"), a birthday.
   */
  private static final Pattern AGE_BEFORE_A_DAY =
      Pattern.compile(
          "(?i)^(?:(?:a|an|the)\\s+)?\\d{1,3}[- ]years?[- ]old\\s+(?:on\\s+)?(?:(?<weekday>"
              + WEEKDAYS
              + ")(?:\\s+(?:morning|night|evening|afternoon))?|(?<month>jan|feb|mar|apr|may|jun|jul|aug"
              + "|sept?|oct|nov|dec)[a-z]*\\.?\\s+(?<day>\\d{1,2}))$");

  private static final Pattern TURNED_BEFORE = Pattern.compile("(?i)\\bturn(?:ed|s|ing)?\\s+$");

  private static TimeExpression ageBeforeADay(
      String text, TimeExpression time, LocalDate published) {
    if (time.value() != null || published == null) {
      return time;
    }
    Matcher age = AGE_BEFORE_A_DAY.matcher(time.text().strip());
    if (!age.matches()
        || TURNED_BEFORE
            .matcher(text.substring(Math.max(0, time.start() - 20), time.start()))
            .find()) {
      return time;
    }
    return age.group("month") != null
        ? yearlessDay(time, age.group("month"), age.group("day"))
        : asBareWeekday(time, age.group("weekday"), published);
  }

  /** "died Monday", "succumbed to his injuries on Tuesday": the day of a death. */
  private static final Pattern DIED_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:died|passed away|succumbed(?: to (?:his|her|their) (?:injuries|wounds))?"
              + "|(?:was|were) pronounced dead)"
              // "died from a gunshot wound to his head on June 5".
              + "(?:\\s+(?:from|of)\\s+(?:(?:a|an|his|her|their|the)\\s+)?(?:single\\s+)?(?:gunshot\\s+)?"
              + "(?:wounds?|injuries|injury)(?:\\s+to\\s+(?:his|her|the)\\s+\\p{L}+)?)?"
              + "(?:\\s+(?:at|in) (?:a|the) hospital)?\\s+(?:on\\s+)?$");

  /**
   * Whether {@code time} follows the words of a death: "died Monday", "succumbed ... on Tuesday".
   */
  private boolean toldAsADeath(TimeExpression time) {
    return DIED_BEFORE.matcher(text.substring(Math.max(0, time.start() - 60), time.start())).find();
  }

  /**
   * What a death's day may go on with: how many days after the shooting it was ("died Tuesday, two
   * days after he was shot", "died Friday at an area hospital, a day after being shot", "died
   * Sunday, the day after the shooting"). A hedged count ("nearly a week after") tells no day.
   */
  private static final Pattern DAYS_AFTER_THE_SHOOTING =
      Pattern.compile(
          "(?i)^(?:\\s+(?:at|in)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?hospital)?\\s*,?\\s+(?:(?<count>a|one|two|three|four|five|six|seven|\\d)\\s+days?|the\\s+day)"
              + "\\s+after\\s+(?:(?:he|she|they|the\\s+\\p{L}+|\\p{Lu}\\p{L}+)\\s+(?:was|were|had\\s+been)"
              + "\\s+(?:shot|wounded)|being\\s+(?:shot|wounded)|the\\s+shooting)\\b");

  /**
   * How many days after the shooting a death's day is, by the words after it ("died Tuesday, two
   * days after he was shot": two), or 0 when they do not say.
   */
  private int daysAfterTheShooting(TimeExpression time) {
    if (!toldAsADeath(time)) {
      return 0;
    }
    Matcher after =
        DAYS_AFTER_THE_SHOOTING.matcher(
            text.substring(time.end(), Math.min(text.length(), time.end() + 80)));
    if (!after.find()) {
      return 0;
    }
    String count = after.group("count");
    return count == null ? 1 : EventDater.smallCount(count);
  }

  /**
   * The day of the shooting told by its death's day: "A man died Tuesday, two days after he was
   * shot" was shot on the Sunday.
   */
  private TimeExpression daysBeforeADeath(TimeExpression time) {
    int days = daysAfterTheShooting(time);
    String value = time.value();
    if (days == 0 || value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return time;
    }
    return time.withValue(LocalDate.parse(value.substring(0, 10)).minusDays(days).toString());
  }

  /**
   * The times of a sentence without the day of a death when the sentence tells another day: in "A
   * girl died Monday from a gunshot wound she suffered Saturday", Saturday is the shooting's.
   */
  private List<TimeExpression> withoutTheDayOfADeath(
      List<TimeExpression> times, boolean afterADatedEvent) {
    if (times.isEmpty() || times.size() < 2 && !afterADatedEvent) {
      return times;
    }
    List<TimeExpression> others =
        times.stream()
            .filter(time -> !toldAsADeath(time) || daysAfterTheShooting(time) > 0)
            .toList();
    // "The 2-year-old died of a gunshot wound last Saturday": "2-year" is a time expression too,
    // but dates nothing, so the day of the death is the sentence's only day.
    boolean anotherDay =
        others.stream()
            .anyMatch(time -> dater.date(List.of(time), time.start(), published).isPresent());
    return !anotherDay && !afterADatedEvent ? times : others;
  }

  /**
   * "Monday, Nov. 15" when 15 November was a Tuesday: the weekday and the date disagree, and the
   * weekday is the one a reporter writes without looking it up. The day the weekday names within
   * three days of the written date, or the date as written when there is no such day.
   */
  private static TimeExpression weekdayKept(TimeExpression time) {
    String value = time.value();
    if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return time;
    }
    Matcher weekday = WEEKDAY.matcher(time.text());
    if (!weekday.find()) {
      return time;
    }
    LocalDate written = LocalDate.parse(value.substring(0, 10));
    DayOfWeek named = DayOfWeek.valueOf(weekday.group().toUpperCase(Locale.ROOT));
    if (written.getDayOfWeek() == named) {
      return time;
    }
    for (int apart = 1; apart <= 3; apart++) {
      for (LocalDate day : List.of(written.minusDays(apart), written.plusDays(apart))) {
        if (day.getDayOfWeek() == named) {
          return time.withValue(day + value.substring(10));
        }
      }
    }
    return time;
  }

  /**
   * "A week ago Saturday": the Saturday of the week before the Saturday just past, which the tagger
   * resolves to the day a week before publication.
   */
  private static final Pattern A_WEEK_AGO_WEEKDAY =
      Pattern.compile("(?i)^(?:a|one)\\s+week\\s+ago\\s+(?<weekday>" + WEEKDAYS + ")$");

  private TimeExpression aWeekAgoWeekday(TimeExpression time) {
    Matcher weekday = A_WEEK_AGO_WEEKDAY.matcher(time.text().strip());
    if (published == null || !weekday.matches()) {
      return time;
    }
    DayOfWeek named = DayOfWeek.valueOf(weekday.group("weekday").toUpperCase(Locale.ROOT));
    return time.withValue(
        published.with(TemporalAdjusters.previousOrSame(named)).minusDays(7).toString());
  }

  /** "Two weeks ago", "a week ago": a week, which the tagger resolves to a day. */
  private static final Pattern WEEKS_AGO =
      Pattern.compile("(?i)\\b(?:a|one|two|three|four|\\d)\\s+weeks?\\s+ago\\b");

  private static TimeExpression weekOfWeeksAgo(TimeExpression time) {
    String value = time.value();
    if (value == null
        || !value.matches("\\d{4}-\\d{2}-\\d{2}")
        || !WEEKS_AGO.matcher(time.text()).find()) {
      return time;
    }
    LocalDate day = LocalDate.parse(value);
    return time.withValue(
        String.format(
            Locale.ROOT,
            "%d-W%02d",
            day.get(IsoFields.WEEK_BASED_YEAR),
            day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
  }

  /**
   * "The night before", "the day before": the day before another day the sentence names ("awoke
   * Sunday morning to find the remnants of a shooting the night before"), which the tagger takes
   * for the publication day. Without such a day it names none.
   */
  private static final Pattern THE_DAY_BEFORE =
      Pattern.compile("(?i)^(?:the\\s+)?(?:night|day|evening)\\s+before$");

  /** "The day before the 7-year-old was killed": before another event, not another day. */
  private static final Pattern BEFORE_AN_EVENT =
      Pattern.compile(
          "(?i)^\\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|i|you|(?-i:\\p{Lu})\\p{L}*|\\d)\\b");

  private TimeExpression dayBeforeAnother(TimeExpression time, List<TimeExpression> sentenceTimes) {
    if (!THE_DAY_BEFORE.matcher(time.text().strip()).matches()
        || BEFORE_AN_EVENT
            .matcher(text.substring(time.end(), Math.min(text.length(), time.end() + 20)))
            .find()) {
      return time;
    }
    TimeExpression other = null;
    for (TimeExpression told : sentenceTimes) {
      if (told.end() <= time.start()
          && DAY_WORD.matcher(told.text()).find()
          && told.value() != null
          && told.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        other = told;
      }
    }
    // A day, not an hour: read as a date, not dropped as a clock time.
    return new TimeExpression(
        time.text(),
        time.start(),
        time.end(),
        "DATE",
        other == null
            ? null
            : LocalDate.parse(other.value().substring(0, 10)).minusDays(1).toString(),
        time.sentence());
  }

  /**
   * "On a rainy Friday afternoon in mid-July": a weekday of the month written after it, which the
   * tagger resolves to the weekday just past. It tells the month, the latest one not after
   * publication, or the month of the year written with it ("on a Saturday night in July 2015"), not
   * which of its Fridays.
   */
  private static final Pattern IN_A_MONTH_AFTER =
      Pattern.compile(
          "(?i)^(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?:in|of)\\s+(?:(?:early|mid|late)"
              + "[\\s-]+)?(?<month>january|february|march|april|may|june|july|august|september"
              + "|october|november|december)\\b(?:,?\\s+(?<year>(?:19|20)\\d{2})\\b|(?!\\s+\\d))");

  /**
   * The same month inside the time expression, when the tagger took it in: "Saturday night in early
   * December" is one expression, resolved to the Saturday just past.
   */
  private static final Pattern IN_A_MONTH_WITHIN =
      Pattern.compile(
          "(?i)\\b(?:"
              + WEEKDAYS
              + ")(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?:in|of)\\s+"
              + "(?:(?:early|mid|late)[\\s-]+)?(?<month>january|february|march|april|may|june|july"
              + "|august|september|october|november|december)\\b(?:,?\\s+(?<year>(?:19|20)\\d{2})\\b"
              + "|(?!\\s+\\d))");

  private TimeExpression weekdayOfAMonth(TimeExpression time) {
    String value = time.value();
    if (published == null || value == null || !WEEKDAY.matcher(time.text()).find()) {
      return time;
    }
    // Taken in, the month makes a value the tagger may write as a weekday of a month
    // (XXXX-06-WXX-7), which reads as no date; written after, the weekday is resolved to a day.
    Matcher month = IN_A_MONTH_WITHIN.matcher(time.text());
    if (!month.find()) {
      if (!value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return time;
      }
      month =
          IN_A_MONTH_AFTER.matcher(
              text.substring(time.end(), Math.min(text.length(), time.end() + 40)));
      if (!month.find()) {
        return time;
      }
    }
    Month name = Month.valueOf(month.group("month").toUpperCase(Locale.ROOT));
    if (month.group("year") != null) {
      return time.withValue(YearMonth.of(Integer.parseInt(month.group("year")), name).toString());
    }
    return time.withValue(notAfter(YearMonth.of(published.getYear(), name), published).toString());
  }

  /** {@code month}, or the same month a year before when it would come after {@code published}. */
  private static YearMonth notAfter(YearMonth month, LocalDate published) {
    return month.isAfter(YearMonth.from(published)) ? month.minusYears(1) : month;
  }

  /** "18 months ago", "a month ago": a month, which the tagger resolves to a day. */
  private static final Pattern MONTHS_AGO =
      Pattern.compile("(?i)\\b(?:a|one|two|three|four|five|six|\\d{1,2})\\s+months?\\s+ago\\b");

  private static TimeExpression monthOfMonthsAgo(TimeExpression time) {
    String value = time.value();
    if (value == null
        || !value.matches("\\d{4}-\\d{2}-\\d{2}")
        || !MONTHS_AGO.matcher(time.text()).find()) {
      return time;
    }
    return time.withValue(value.substring(0, 7));
  }

  /**
   * "Later in the day", "that day": the event's day told again, which the tagger takes for today.
   */
  private static final Pattern SAYS_NO_DAY = Pattern.compile("(?i)(?:the|that) day");

  /**
   * "November 28, 2016 02:23 PM": a page's time stamp (posted, updated), to the minute with its
   * year, which dates the page rather than an event.
   */
  private static final Pattern PAGE_STAMP =
      Pattern.compile("(?i)\\b\\d{4},?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)");

  /**
   * "Originally posted at 12:26 a.m. Oct. 16", "Last updated at 10:39 a.m. on Sunday, Nov. 27":
   * when a page was written or changed, not when anything it tells happened.
   */
  private static final Pattern STAMPED_BEFORE =
      Pattern.compile("(?i)\\b(?:posted|updated|published)\\s+(?:at|on)\\s+$");

  private static boolean isPageStamp(String text, TimeExpression time) {
    return STAMPED_BEFORE
        .matcher(text.substring(Math.max(0, time.start() - 20), time.start()))
        .find();
  }

  /** "7 a.m." is resolved to the publication day; it says nothing of which day the event was. */
  private static boolean isClockOnly(TimeExpression time) {
    return time.type().equals("TIME") && !DAY_WORD.matcher(time.text()).find();
  }

  /** "The 1000 block of Main Street" is an address: the number is no year. */
  private static boolean isAddress(String text, TimeExpression time) {
    String after = text.substring(time.end(), Math.min(text.length(), time.end() + 8));
    return ADDRESS_AFTER.matcher(after).find();
  }

  /**
   * "since 2011", "until Tuesday", "by Friday": a bound, not a date. "Just before 6 p.m. Friday"
   * tells the hour of the day, which it dates.
   */
  private static boolean isBound(String text, TimeExpression time) {
    String before = text.substring(Math.max(0, time.start() - 12), time.start());
    Matcher bound = BOUND_BEFORE.matcher(before);
    if (!bound.find()) {
      return false;
    }
    boolean hourOfTheDay =
        bound.group(1).equalsIgnoreCase("before") && CLOCK.matcher(time.text()).lookingAt();
    return !hourOfTheDay;
  }

  /** A time of day written first: "6 p.m. Friday", "11:30 a.m.", "midnight Sunday". */
  private static final Pattern CLOCK =
      Pattern.compile("(?i)\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|noon|midnight");

  private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:" + WEEKDAYS + ")\\b");

  private static TimeExpression pastOrDropped(TimeExpression time, LocalDate published) {
    String value = time.value();
    if (published != null
        && value != null
        && value.matches("\\d{4}-\\d{2}")
        && !time.text().matches("(?s).*\\d{4}.*")) {
      // "the Fourth of July slaying" in a March report, which the tagger puts in the July to come:
      // a month written without its year is the last one before publication.
      return time.withValue(notAfter(YearMonth.parse(value), published).toString());
    }
    if (published == null || value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return time;
    }
    LocalDate day = LocalDate.parse(value.substring(0, 10));
    boolean weekday = WEEKDAY.matcher(time.text()).find();
    if (!day.isAfter(published.plusDays(weekday ? 0 : 1))
        || time.text().matches("(?s).*\\d{4}.*")) {
      return time;
    }
    if (weekday && !day.isAfter(published.plusDays(7))) {
      // "8:20 p.m. on Saturday" in a Monday report, resolved to the Saturday to come: a report's
      // weekday is of the week just past.
      return time.withValue(day.minusDays(7) + value.substring(10));
    }
    return time.withValue("XXXX" + value.substring(4));
  }

  /**
   * The first day a sentence without an event names, when it may be the day of the event the report
   * goes on about: a day in the week up to publication, not in a sentence of what came after the
   * event (an arrest, a hearing, a vigil, a funeral, a post, a plan).
   */
  Optional<Claim> likelyDay(ToldSentence told) {
    return likelyDay(told, null);
  }

  /**
   * The likely day of a sentence ({@link #likelyDay(ToldSentence)}), or, however long before
   * publication, a day within the week or the month the event already has: "his son and his cousin
   * were gunned down last month", then "Lamar Pryor, 30, died at the scene on Jan. 16".
   */
  Optional<Claim> likelyDay(ToldSentence told, EventDate period) {
    if (published == null || told.times().isEmpty()) {
      return Optional.empty();
    }
    boolean aftermath = AFTERMATH.matcher(told.text()).find();
    // "Detectives said the woman killed her father and daughter on July 18": a sentence that tells
    // the killing or the wounds gives their day, which may be weeks before a follow-up.
    long reach =
        KILLING.matcher(told.text()).find() ? EventDater.BACKGROUND_AFTER_DAYS : LIKELY_DAY_REACH;
    for (TimeExpression time :
        told.times().stream().sorted(Comparator.comparingInt(TimeExpression::start)).toList()) {
      if (!NAMED_DAY.matcher(time.text()).find()
          || aftermath && !namesTheEvent(time)
          || namesAPeriod(time)) {
        continue;
      }
      Optional<EventDate> day =
          dater.date(List.of(time), time.start(), published).filter(EventDater::isDay);
      if (day.isPresent()) {
        long before = ChronoUnit.DAYS.between(day.get().value(), published);
        if (before < 0 || before > reach && !isWithin(day.get(), period)) {
          return Optional.empty();
        }
        return Optional.of(dateClaim(told.sentence(), List.of(time), day.get()));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code day} falls within {@code period}, a week or a month. */
  private static boolean isWithin(EventDate day, EventDate period) {
    return period != null
        && (period.precision() == DatePrecision.WEEK || period.precision() == DatePrecision.MONTH)
        && !day.value().isBefore(period.value())
        && !day.value().isAfter(period.lastDay());
  }

  /**
   * A headline's weekday or holiday of its shooting: "Man wounded in Thursday night shooting in
   * Eastgate", "Two shot Saturday outside bar", "Family of four dies in Father's Day
   * murder-suicide". Not a day of what came after ("Man charged Tuesday in weekend shooting"): the
   * day is tied to the shooting's word; not a holiday's period ("Thanksgiving weekend shooting").
   */
  private static final Pattern HEADLINE_DAY =
      Pattern.compile(
          "(?i)\\b(?<before>"
              + WEEKDAYS
              + "|"
              + Holidays.NAMES
              + ")(?:['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?\\s+"
              + "(?!(?:holidays?|weekend|break|vacation|season)\\b)"
              // Words that qualify the shooting ("night", "deadly", "drive-by"), not a phrase
              // between ("Monday in the killing", the day of an arrest).
              + "(?:(?!(?:in|the|a|an|of|at|on|for|by|after|with|to|and)\\b)[\\p{L}-]+\\s+){0,2}?"
              + "(?:shootings?|slayings?|homicides?|killings?|gunfire|murders?)\\b"
              + "|\\b(?:shot|killed|slain|wounded|injured|hurt|gunned\\s+down)\\s+(?:[^,;:|.!?]{0,40}?\\s)?"
              // Not a weekday of no particular week: "shot on a Saturday night in early March".
              + "(?<!\\b[Aa]\\s)(?:on\\s+)?(?:early\\s+|late\\s+)?(?<after>"
              + WEEKDAYS
              + "|"
              + Holidays.NAMES
              + ")\\b(?!\\s+(?:holidays?|weekend|break|vacation|season)\\b)");

  /**
   * The day the headline gives its shooting, a weekday's or a holiday's latest day on or before
   * publication: the event's likely day when its text names none ("The shooting happened around 11
   * p.m." under "Man wounded in Thursday night shooting").
   */
  Optional<Claim> headlineDay() {
    String title = annotated.document().title();
    if (published == null || title == null) {
      return Optional.empty();
    }
    Matcher day = HEADLINE_DAY.matcher(title);
    if (!day.find()) {
      return Optional.empty();
    }
    String group = day.group("before") != null ? "before" : "after";
    String named = day.group(group);
    LocalDate date =
        WEEKDAY.matcher(named).matches()
            ? published.with(
                TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(named.toUpperCase(Locale.ROOT))))
            : Holidays.latest(named, published).orElse(null);
    if (date == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Claim(
            Slot.DATE,
            EventDate.day(date),
            null,
            Span.ofTitle(documentId, day.start(group), day.end(group)),
            Attribution.REPORTER,
            published));
  }

  /**
   * An hour told without a day ("The shooting happened around 1:45 a.m.", "The teen was shot at
   * about 7:15pm"): a report that gives its event an hour but no day tells of the day it was
   * published, as a breaking report does. It dates the event only when nothing else does, and not
   * in a sentence of what came after the event ("was booked into the jail at 3 a.m.").
   *
   * @param sentenceText the sentence the hour is told in
   * @param sentenceTimes all the time expressions of the sentence, clock times included
   */
  Optional<Claim> dayOfTheHour(String sentenceText, List<TimeExpression> sentenceTimes) {
    if (published == null || AFTERMATH.matcher(sentenceText).find()) {
      return Optional.empty();
    }
    for (TimeExpression time : sentenceTimes) {
      if (isClockOnly(time)
          && CLOCK.matcher(time.text()).find()
          && time.value() != null
          && time.value().startsWith(published.toString())
          && !isPageStamp(text, time)
          && !EventDater.datesAStatement(text, time)) {
        return Optional.of(publishedDay(time.start(), time.end()));
      }
    }
    return Optional.empty();
  }

  /**
   * A lead that tells the news in the present: "A man is dead after a shooting in Mountain View",
   * "An 18-year-old is in critical condition after she was shot", "Police are investigating a
   * murder-suicide". The state is the day's, and so, when nothing else dates it, is the event. The
   * evidence is the words of the present.
   */
  private static final Pattern PRESENT_LEAD =
      Pattern.compile(
          "(?i)\\b(?:is|are)\\s+(?:now\\s+)?(?:dead|in\\s+(?:critical|serious|stable|fair|grave)"
              + "(?:\\s+but\\s+stable)?\\s+condition|recovering|hospitalized)\\s+(?:[\\p{L}\\d,'’-]+\\s+){0,3}?"
              + "(?:after|following)\\b|\\b(?:is|are)\\s+investigating\\s+(?:a|an)\\b");

  Optional<Claim> dayOfThePresent(Sentence sentence, String sentenceText) {
    Matcher lead = PRESENT_LEAD.matcher(sentenceText);
    if (published == null || !lead.find()) {
      return Optional.empty();
    }
    return Optional.of(
        publishedDay(sentence.start() + lead.start(), sentence.start() + lead.end()));
  }

  /** The reporter's claim that the event is of the publication day, told by these words. */
  private Claim publishedDay(int start, int end) {
    return new Claim(
        Slot.DATE,
        EventDate.day(published),
        null,
        new Span(documentId, start, end),
        Attribution.REPORTER,
        published);
  }

  /**
   * A sentence of the scene that tells when, without a word for the event: "It happened in the 4900
   * block of Appaloosa Trail just before 6 p.m. Friday", "Officers were called to a Holiday Inn
   * Tuesday". It dates the event it goes on about when that has no day yet; days of arrests,
   * hearings and statements never do (they are no scene words, or no dating times).
   */
  void dateFromScene(EventDraft draft, ToldSentence told) {
    if (draft.recalled() || draft.date() != null && EventDater.isDay(draft.date())) {
      return;
    }
    Matcher scene = SCENE.matcher(told.text());
    if (!scene.find()) {
      scene = SCENE_OPENING.matcher(told.text());
      if (!scene.find() || AFTERMATH.matcher(told.text()).find()) {
        return;
      }
    }
    int at = told.sentence().start() + scene.start();
    List<TimeExpression> times = seenFrom(told.times(), at);
    Optional<EventDate> day = dater.date(times, at, published).filter(EventDater::isDay);
    // "opened fire inside a nightclub over the weekend. It happened early Sunday morning": the
    // scene's day within the week or month the event has narrows it, as a trigger's day does.
    if (day.isPresent() && (draft.date() == null || draft.narrowBy(day.get()))) {
      draft.dateBy(day.get());
      draft.add(dateClaim(told.sentence(), times, day.get()));
    }
  }

  /**
   * The reporter's claim of an event's date: its evidence is the time expression the date was read
   * from, else the whole sentence.
   */
  Claim dateClaim(Sentence sentence, List<TimeExpression> times, EventDate date) {
    TimeExpression source =
        times.stream()
            .filter(time -> date.timex() != null && date.timex().equals(time.value()))
            .findFirst()
            .orElse(null);
    Span span =
        source != null
            ? new Span(documentId, source.start(), source.end())
            : new Span(documentId, sentence.start(), sentence.end());
    return new Claim(Slot.DATE, date, null, span, Attribution.REPORTER, published);
  }

  /**
   * The day the report's events are measured against to tell background: its publication date, or
   * for a report without one, the latest day an event is dated to, or the first day of the latest
   * year the report writes out, whichever is later. A report that speaks of 2021 and dates one
   * event to 11 September 2001 tells of 9/11 as background, not as its news.
   */
  LocalDate reference(List<EventDraft> drafts) {
    if (published != null) {
      return published;
    }
    LocalDate latest = latestDay(drafts);
    Integer year = null;
    for (TimeExpression time : annotated.times()) {
      String written = text.substring(time.start(), time.end());
      Matcher matcher = WRITTEN_YEAR.matcher(written);
      while (matcher.find()) {
        int found = Integer.parseInt(matcher.group());
        year = year == null ? found : Math.max(year, found);
      }
    }
    LocalDate yearStart = year == null ? null : LocalDate.of(year, 1, 1);
    if (latest == null) {
      return yearStart;
    }
    return yearStart != null && yearStart.isAfter(latest) ? yearStart : latest;
  }

  /** Without a publication date, the latest day an event of the report is dated to. */
  private static LocalDate latestDay(List<EventDraft> drafts) {
    LocalDate latest = null;
    for (EventDraft draft : drafts) {
      if (draft.date() != null
          && EventDater.isDay(draft.date())
          && (latest == null || draft.date().value().isAfter(latest))) {
        latest = draft.date().value();
      }
    }
    return latest;
  }
}
