package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFiguresTest {
  private static final Span SPAN = new Span("doc", 0, 1);

  private static Claim claim(Slot slot, Quantity quantity, String group) {
    return new Claim(slot, quantity, group, SPAN, Attribution.REPORTER, LocalDate.of(2024, 1, 1));
  }

  private static EventMention event(Claim... claims) {
    return new EventMention("doc#0", SubEventType.ATTACK, SPAN, false, List.of(claims));
  }

  @Test
  void readsNoCasualtiesAsZeroDeadAndZeroInjured() {
    EventMention event = event(claim(Slot.CASUALTIES, Quantity.exact(0), null));

    assertThat(EventFigures.fatalities(event).best()).isZero();
  }

  @Test
  void leavesAnEventWithoutFiguresUnknown() {
    assertThat(EventFigures.fatalities(event()).isKnown()).isFalse();
  }

  @Test
  void addsAttackersCountedApartFromTheTotal() {
    EventMention event =
        event(
            claim(Slot.FATALITIES, Quantity.exact(2), null),
            claim(Slot.FATALITIES, Quantity.exact(1), EventFigures.ATTACKERS));

    assertThat(EventFigures.fatalities(event).best()).isEqualTo(3L);
  }

  @Test
  void sumsTheGroupsWhenThereIsNoTotal() {
    EventMention event =
        event(
            claim(Slot.FATALITIES, Quantity.exact(14), "soldiers"),
            claim(Slot.FATALITIES, Quantity.atLeast(20), "assailants"));

    assertThat(EventFigures.fatalities(event).best()).isEqualTo(34L);
  }

  @Test
  void defaultsTheAttackTypeFromTheSubEventType() {
    assertThat(event().attackType()).isEqualTo(AttackType.ARMED_ASSAULT);
  }
}
