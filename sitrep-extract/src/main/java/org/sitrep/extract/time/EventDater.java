package org.sitrep.extract.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimeExpression;

/**
 * Dates an event from the time expressions of its sentence: the DATE or TIME expression nearest the
 * trigger that reads as a date, other than the bare year of publication. Also tells a background
 * event — one the report recalls — from the day's news by how long before publication it happened.
 * Stateless and thread-safe.
 */
public final class EventDater {
  /** Events more than this many days before publication are background, not the day's news. */
  public static final int BACKGROUND_AFTER_DAYS = 21;

  private static final Pattern STATEMENT_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:said|says|told(?:\\s+[\\p{L}\\d'’]+){0,3}?|announced|confirmed|stated"
              // "police reported Monday"; not "the shooting was reported about 2:30 a.m. Sunday",
              // the hour of the call, which is the shooting's.
              + "|(?<!\\b(?:was|were)\\s)reported"
              // "“She been shot!” her mother recalled Tuesday": the day of the telling.
              + "|recalled|recounted|remembered|explained|added|wrote|posted|tweeted|noted|acknowledged"
              // "admitted Tuesday that he shot his cousin": the day of the admission.
              + "|admitted"
              + "|released|testified"
              // "spoke with the boy's father Monday", "spoke exclusively with 7News Monday".
              + "|spoke\\s+(?:\\p{L}+ly\\s+)?(?:with|to)(?:\\s+[\\p{L}\\d'’]+){0,3}?"
              + "|ruled|sentenced|arraigned|indicted|convicted|acquitted"
              + "|pleaded(?:\\s+(?:not\\s+)?guilty)?|urged|appealed|appeared\\s+in\\s+court|charged"
              + "|found\\s+(?:not\\s+)?guilty"
              // "turned himself in to police Friday": the day of a surrender.
              + "|turned\\s+(?:himself|herself|themselves)\\s+in(?:\\s+(?:to|at)(?:\\s+[\\p{L}'’-]+){1,4}?)?"
              + "|surrendered(?:\\s+to(?:\\s+[\\p{L}'’-]+){1,4}?)?"
              // "was back in court Thursday", "returned to court Monday": a hearing's day.
              + "|(?:back\\s+)?(?:in|to|before)\\s+(?:(?:a|the)\\s+)?(?:(?:(?-i:\\p{Lu})[\\p{L}.'’-]*|juvenile"
              + "|district|circuit|superior|federal|county|municipal|criminal|family|magistrate)\\s+){0,4}"
              + "(?:court|judge)"
              // "Funeral services are tonight", "A vigil was held Sunday".
              + "|\\b(?:funeral|vigil|memorial|visitation|wake)s?(?:\\s+services?)?(?:\\s+(?:is|are|was"
              + "|were|will\\s+be))?(?:\\s+(?:held|planned|scheduled))?(?:\\s+for)?"
              // "made her first court appearance Thursday", "made his first appearance in
              // Sedgwick County District Court on Tuesday".
              + "|(?:court\\s+)?appearance(?:\\s+in\\s+(?:\\p{Lu}[\\p{L}]*\\s+){0,4}?[Cc]ourt)?"
              + "|(?:was|were|been)\\s+identified|reported\\s+missing"
              // "argued during a detention hearing Wednesday": the day of a hearing.
              + "|\\bhearings?"
              // "A trial date was set Wednesday", "sentencing is scheduled for Friday": a court's
              // day to come or the day it was fixed.
              + "|\\b(?:trial|sentencing|hearing)(?:\\s+date)?\\s+(?:was\\s+|is\\s+|has\\s+been\\s+)?(?:set"
              + "|scheduled|postponed|delayed|moved|continued)(?:\\s+for)?"
              // "Bond was set Friday at $75,000", "was booked into the county jail Monday".
              + "|bond\\s+(?:was\\s+|is\\s+)?(?:set|denied|posted|revoked)|(?:set|denied|posted)\\s+(?:his\\s+|her\\s+)?bond"
              + "|held\\s+without\\s+bond|booked(?:\\s+into(?:\\s+[\\p{L}]+){1,4}?\\s+(?:jail|detention\\s+center))?"
              // "Police did not provide more details Wednesday about the weapon": the day of what
              // was not told.
              + "|(?:did\\s+not|didn't|would\\s+not|wouldn't|declined\\s+to)\\s+(?:provide|release|give"
              + "|disclose|offer)(?:\\s+(?:any|more|further|additional|other))?\\s+(?:details|information)"
              // "released new details Thursday about the shooting": the day of what was told.
              + "|(?:released|provided|gave|shared)\\s+(?:(?:new|more|few|further|additional|some)\\s+)?"
              + "(?:details|information))"
              // "stated in a news release Tuesday", "said in a statement Monday".
              + "\\s+(?:in\\s+an?\\s+(?:news\\s+|press\\s+|written\\s+)?(?:release|statement|interview"
              + "|post|conference)\\s+"
              // "wrote on Facebook Monday".
              + "|on\\s+(?:Facebook|Twitter|Instagram|social\\s+media)\\s+)?(?:on\\s+)?$"
              // "announces charges during a news conference in Detroit on Wednesday".
              + "|\\b(?:news|press)\\s+(?:conference|briefing)(?:\\s+in\\s+\\p{Lu}[\\p{L}.'’-]*"
              + "(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?\\s+(?:on\\s+)?$"
              // "A motive remained unclear Monday": the day of what is still not known.
              + "|\\bremain(?:s|ed)?\\s+(?:unclear|unknown|under\\s+investigation|a\\s+mystery)"
              + "\\s+(?:on\\s+)?$"
              // "remained in critical condition Friday night": the day of a state, not of the
              // event.
              // So with the condition quoted: "was still in \"grave\" condition on Saturday".
              // "were reported to be in stable condition Sunday".
              + "|\\b(?:remained|remains|was|is|were|are|listed)\\s+(?:still\\s+)?"
              + "(?:(?:reported|listed|said)\\s+to\\s+be\\s+)?in\\s+[\"“]?(?:critical|serious|stable"
              + "|fair|good|grave)(?:\\s+but\\s+stable)?[\"”]?\\s+condition\\s+(?:on\\s+)?$"
              // "remained on life support late Thursday".
              + "|\\b(?:remained|remains|was|is)\\s+(?:still\\s+)?on\\s+(?:life\\s+support|a\\s+ventilator)"
              + "\\s+(?:on\\s+)?$"
              // "did not reply to requests for comment Monday", "could not be reached for comment
              // Sunday", "declined to comment Tuesday": the day someone was asked.
              + "|\\b(?:for|seeking|to)\\s+comment\\s+(?:on\\s+)?$"
              // "— Jane Doe (@JaneNews) June 29, 2016": the day a quoted post was written.
              + "|\\(@\\w+\\)\\s*$"
              // "received 3 years' probation Thursday": the day of the sentence.
              + "|\\b(?:received|was given|got)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}?(?:probation|prison"
              + "|jail|sentence)\\s+(?:on\\s+)?$"
              // "conducted autopsies Friday that showed all four died": the day of the autopsy.
              + "|\\bautops(?:y|ies)\\s+(?:(?:was|were)\\s+(?:performed|conducted|done)\\s+)?(?:on\\s+)?$"
              // "Jury selection started Monday in the trial of", "Testimony began Tuesday": the day
              // of a stage of a trial.
              + "|\\b(?:jury\\s+selection|testimony|opening\\s+statements|closing\\s+arguments"
              + "|deliberations|(?:the\\s+|a\\s+|his\\s+|her\\s+)?(?:re)?trial|sentencing)\\s+(?:began|begins"
              + "|started|starts|opened|opens|resumed|resumes|continued|continues|ended|ends|concluded"
              + "|wrapped\\s+up|got\\s+under\\s?way)\\s+(?:on\\s+)?$"
              // "Family and friends said goodbye Tuesday to", "was laid to rest Saturday": a
              // funeral's day.
              + "|\\b(?:said\\s+(?:their\\s+|a\\s+(?:final|last)\\s+)?goodbyes?|laid\\s+to\\s+rest|buried)"
              + "\\s+(?:on\\s+)?$");

  /**
   * A court's act told after its day: "A Harris County jury on Thursday found him guilty", "A judge
   * on Tuesday denied bond". Not any teller's: "Police on Monday found a man dead" dates the
   * finding, which may be the shooting's.
   */
  private static final Pattern COURT_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:jury|jurors|judge|court|justices?|magistrate|panel)"
              + "(?-i:(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s+(?:on\\s+)?$");

  private static final Pattern COURT_AFTER =
      Pattern.compile(
          "^\\s+(?:found|denied|granted|ordered|heard|set|returned|rejected|upheld|dismissed|reduced|convicted|acquitted|sentenced"
              + "|declared|handed|deliberated|refused|agreed)\\b");

  /** A statement told after its day: "On Friday, Henry County Prosecutor Joe Bergacs confirmed". */
  private static final Pattern STATEMENT_AFTER =
      Pattern.compile(
          "^\\s*,\\s+(?:(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*|police|officials|authorities|investigators"
              + "|deputies|prosecutors)\\s+){1,6}(?:confirmed|said|says|announced|told|stated|identified"
              + "|released)\\b");

  /**
   * A state told after its day: "On Sunday, all four victims were reported to be in stable
   * condition", "On Friday, the boy remained in critical condition". The day is of the state, not
   * of the shooting; not so in "On Tuesday, two men were shot and are in stable condition", whose
   * subject's clause tells the shooting first.
   */
  private static final Pattern CONDITION_AFTER =
      Pattern.compile(
          "(?i)^\\s*,\\s+(?:(?!(?:and|shot|wounded|injured|hit|struck|killed)\\b)[\\p{L}\\d'’-]+\\s+)"
              + "{1,5}?(?:remained|remains|was|is|were|are)\\s+"
              + "(?:still\\s+)?(?:(?:reported|listed|said)\\s+to\\s+be\\s+|listed\\s+)?in\\s+[\"“]?"
              + "(?:critical|serious|stable|fair|good|grave)(?:\\s+but\\s+stable)?[\"”]?\\s+condition\\b");

  /**
   * The day of a telling written between who told and the telling: "Police on Monday identified the
   * suspect", "The sheriff's office Tuesday released the names", "A jury on Wednesday convicted the
   * man", "City council members on Monday discussed". "A man who was shot Sunday told police" names
   * no teller before the day, and the day is the shooting's.
   */
  private static final Pattern TELLER_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:police|officials|authorities|investigators|deputies|prosecutors|sheriff"
              + "|detectives|officers|troopers|coroner|examiner|department|office|agency|spokes(?:man"
              + "|woman|person)|chief|captain|lieutenant|sergeant|mayor|prosecutor|attorney|jury|judge"
              + "|council|members)"
              // "Musselshell County Sheriff Mike Thomas on Thursday said".
              + "(?-i:(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s+(?:on\\s+)?$");

  private static final Pattern TELLING_AFTER =
      Pattern.compile(
          "^\\s+(?:identified|said|announced|confirmed|released|named|told|declined|disclosed"
              + "|revealed|charged|convicted|sentenced|indicted|acquitted|ruled|discussed)\\b");

  /**
   * A day that qualifies a message or a page: "a Monday morning email from the agency said", "a
   * Tuesday news release", "NEW HAVEN, Conn., Oct. 27 (UPI) --", the day a wire filed its story,
   * "12/6/16 (Jo Doe | KXYZ)", the day of a picture.
   */
  private static final Pattern MESSAGE_AFTER =
      Pattern.compile(
          "^(?:\\s+(?:e-?mail|statement|(?:news\\s+|press\\s+)?release|(?:news|press)"
              + "\\s+(?:conference|briefing)|update)\\b"
              + "|\\s*\\([\\p{Lu}][\\p{L}\\d -]{1,15}\\)\\s*(?:--|—|–|-)"
              // "12/6/16 (Kelsey Thomas | KSNV)": a picture's credit line.
              + "|\\s*\\([^()|]{2,40}\\|[^()]{2,40}\\))");

  /**
   * A gathering to mourn or pray, a vigil by another name: "Members of the community gathered
   * Tuesday evening at the high school to offer prayers and support for a student injured".
   */
  /**
   * The day a gun was got, in a clause after the gun: "playing with a gun someone dropped off at
   * her home yesterday when the firearm accidentally discharged", "the rifle his father gave him on
   * Tuesday". It dates the getting, which may be days before the shot.
   */
  private static final Pattern GUN_GOT_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:gun|handgun|rifle|shotgun|pistol|revolver|weapon|firearm)s?\\s+(?:that\\s+|which\\s+)?"
              + "(?:someone|somebody|he|she|they|(?:his|her|their|a|an|the)\\s+[\\p{L}-]+)\\s+(?:had\\s+)?"
              + "(?:dropped\\s+off|left|bought|purchased|gave(?:\\s+(?:him|her|them))?|brought|borrowed"
              + "|stole|received)\\b[^.;,]{0,30}?\\s+(?:on\\s+)?$");

  private static final Pattern GATHERED_BEFORE =
      Pattern.compile("(?i)\\b(?:gathered|assembled|came\\s+together)\\s+(?:on\\s+)?$");

  private static final Pattern TO_MOURN_AFTER =
      Pattern.compile(
          "(?i)^[^.;]{0,60}?\\bto\\s+(?:offer\\s+(?:prayers|condolences)|pray|mourn|grieve|remember"
              + "|honou?r|celebrate\\s+the\\s+life)\\b");

  /**
   * A dateline's own date in parentheses: "HENRY COUNTY, Ind. (Aug. 28, 2015) –", the day the story
   * was filed.
   */
  private static final Pattern DATELINE_OPEN = Pattern.compile("\\(\\s*$");

  private static final Pattern DATELINE_CLOSE = Pattern.compile("^\\s*\\)\\s*(?:--|—|–|-)");

  /**
   * A day that opens its sentence ("On Friday, …"); a day at the end of a clause followed by who
   * told it ("shot Monday night, Sheriff Pohlmann said") is the event's.
   */
  private static final Pattern SENTENCE_LEAD =
      Pattern.compile("(?:^|[.!?\"”]\\s+|\\n\\s*)(?:(?:[Oo]n|[Ll]ate|[Ee]arly)\\s+)?$");

  private static final Pattern YEARLESS_DAY = Pattern.compile("^XXXX-\\d{2}-\\d{2}.*");

  private final TimexReader reader = new TimexReader();

  /**
   * The date of the event whose trigger starts at {@code triggerStart}.
   *
   * @param times the time expressions of the trigger's sentence (offsets in the same text as the
   *     trigger)
   * @param published the publication date, or null when unknown
   */
  public Optional<EventDate> date(
      List<TimeExpression> times, int triggerStart, LocalDate published) {
    requireNonNull(times, "times");
    TimeExpression nearest = null;
    EventDate date = null;
    for (TimeExpression time : times) {
      if (!time.type().equals("DATE") && !time.type().equals("TIME")) {
        continue;
      }
      Optional<EventDate> read =
          reader
              .read(time.value(), published)
              .map(day -> latestMonthOfItsName(day, time, published))
              .filter(day -> !isThisYear(day, published) && !isLaterYear(day, published));
      if (read.isPresent()
          && (nearest == null || distance(time, triggerStart) < distance(nearest, triggerStart))) {
        nearest = time;
        date = read.get();
      }
    }
    return Optional.ofNullable(date);
  }

  /**
   * Whether the time expression nearest the trigger is a day without a year that falls in no recent
   * year ("the September 11 attacks" in an August report): the event is of another year, which the
   * report does not tell.
   */
  public boolean namesAnotherYear(
      List<TimeExpression> times, int triggerStart, LocalDate published) {
    requireNonNull(times, "times");
    if (published == null) {
      return false;
    }
    TimeExpression nearest = null;
    for (TimeExpression time : times) {
      if ((time.type().equals("DATE") || time.type().equals("TIME"))
          && (nearest == null || distance(time, triggerStart) < distance(nearest, triggerStart))) {
        nearest = time;
      }
    }
    return nearest != null
        && nearest.value() != null
        && YEARLESS_DAY.matcher(nearest.value()).matches()
        && reader.read(nearest.value(), published).isEmpty();
  }

  /**
   * Whether an event of {@code date} is background to a report published on {@code published}: it
   * ended more than {@link #BACKGROUND_AFTER_DAYS} days before. Unknown dates are not background.
   */
  public boolean isBackground(EventDate date, LocalDate published) {
    if (date == null || published == null) {
      return false;
    }
    LocalDate end = date.lastDay();
    return ChronoUnit.DAYS.between(end, published) > BACKGROUND_AFTER_DAYS;
  }

  /**
   * Whether a time expression dates what someone said or what a court did rather than an event:
   * "police said Monday", "a judge ruled Tuesday", "reports released Monday", "was sentenced on
   * Friday". A follow-up report would otherwise date the shooting by its hearing.
   */
  public static boolean datesAStatement(String text, TimeExpression time) {
    requireNonNull(text, "text");
    requireNonNull(time, "time");
    String before = text.substring(Math.max(0, time.start() - 50), time.start());
    String after = text.substring(time.end(), Math.min(text.length(), time.end() + 80));
    return STATEMENT_BEFORE.matcher(before).find()
        || SENTENCE_LEAD.matcher(before).find()
            && (STATEMENT_AFTER.matcher(after).find() || CONDITION_AFTER.matcher(after).find())
        || TELLER_BEFORE.matcher(before).find() && TELLING_AFTER.matcher(after).find()
        || COURT_BEFORE.matcher(before).find() && COURT_AFTER.matcher(after).find()
        || MESSAGE_AFTER.matcher(after).find()
        || GATHERED_BEFORE.matcher(before).find() && TO_MOURN_AFTER.matcher(after).find()
        || GUN_GOT_BEFORE.matcher(before).find()
        || DATELINE_OPEN.matcher(before).find() && DATELINE_CLOSE.matcher(after).find();
  }

  /**
   * Words of time elapsed between the day told before them and an event told after them: "two weeks
   * after", "a day after", "the night before", "days after", "hours after", "nearly a week after".
   * An exact count of days or weeks moves the day; any other count tells no day.
   */
  private static final Pattern ELAPSED =
      Pattern.compile(
          "(?i)\\b(?<hedge>(?:nearly|almost|about|around|roughly|some|more\\s+than|less\\s+than"
              + "|over|under)\\s+)?(?:(?<count>a|an|one|two|three|four|five|six"
              + "|seven|eight|nine|ten|\\d{1,2})\\s+(?<unit>days?|nights?|weeks?)|the\\s+(?<the>day"
              + "|night|week)|(?<vague>(?:(?:several|a\\s+few|few|many|a\\s+couple\\s+of|[\\p{L}\\d-]+)"
              + "\\s+)?(?:hours|days|weeks|months|years)|(?:a|an|one|[\\p{L}\\d-]+)\\s+(?:months?"
              + "|years?)))\\s+(?<way>after|before)\\b");

  /**
   * A comma before a new subject ends the clause the words of time elapsed open: in "On Aug. 7,
   * just over a week after his bond hearing, the pistol used to kill the boy was used again", the
   * killing is not what came a week after the hearing.
   */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile("(?i),\\s+(?:the|a|an|his|her|their|its|he|she|they|it)\\b");

  private static final List<String> SMALL_COUNTS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  /**
   * The time {@code time} as seen from an event whose words begin at {@code position}, after it in
   * the same sentence: past words of time elapsed, the day is another event's. "Volunteers handed
   * out gun locks Saturday, two weeks after a boy shot himself" dates the shooting two weeks before
   * that Saturday; "About 50 people marched Wednesday, days after five people were wounded" and "He
   * died early Sunday, hours after he was shot" tell no day of the shooting (empty). A time after
   * the event, or with no such words between, is the event's as it is.
   */
  public static Optional<TimeExpression> seenFrom(String text, TimeExpression time, int position) {
    requireNonNull(text, "text");
    requireNonNull(time, "time");
    if (time.end() > position || position > text.length()) {
      return Optional.of(time);
    }
    String between = text.substring(time.end(), position);
    Matcher elapsed = ELAPSED.matcher(between);
    Integer days = null;
    int end = -1;
    while (elapsed.find()) {
      end = elapsed.end();
      days = exactDays(elapsed);
    }
    if (end < 0 || CLAUSE_BREAK.matcher(between.substring(end)).find()) {
      return Optional.of(time);
    }
    String value = time.value();
    if (days == null || value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return Optional.empty();
    }
    return Optional.of(
        time.withValue(LocalDate.parse(value.substring(0, 10)).minusDays(days).toString()));
  }

  /**
   * The days the words of elapsed time count, negative before the day ("two days before"), or null
   * when they count no exact day ("days after", "nearly a week after", "hours after").
   */
  private static Integer exactDays(Matcher elapsed) {
    if (elapsed.group("hedge") != null || elapsed.group("vague") != null) {
      return null;
    }
    int days;
    if (elapsed.group("the") != null) {
      days = elapsed.group("the").equalsIgnoreCase("week") ? 7 : 1;
    } else {
      int number = smallCount(elapsed.group("count"));
      days =
          elapsed.group("unit").toLowerCase(Locale.ROOT).startsWith("week") ? 7 * number : number;
    }
    return elapsed.group("way").equalsIgnoreCase("after") ? days : -days;
  }

  /**
   * A small count as news writes it: "a", "an", "one" to "ten", or digits ("two days after", "3
   * days after"); 0 for any other word.
   */
  public static int smallCount(String word) {
    String count = word.toLowerCase(Locale.ROOT);
    if (count.equals("a") || count.equals("an")) {
      return 1;
    }
    return Character.isDigit(count.charAt(0))
        ? Integer.parseInt(count)
        : SMALL_COUNTS.indexOf(count) + 1;
  }

  /** "last January", with no year written: the tagger always reads it as a year before. */
  private static final Pattern LAST_MONTH =
      Pattern.compile(
          "(?i)^last\\s+(?:january|february|march|april|may|june|july|august|september|october"
              + "|november|december)$");

  /**
   * "Last January" in a May report is the January just past, this year's, as "last Friday" is the
   * Friday just past; the tagger reads it as the January of the year before. A month of the same
   * name as the publication's, or later in the year, is last year's either way.
   */
  private static EventDate latestMonthOfItsName(
      EventDate date, TimeExpression time, LocalDate published) {
    if (published == null
        || date.precision() != DatePrecision.MONTH
        || !LAST_MONTH.matcher(time.text().strip()).matches()) {
      return date;
    }
    LocalDate thisYears = date.value().withYear(published.getYear());
    return thisYears.getMonthValue() < published.getMonthValue() && thisYears.isAfter(date.value())
        ? new EventDate(thisYears, DatePrecision.MONTH, date.timex())
        : date;
  }

  /**
   * A bare year that holds the publication date ("the city's 600th homicide in 2016") says no more
   * than the report's own date, and read as 1 January it would put the event months away.
   */
  private static boolean isThisYear(EventDate date, LocalDate published) {
    return published != null
        && date.precision() == DatePrecision.YEAR
        && date.value().getYear() == published.getYear();
  }

  /**
   * A bare year after the publication's is no event's: it is a number the tagger took for a year, a
   * house number most often ("Andrew Carroll, 2317 Pecan Drive, was showing the handgun").
   */
  private static boolean isLaterYear(EventDate date, LocalDate published) {
    return published != null
        && date.precision() == DatePrecision.YEAR
        && date.value().getYear() > published.getYear();
  }

  private static int distance(TimeExpression time, int offset) {
    if (offset < time.start()) {
      return time.start() - offset;
    }
    return offset >= time.end() ? offset - time.end() : 0;
  }

  /** Whether a date is as precise as a day. */
  public static boolean isDay(EventDate date) {
    return date.precision() == DatePrecision.DAY;
  }
}
