package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;

class UntaggedDaysTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2016, 6, 15);

  private static List<TimeExpression> added(String text, TimeExpression... times) {
    return UntaggedDays.added(
        text,
        List.of(new Sentence(0, 0, text.length(), List.of(), List.of())),
        List.of(times),
        PUBLISHED);
  }

  @Test
  void readsAMonthAndDayWithASlashAfterOnOrBeforeAnEventWord() {
    assertThat(added("Police seek tips in the 9/3 shooting on Dover Street."))
        .singleElement()
        .satisfies(
            time -> {
              assertThat(time.text()).isEqualTo("9/3");
              assertThat(time.value()).isEqualTo("XXXX-09-03");
              assertThat(time.type()).isEqualTo("DATE");
            });
    assertThat(added("A man was shot on 7/4 near the river."))
        .extracting(TimeExpression::value)
        .containsExactly("XXXX-07-04");
    assertThat(added("Update on the 12/24 fatal shooting."))
        .extracting(TimeExpression::value)
        .containsExactly("XXXX-12-24");
  }

  @Test
  void leavesFractionsScoresFullDatesAndTheAttacksAlone() {
    assertThat(added("The team went 3/4 from the line.")).isEmpty();
    assertThat(added("He has been afraid since the 9/11 attacks.")).isEmpty();
    assertThat(added("The store is open 24/7 on weekends.")).isEmpty();
    assertThat(added("He was shot on 7/4/2015 near the river.")).isEmpty();
    assertThat(added("Only the 3/4 of the vote counted.")).isEmpty();
    assertThat(added("The rate was 13/40 on the ballot.")).isEmpty();
  }

  @Test
  void keepsWhatTheTaggerReadAndTheTextOrder() {
    TimeExpression sunday = new TimeExpression("Sunday", 2, 8, "DATE", "2016-03-06", 0);
    String text = "On Sunday police said the 3/3 shooting was gang related.";
    List<TimeExpression> times = added(text, sunday);
    assertThat(times).extracting(TimeExpression::text).containsExactly("Sunday", "3/3");
    TimeExpression tagged = new TimeExpression("3/3", 25, 28, "DATE", "2016-03-03", 0);
    assertThat(added(text, tagged)).containsExactly(tagged);
  }

  @Test
  void readsADayOfTheMonthAloneAsTheLatestOnOrBeforePublication() {
    assertThat(added("He fired into the car around 2 a.m. on the 12th after an argument."))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.api.Assertions.tuple("the 12th", "XXXX-06-12"));
    assertThat(added("The store was robbed on the 28th."))
        .extracting(TimeExpression::value)
        .containsExactly("XXXX-05-28");
    assertThat(added("She lived on the 12th floor.")).isEmpty();
    assertThat(added("He was shot on the 3rd Street bridge.")).isEmpty();
    assertThat(added("The office is on the 4th and 5th floors.")).isEmpty();
    assertThat(
            UntaggedDays.added(
                "He was shot on the 12th.",
                List.of(new Sentence(0, 0, 24, List.of(), List.of())),
                List.of(),
                null))
        .isEmpty();
  }
}
