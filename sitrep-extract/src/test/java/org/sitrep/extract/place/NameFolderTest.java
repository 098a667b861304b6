package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFolderTest {
  @Test
  void foldsCaseAccentsAndPunctuation() {
    assertThat(NameFolder.fold("Sévaré")).isEqualTo("sevare");
    assertThat(NameFolder.fold("Jalālābād")).isEqualTo("jalalabad");
    assertThat(NameFolder.fold("  Gilgit-Baltistan ")).isEqualTo("gilgit baltistan");
    assertThat(NameFolder.fold("Łódź")).isEqualTo("lodz");
  }

  @Test
  void apostrophesJoinTheirWords() {
    assertThat(NameFolder.fold("Ma’rib")).isEqualTo("marib");
    assertThat(NameFolder.fold("Sana'a")).isEqualTo("sanaa");
  }

  @Test
  void saintAndFortAbbreviationsAreSpelledOut() {
    assertThat(NameFolder.fold("St. Louis")).isEqualTo(NameFolder.fold("Saint Louis"));
    assertThat(NameFolder.fold("Ft. Worth")).isEqualTo("fort worth");
  }

  @Test
  void aLeadingTheIsDropped() {
    assertThat(NameFolder.fold("The Netherlands")).isEqualTo("netherlands");
  }

  @Test
  void anArabicArticleCanBeDropped() {
    assertThat(NameFolder.withoutArticle("al anbar")).isEqualTo("anbar");
    assertThat(NameFolder.withoutArticle("kabul")).isNull();
  }
}
