package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuantityTest {
  @Test
  void keepsTheBoundsItsHedgeAllows() {
    assertThat(Quantity.exact(13))
        .extracting(Quantity::low, Quantity::high)
        .containsExactly(13L, 13L);
    assertThat(Quantity.atLeast(60).high()).isNull();
    assertThat(Quantity.moreThan(100).low()).isEqualTo(101L);
    assertThat(Quantity.fewerThan(10).high()).isEqualTo(9L);
    assertThat(Quantity.between(15, 10))
        .extracting(Quantity::low, Quantity::high)
        .containsExactly(10L, 15L);
    assertThat(Quantity.about(60))
        .extracting(Quantity::low, Quantity::high)
        .containsExactly(null, null);
  }

  @Test
  void refusesNegativeAndInvertedBounds() {
    assertThatThrownBy(() -> new Quantity(Hedge.RANGE, 5L, 9L, 3L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantity.exact(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aClaimNeedsEvidenceAndAValueThatFitsItsSlot() {
    Span span = new Span("d", 0, 10);
    LocalDate day = LocalDate.of(2021, 8, 26);

    assertThatThrownBy(
            () ->
                new Claim(
                    Slot.FATALITIES, Quantity.exact(1), null, null, Attribution.REPORTER, day))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () ->
                new Claim(
                    Slot.FATALITIES, EventDate.day(day), null, span, Attribution.REPORTER, day))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new Claim(Slot.DATE, EventDate.day(day), null, span, Attribution.REPORTER, day).slot())
        .isEqualTo(Slot.DATE);
  }
}
