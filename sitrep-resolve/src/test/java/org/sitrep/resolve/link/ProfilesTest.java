package org.sitrep.resolve.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.Fixtures.report;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.SubEventType;

class ProfilesTest {
  private static final LocalDate MAY_3 = LocalDate.of(2019, 5, 3);

  private static MentionProfile mainOf(List<MentionProfile> profiles) {
    return profiles.stream().filter(MentionProfile::main).findFirst().orElseThrow();
  }

  @Test
  void aCountOfTheArrestedDoesNotMakeAnArrestTheReportsMainAccount() {
    Report report =
        report(
                "a",
                MAY_3,
                "Two brothers are in custody after Wednesday night. Police said Dora Finch was"
                    + " shot and killed on Lark Street.")
            .event(SubEventType.ARRESTS, "in custody")
            .figure(Slot.ARRESTED, Quantity.exact(2), "Two brothers")
            .event(SubEventType.ATTACK, "shot and killed")
            .figure(Slot.FATALITIES, Quantity.exact(1), "shot and killed")
            .build();

    assertThat(mainOf(Profiles.of(List.of(report))).mention().subtype())
        .isEqualTo(SubEventType.ATTACK);
  }

  @Test
  void aReportWithoutVictimsCountedHasItsFirstCurrentAccountAsMain() {
    Report report =
        report(
                "b",
                MAY_3,
                "Two brothers are in custody. Police said shots were fired on Lark Street.")
            .event(SubEventType.ARRESTS, "in custody")
            .figure(Slot.ARRESTED, Quantity.exact(2), "Two brothers")
            .event(SubEventType.ATTACK, "shots were fired")
            .build();

    assertThat(mainOf(Profiles.of(List.of(report))).mention().subtype())
        .isEqualTo(SubEventType.ARRESTS);
  }

  @Test
  void aReportThatOnlyRecallsEventsIsAboutTheFirstItRecalls() {
    Report report =
        report(
                "c",
                MAY_3,
                "A hearing is set for the cousins charged in the March 2 slayings on Pike Road. One"
                    + " of them was wounded in a robbery on New Year's Day that left a clerk dead.")
            .event(SubEventType.ATTACK, "slayings")
            .recalled()
            .on(LocalDate.of(2019, 3, 2), "March 2")
            .event(SubEventType.ATTACK, "robbery")
            .recalled()
            .on(LocalDate.of(2019, 1, 1), "New Year's Day")
            .figure(Slot.FATALITIES, Quantity.exact(1), "left a clerk dead")
            .build();

    assertThat(mainOf(Profiles.of(List.of(report))).mention().trigger().start())
        .isEqualTo(report.document().text().indexOf("slayings"));
  }
}
