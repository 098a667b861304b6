package org.sitrep.resolve.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.Fixtures.report;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

class PersonNamesTest {
  @Test
  void aFullNameIsItsFirstAndLastWordWithoutInitialsOrSuffix() {
    assertThat(PersonNames.fullName("Cedric D. Lomax Jr.")).isEqualTo("cedric lomax");
    assertThat(PersonNames.fullName("“Joshua” Guzman")).isEqualTo("joshua guzman");
    assertThat(PersonNames.fullName("Lomax")).isNull();
    assertThat(PersonNames.fullName("Ben Taub Hospital")).isNull();
  }

  @Test
  void officialsAndCreditsAreNoPeopleOfTheShooting() {
    Report report =
        report(
                "r",
                LocalDate.of(2021, 3, 8),
                "Owen Pratt, 31, was shot Friday, said Police Chief Ann Ray. Dale Voss, a police"
                    + " spokesman, asked for tips. Judge Mara Quill set bond. Kim Yates/WXYZ took"
                    + " the photo.")
            .person("Owen Pratt")
            .person("Ann Ray")
            .person("Dale Voss")
            .person("Mara Quill")
            .person("Kim Yates")
            .event(SubEventType.ATTACK, "shot")
            .build();

    assertThat(PersonNames.in(PersonNames.of(report), null)).containsExactly("owen pratt");
  }
}
