package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimeExpression;

class EventDaterTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 8, 30);

  private final TimexReader reader = new TimexReader();
  private final EventDater dater = new EventDater();

  @Test
  void readsDaysWeeksMonthsAndYears() {
    assertThat(reader.read("2021-08-26", null))
        .contains(new EventDate(LocalDate.of(2021, 8, 26), DatePrecision.DAY, "2021-08-26"));
    assertThat(reader.read("2021-W34", null).orElseThrow())
        .extracting(EventDate::value, EventDate::precision)
        .containsExactly(LocalDate.of(2021, 8, 23), DatePrecision.WEEK);
    assertThat(reader.read("2021-08", null).orElseThrow().precision())
        .isEqualTo(DatePrecision.MONTH);
    assertThat(reader.read("2015", null).orElseThrow().precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(reader.read("2021-08-26TEV", null).orElseThrow().value())
        .isEqualTo(LocalDate.of(2021, 8, 26));
  }

  @Test
  void theWeekendInAReportWrittenAfterItIsTheOneJustPastFromSaturdayToSunday() {
    LocalDate tuesday = LocalDate.of(2014, 8, 5);

    assertThat(reader.read("2014-W32-WE", tuesday).orElseThrow().value())
        .isEqualTo(LocalDate.of(2014, 8, 2));
    assertThat(reader.read("2014-W31-WE", tuesday).orElseThrow().value())
        .isEqualTo(LocalDate.of(2014, 8, 2));
    assertThat(reader.read("2014-W31-WE", tuesday).orElseThrow().lastDay())
        .isEqualTo(LocalDate.of(2014, 8, 3));
    assertThat(reader.read("2014-W31", tuesday).orElseThrow().lastDay())
        .isEqualTo(LocalDate.of(2014, 8, 3));
    assertThat(reader.read("2014-W32", tuesday).orElseThrow().value())
        .isEqualTo(LocalDate.of(2014, 8, 4));
  }

  @Test
  void givesAYearlessDayTheYearOfPublicationButNeverGuessesWithout() {
    assertThat(reader.read("XXXX-08-26", PUBLISHED).orElseThrow().value())
        .isEqualTo(LocalDate.of(2021, 8, 26));
    assertThat(reader.read("XXXX-12-28", LocalDate.of(2022, 1, 5)).orElseThrow().value())
        .isEqualTo(LocalDate.of(2021, 12, 28));
    assertThat(reader.read("XXXX-08-26", null)).isEmpty();
    assertThat(reader.read("XXXX-WXX-4", null)).isEmpty();
    assertThat(reader.read("PRESENT_REF", PUBLISHED)).isEmpty();
    assertThat(reader.read("2021-02-30", PUBLISHED)).isEmpty();
  }

  @Test
  void datesAnEventByTheDateNearestItsTrigger() {
    // "On Monday, IS claimed a rocket attack, days after the bombing of Thursday."
    List<TimeExpression> times =
        List.of(
            new TimeExpression("Monday", 3, 9, "DATE", "2021-08-30", 0),
            new TimeExpression("Thursday", 66, 74, "DATE", "2021-08-26", 0));

    assertThat(dater.date(times, 30, PUBLISHED).orElseThrow().value())
        .isEqualTo(LocalDate.of(2021, 8, 30));
    assertThat(dater.date(times, 58, PUBLISHED).orElseThrow().value())
        .isEqualTo(LocalDate.of(2021, 8, 26));
    assertThat(dater.date(List.of(), 5, PUBLISHED)).isEmpty();
  }

  @Test
  void lastJanuaryInAMayReportIsTheJanuaryJustPast() {
    // "charged in the death of a boy last February" in a June report, which the tagger reads as
    // the February of the year before; "last November" in June, and "last June" in June, are last
    // year's.
    LocalDate june = LocalDate.of(2018, 6, 12);

    assertThat(
            dater.date(
                List.of(new TimeExpression("last February", 30, 43, "DATE", "2017-02", 0)),
                20,
                june))
        .contains(new EventDate(LocalDate.of(2018, 2, 1), DatePrecision.MONTH, "2017-02"));
    assertThat(
            dater
                .date(
                    List.of(new TimeExpression("last November", 30, 43, "DATE", "2017-11", 0)),
                    20,
                    june)
                .orElseThrow()
                .value())
        .isEqualTo(LocalDate.of(2017, 11, 1));
    assertThat(
            dater
                .date(
                    List.of(new TimeExpression("last June", 30, 39, "DATE", "2017-06", 0)),
                    20,
                    june)
                .orElseThrow()
                .value())
        .isEqualTo(LocalDate.of(2017, 6, 1));
    assertThat(
            dater
                .date(
                    List.of(new TimeExpression("February 2017", 30, 43, "DATE", "2017-02", 0)),
                    20,
                    june)
                .orElseThrow()
                .value())
        .isEqualTo(LocalDate.of(2017, 2, 1));
  }

  @Test
  void takesEventsWeeksBeforePublicationForBackground() {
    EventDate yesterday = EventDate.day(LocalDate.of(2021, 8, 29));
    EventDate paris = EventDate.day(LocalDate.of(2015, 11, 13));
    EventDate lastDecember = reader.read("2020-12", PUBLISHED).orElseThrow();

    assertThat(dater.isBackground(yesterday, PUBLISHED)).isFalse();
    assertThat(dater.isBackground(paris, PUBLISHED)).isTrue();
    assertThat(dater.isBackground(lastDecember, PUBLISHED)).isTrue();
    assertThat(dater.isBackground(paris, null)).isFalse();
  }

  @Test
  void aYearlessDayMonthsAfterPublicationIsNoDayOfLastYear() {
    // "the September 11 attacks" and "13 November" read in August; a hearing "on July 10" in a
    // report of July 3.
    assertThat(reader.read("XXXX-09-11", PUBLISHED)).isEmpty();
    assertThat(reader.read("XXXX-11-13", PUBLISHED)).isEmpty();
    assertThat(reader.read("XXXX-07-10", LocalDate.of(2016, 7, 3))).isEmpty();
    assertThat(reader.read("XXXX-11-02", LocalDate.of(2016, 5, 25)).orElseThrow().value())
        .isEqualTo(LocalDate.of(2015, 11, 2));
  }

  @Test
  void theBareYearOfPublicationDatesNoEvent() {
    // "... was the city's 600th homicide in 2016", "Saturday's shooting".
    List<TimeExpression> times =
        List.of(
            new TimeExpression("2016", 40, 44, "DATE", "2016", 0),
            new TimeExpression("Saturday", 60, 68, "DATE", "2016-11-19", 0));
    LocalDate published = LocalDate.of(2016, 11, 21);

    assertThat(dater.date(times.subList(0, 1), 30, published)).isEmpty();
    assertThat(dater.date(times, 30, published).orElseThrow().value())
        .isEqualTo(LocalDate.of(2016, 11, 19));
    assertThat(
            dater
                .date(List.of(new TimeExpression("2015", 40, 44, "DATE", "2015", 0)), 30, published)
                .orElseThrow()
                .precision())
        .isEqualTo(DatePrecision.YEAR);
  }

  @Test
  void aBareYearAfterPublicationDatesNoEvent() {
    // "Andrew Carroll, 2317 Pecan Drive, was showing the handgun ... when the gun went off".
    List<TimeExpression> house = List.of(new TimeExpression("2317", 16, 20, "DATE", "2317", 0));
    LocalDate published = LocalDate.of(2016, 1, 19);

    assertThat(dater.date(house, 60, published)).isEmpty();
    assertThat(
            dater.date(
                List.of(new TimeExpression("2017", 16, 20, "DATE", "2017", 0)), 60, published))
        .isEmpty();
  }

  @Test
  void theDayOfAStatementOrAHearingIsNoDayOfTheEvent() {
    // Each sentence, then the words of its day.
    String[][] statements = {
      {"The boy was shot, police said Monday.", "Monday"},
      {"He was sentenced on Friday for the shooting.", "Friday"},
      {"Captain Adams stated in a news release Tuesday that one shooting happened.", "Tuesday"},
      {"The victim remained in critical condition Friday night.", "Friday night"},
      {"The girl was still in grave condition on Saturday, police said.", "Saturday"},
      {"The office conducted autopsies Friday that showed all four died of a wound.", "Friday"},
      {
        "Osborne received 3 years' probation Thursday afternoon for the shooting.",
        "Thursday afternoon"
      },
      {"On Friday, Henry County Prosecutor Joe Bergacs confirmed the deaths.", "Friday"},
      {"A girl and mother who were shot near their home were identified Sunday.", "Sunday"},
      {"Police told KXYZ Sunday evening that the boy lived there.", "Sunday evening"},
      {"The chief told the Daily Herald Tuesday that the gun was stolen.", "Tuesday"},
      {"Her mother spoke with Channel 4 News on Wednesday about the shooting.", "Wednesday"},
      {"The prosecutor pleaded Wednesday with parents to lock up their guns.", "Wednesday"},
      {"The man and the girl were reported missing Saturday.", "Saturday"},
      {"Police reported Monday that the boy had died.", "Monday"},
      {"The chief spoke at a news conference in Fort Wayne on Monday.", "Monday"},
      {"Steven also shot himself — Anayeli Ruiz (@AnayeliNews) June 29, 2016", "June 29, 2016"},
      {"The girl accused of shooting her cousin was back in court Thursday.", "Thursday"},
      {"The neighbor charged in the killing returned to court on Monday.", "Monday"},
      {"\u201cShe been shot!\u201d her mother recalled Tuesday.", "Tuesday"},
      {"The sheriff posted Sunday that the boy had died.", "Sunday"},
      {"His brother wrote on Facebook Monday that he was shot.", "Monday"},
      {"Bond was set Friday at $75,000 on the neighbor of the boy.", "Friday"},
      {"He was booked into the Bamberg County jail Monday.", "Monday"},
      {"A mother made her first court appearance Thursday.", "Thursday"},
      {"He made his first appearance in Sedgwick County District Court on Tuesday.", "Tuesday"},
      {"A motive for the killings remained unclear Monday.", "Monday"},
      {"Police on Monday identified the suspect in the shooting.", "Monday"},
      {"The sheriff's office Tuesday released the names of the dead.", "Tuesday"},
      {
        "The girl died of her wounds, a Monday morning email from the agency said.",
        "Monday morning"
      },
      {"Deputies gave the names in a Tuesday news release.", "Tuesday"},
      {"DAYTON, Ohio, Oct. 27 (UPI) -- One man was killed in a shooting.", "Oct. 27"},
      {"Polk County Sheriff Ann Wade on Thursday said both died of gunshot wounds.", "Thursday"},
      {"The boy accused of shooting his friend appeared in juvenile court Tuesday.", "Tuesday"},
      {"Standing before a judge on Monday afternoon, he was arraigned.", "Monday afternoon"},
      {"Funeral services are tonight in Lancaster County for the boy.", "tonight"},
      {"A vigil was held Sunday for the girl who was shot.", "Sunday"},
      {"The clerk fired 8 shots. 12/6/16 (Jo Doe | KXYZ) More video", "12/6/16"},
      {"News 5 spoke with the boy's father Monday afternoon.", "Monday afternoon"},
      {"Her aunt spoke exclusively with KXYZ Monday and said she wants justice.", "Monday"},
      {"The sheriff told the girl's family Friday that the gun was stolen.", "Friday"},
      {"Prosecutors argued during a detention hearing Wednesday that he is a danger.", "Wednesday"},
      {"The man sought in the killing turned himself in to police Friday.", "Friday"},
      {"A jury on Wednesday convicted the man of murder.", "Wednesday"},
      {"A man was found guilty Wednesday of killing a store owner.", "Wednesday"},
      {"A man admitted Tuesday that he shot his cousin.", "Tuesday"},
      {"Police released new details Thursday about the shooting.", "Thursday"},
      {"City council members on Monday discussed ways to curb gun violence.", "Monday"},
      {"On Tuesday, both men were reported to be in stable condition.", "Tuesday"},
      {"On Friday, the girl remained in critical condition at a hospital.", "Friday"},
      {"The two wounded were listed in fair condition Sunday.", "Sunday"},
      {
        "Jury selection started Monday in the murder trial of a man accused of killing two.",
        "Monday"
      },
      {"Testimony began Tuesday in the trial of a woman charged in a shooting.", "Tuesday"},
      {"A county jury on Thursday found the gunman guilty of murder.", "Thursday"},
      {"A Lake County judge on Friday denied bond for the teenager.", "Friday"},
      {"Friends and relatives said goodbye Saturday to the slain officer.", "Saturday"},
      {"The girl was laid to rest Monday at a cemetery near her school.", "Monday"},
      {"A trial date was set Wednesday for the man accused of killing his neighbor.", "Wednesday"},
      {"His sentencing is scheduled for Friday in the death of the clerk.", "Friday"}
    };
    String[][] events = {
      {"The boy was shot Monday.", "Monday"},
      {"She was shot in the back yard Monday night, Sheriff James Pohlmann said.", "Monday night"},
      {"Monday night, officers responded to a shots fired call.", "Monday night"},
      {"A man was shot outside the county courthouse on Monday.", "Monday"},
      {"The shooting was reported about 2:30 a.m. Sunday.", "about 2:30 a.m. Sunday"},
      {"Shots were reported Saturday night near the park.", "Saturday night"},
      {"A man who was shot Sunday told police he did not see the gunman.", "Sunday"},
      {"The boy was shot Friday (the third shooting this month).", "Friday"},
      {"A man was shot in front of the court Monday.", "Monday"},
      {"A man was shot at a funeral home Saturday.", "Saturday"},
      {"Neighbors reported hearing gunshots Sunday night.", "Sunday night"},
      {
        "The suspected shooter was arrested in a shooting late Tuesday night.", "late Tuesday night"
      },
      {"Police on Saturday found a man shot in a parked car.", "Saturday"},
      {"On Tuesday, two men were shot and are in stable condition.", "Tuesday"},
      {"A juror was shot outside the courthouse Monday.", "Monday"},
      {"Police on Sunday found a man shot dead in an alley.", "Sunday"}
    };
    for (String[] statement : statements) {
      assertThat(datesAStatement(statement)).as(statement[0]).isTrue();
    }
    for (String[] event : events) {
      assertThat(datesAStatement(event)).as(event[0]).isFalse();
    }
  }

  private static boolean datesAStatement(String[] sentenceAndDay) {
    return EventDater.datesAStatement(sentenceAndDay[0], at(sentenceAndDay[0], sentenceAndDay[1]));
  }

  private static TimeExpression at(String sentence, String words) {
    int start = sentence.indexOf(words);
    return new TimeExpression(words, start, start + words.length(), "DATE", "2016-05-09", 0);
  }

  @Test
  void aDayOfNoRecentYearNamesAnEventOfAnotherYear() {
    // "... in response to the September 11 attacks", read on 30 August.
    List<TimeExpression> nineEleven =
        List.of(new TimeExpression("September 11", 20, 32, "DATE", "XXXX-09-11", 0));
    List<TimeExpression> lastWeek =
        List.of(new TimeExpression("August 26", 20, 29, "DATE", "XXXX-08-26", 0));

    assertThat(dater.namesAnotherYear(nineEleven, 33, PUBLISHED)).isTrue();
    assertThat(dater.namesAnotherYear(lastWeek, 33, PUBLISHED)).isFalse();
    assertThat(dater.namesAnotherYear(nineEleven, 33, null)).isFalse();
  }

  @Test
  void aBareNumberBefore1900IsNoYear() {
    assertThat(reader.read("1010", java.time.LocalDate.of(2016, 5, 1))).isEmpty();
    assertThat(reader.read("1994", java.time.LocalDate.of(2016, 5, 1)))
        .hasValueSatisfying(date -> assertThat(date.value().getYear()).isEqualTo(1994));
  }

  /** The time expression of {@code day} in {@code text}, read as {@code value}. */
  private static TimeExpression timeOf(String text, String day, String value) {
    int start = text.indexOf(day);
    return new TimeExpression(day, start, start + day.length(), "DATE", value, 0);
  }

  @Test
  void aDayBeforeWordsOfTimeElapsedDatesTheEventAfterThemByTheirCount() {
    String text =
        "Volunteers handed out gun locks Saturday at a church, two weeks after a boy shot himself.";
    TimeExpression saturday = timeOf(text, "Saturday", "2015-09-19");

    assertThat(EventDater.seenFrom(text, saturday, text.indexOf("shot")))
        .hasValueSatisfying(time -> assertThat(time.value()).isEqualTo("2015-09-05"));
    // The day is its own clause's: an event told before it keeps it.
    assertThat(EventDater.seenFrom(text, saturday, text.indexOf("handed"))).contains(saturday);

    String before = "He was released Monday, two days before he was shot.";
    assertThat(
            EventDater.seenFrom(
                before, timeOf(before, "Monday", "2016-03-07"), before.indexOf("shot")))
        .hasValueSatisfying(time -> assertThat(time.value()).isEqualTo("2016-03-09"));
  }

  @Test
  void wordsOfTimeElapsedWithoutAnExactCountTellNoDayOfTheEventAfterThem() {
    String days = "About 50 people marched Wednesday, days after five people were wounded.";
    String hours = "A man died early Sunday, hours after he was shot outside a bar.";
    String nearly = "A vigil was held Friday, nearly a week after the girl was killed.";

    assertThat(
            EventDater.seenFrom(
                days, timeOf(days, "Wednesday", "2016-08-17"), days.indexOf("wounded")))
        .isEmpty();
    assertThat(
            EventDater.seenFrom(
                hours, timeOf(hours, "early Sunday", "2017-07-30"), hours.indexOf("shot")))
        .isEmpty();
    assertThat(
            EventDater.seenFrom(
                nearly, timeOf(nearly, "Friday", "2016-05-06"), nearly.indexOf("killed")))
        .isEmpty();
    // A new subject after a comma ends the clause the words open.
    String clause =
        "On Aug. 7, just over a week after his bond hearing, the pistol used to kill the boy was"
            + " fired again.";
    TimeExpression august = timeOf(clause, "Aug. 7", "2015-08-07");
    assertThat(EventDater.seenFrom(clause, august, clause.indexOf("kill"))).contains(august);
    // Without such words the day is the event's: "shot Saturday night after an argument".
    String plain = "A man was found Saturday night after he was shot in an argument.";
    TimeExpression night = timeOf(plain, "Saturday night", "2016-05-07TNI");
    assertThat(EventDater.seenFrom(plain, night, plain.indexOf("shot"))).contains(night);
  }
}
