package org.sitrep.resolve.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupNamesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "US personnel, US military",
    "American soldiers, US military",
    "U.S. service members, US military",
    "U.S. military personnel, US military",
    "US troops, US military",
    "Afghan civilians, Afghan civilians",
    "civilians, civilians",
    "police officers, police",
    "Iraqi policemen, Iraqi police",
    "children, children",
    "attackers, attackers",
    "gunmen, attackers",
    "aid workers, aid workers",
    "British aid workers, UK aid workers"
  })
  void groupsWordedDifferentlyGetOneName(String words, String name) {
    assertThat(GroupNames.normalize(words)).isEqualTo(name);
  }
}
