package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.AttackType;
import org.sitrep.model.FigureEstimate;
import org.sitrep.model.SubEventType;

class AttackClassifierTest {
  private static final FigureEstimate NONE = FigureEstimate.UNKNOWN;
  private static final FigureEstimate TWO = new FigureEstimate(2L, 2L, 2L);
  private final AttackClassifier classifier = new AttackClassifier();

  private AttackClassifier.Types classify(SubEventType subtype, String told, FigureEstimate dead) {
    return classifier.classify(subtype, told, dead, NONE);
  }

  @Test
  void makesAnArmedAttackOnAPolicePostABattle() {
    AttackClassifier.Types types =
        classify(
            SubEventType.ATTACK,
            "Assailants opened fire on a police checkpoint in Kandahar city.",
            TWO);

    assertThat(types.subtype()).isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(types.attackType()).isEqualTo(AttackType.ARMED_ASSAULT);
  }

  @Test
  void keepsAnAttackOnCiviliansViolenceAgainstCivilians() {
    AttackClassifier.Types types =
        classify(SubEventType.ATTACK, "Gunmen opened fire on a minibus carrying passengers.", TWO);

    assertThat(types.subtype()).isEqualTo(SubEventType.ATTACK);
  }

  @Test
  void keepsABombingOfSoldiersAnExplosion() {
    AttackClassifier.Types types =
        classify(
            SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
            "A roadside bomb targeted an army patrol.",
            TWO);

    assertThat(types.subtype()).isEqualTo(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    assertThat(types.attackType()).isEqualTo(AttackType.BOMBING_EXPLOSION);
  }

  @Test
  void takesTheKillingOfAnOfficeHolderForAnAssassination() {
    assertThat(
            classify(
                    SubEventType.ATTACK,
                    "Insurgents shot dead a village headman.",
                    new FigureEstimate(1L, 1L, 1L))
                .attackType())
        .isEqualTo(AttackType.ASSASSINATION);
    assertThat(
            classify(
                    SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
                    "Gunmen kidnapped the district commissioner.",
                    NONE)
                .attackType())
        .isEqualTo(AttackType.KIDNAPPING);
  }

  @Test
  void followsGtdPrecedenceForSiegesHijackingsAndArson() {
    assertThat(
            classify(
                    SubEventType.ATTACK,
                    "Gunmen held guests hostage before troops ended the siege.",
                    TWO)
                .attackType())
        .isEqualTo(AttackType.BARRICADE_INCIDENT);
    assertThat(
            classify(
                    SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
                    "Armed men hijacked a fuel tanker and took the driver hostage.",
                    NONE)
                .attackType())
        .isEqualTo(AttackType.HIJACKING);
    AttackClassifier.Types arson =
        classify(
            SubEventType.LOOTING_PROPERTY_DESTRUCTION,
            "Assailants set fire to a school.",
            new FigureEstimate(0L, 0L, 0L));
    assertThat(arson.attackType()).isEqualTo(AttackType.FACILITY_INFRASTRUCTURE_ATTACK);
    assertThat(arson.subtype()).isEqualTo(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
  }

  @Test
  void takesAnAcidAttackForAnUnarmedAssault() {
    assertThat(
            classify(SubEventType.ATTACK, "A man threw acid at two students.", NONE).attackType())
        .isEqualTo(AttackType.UNARMED_ASSAULT);
  }
}
