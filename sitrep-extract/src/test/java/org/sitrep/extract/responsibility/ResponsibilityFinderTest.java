package org.sitrep.extract.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.actor.ActorDictionary;
import org.sitrep.model.Slot;

class ResponsibilityFinderTest {
  private static final ActorDictionary ACTORS = ActorDictionary.standard();
  private final ResponsibilityFinder finder = new ResponsibilityFinder(ACTORS);

  private static List<String> names(List<Responsibility> found, Slot slot) {
    return found.stream().filter(r -> r.slot() == slot).map(r -> r.actor().actor().name()).toList();
  }

  @Test
  void readsAClaimOfResponsibility() {
    List<Responsibility> found = finder.find("Al-Shabaab claimed responsibility for the incident.");

    assertThat(names(found, Slot.CLAIMED_BY)).containsExactly("al-Shabaab");
  }

  @Test
  void keepsTheBlameThatFollowsNoGroupClaimingResponsibility() {
    List<Responsibility> found =
        finder.find(
            "No group claimed responsibility; however, sources attributed the attack to the"
                + " Taliban.");

    assertThat(names(found, Slot.CLAIMED_BY)).isEmpty();
    assertThat(names(found, Slot.PERPETRATOR)).containsExactly("Taliban");
  }

  @Test
  void keepsTheSuspicionBeforeNoGroupClaimingResponsibility() {
    List<Responsibility> found =
        finder.find(
            "Authorities suspected the Abu Sayyaf Group, although no group claimed"
                + " responsibility.");

    assertThat(names(found, Slot.PERPETRATOR)).containsExactly("Abu Sayyaf");
    assertThat(names(found, Slot.CLAIMED_BY)).isEmpty();
  }

  @Test
  void readsASuspectedGroupBeforeTheWord() {
    assertThat(names(finder.find("Boko Haram is suspected in the attack."), Slot.PERPETRATOR))
        .containsExactly("Boko Haram");
  }

  @Test
  void readsTheDoersNamedAsTheSubjectOfTheAttack() {
    assertThat(
            names(
                finder.find("Boko Haram militants abducted 14 women near Gwoza."),
                Slot.PERPETRATOR))
        .containsExactly("Boko Haram");
    ResponsibilityFinder inColombia = new ResponsibilityFinder(ACTORS, Set.of("CO"));
    assertThat(
            names(
                inColombia.find("Members of the National Liberation Army (ELN) bombed a pipeline."),
                Slot.PERPETRATOR))
        .containsExactly("National Liberation Army");
  }

  @Test
  void takesNoPraiseOrRefusalForAClaim() {
    assertThat(finder.find("Hamas praised the attack but did not claim responsibility.")).isEmpty();
  }

  @Test
  void keepsTheBlameBesideADenial() {
    List<Responsibility> found =
        finder.find(
            "Dan Na Ambassagou militia was blamed for the attack, but the group denied"
                + " involvement.");

    assertThat(names(found, Slot.DENIED_BY)).containsExactly("Dan Na Ambassagou");
    assertThat(names(found, Slot.PERPETRATOR)).containsExactly("Dan Na Ambassagou");
  }

  @Test
  void trustsAnAliasThatNeedsContextOnlyInItsHomeCountry() {
    String sentence = "Suspected Maoists detonated a landmine under a police vehicle.";

    assertThat(new ResponsibilityFinder(ACTORS).find(sentence)).isEmpty();
    assertThat(
            names(new ResponsibilityFinder(ACTORS, Set.of("IN")).find(sentence), Slot.PERPETRATOR))
        .containsExactly("Communist Party of India (Maoist)");
  }

  @Test
  void namesNoOneForUnknownGunmen() {
    assertThat(
            finder.find(
                "Unknown gunmen shot dead a tribal elder. No group claimed responsibility."))
        .isEmpty();
  }
}
