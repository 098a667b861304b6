package org.sitrep.engine.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentQuality;
import org.sitrep.model.EventMention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

class EventJsonTest {
  private static Document document(String text) {
    return new Document(
        "doc",
        "hash",
        "doc",
        null,
        null,
        null,
        PublicationDate.unknown("none"),
        "en",
        text,
        text,
        OffsetMap.empty(),
        DocumentQuality.CLEAN);
  }

  /** An event whose claims are the given phrases of the text, each with its slot and count. */
  private static ObjectNode event(String text, Object... slotPhraseCount) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < slotPhraseCount.length; i += 3) {
      String phrase = (String) slotPhraseCount[i + 1];
      int start = text.indexOf(phrase);
      claims.add(
          new Claim(
              (Slot) slotPhraseCount[i],
              Quantity.exact((Integer) slotPhraseCount[i + 2]),
              null,
              new Span("doc", start, start + phrase.length()),
              Attribution.REPORTER,
              null));
    }
    EventMention event =
        new EventMention("doc#0", SubEventType.ATTACK, new Span("doc", 0, 1), false, claims);
    return EventJson.of(event, document(text));
  }

  @Test
  void countsAManShotWhoThenDiedAsKilledNotInjured() {
    String text = "A man was shot on Main Street. He died at the hospital.";

    ObjectNode node =
        event(text, Slot.INJURIES, "A man was shot", 1, Slot.FATALITIES, "He died", 1);

    assertThat(node.at("/fatalities/best").asLong()).isEqualTo(1);
    assertThat(node.at("/injuries/best").asLong()).isZero();
  }

  @Test
  void leavesTheInjuredAmongPeopleShotOnceTheDeadAreTold() {
    String text = "Three people were shot, two fatally.";

    ObjectNode node =
        event(text, Slot.INJURIES, "Three people were shot", 3, Slot.FATALITIES, "two fatally", 2);

    assertThat(node.at("/injuries/best").asLong()).isEqualTo(1);
  }

  @Test
  void keepsPeopleShotAsInjuredWhenNoDeathIsTold() {
    String text = "A woman was shot in the arm.";

    ObjectNode node = event(text, Slot.INJURIES, "A woman was shot", 1);

    assertThat(node.at("/injuries/best").asLong()).isEqualTo(1);
    assertThat(node.at("/fatalities/best").isNull()).isTrue();
  }

  @Test
  void prefersToldWoundedOverPeopleShot() {
    String text = "A man was shot and killed. A woman was wounded.";

    ObjectNode node =
        event(
            text,
            Slot.FATALITIES,
            "A man was shot and killed",
            1,
            Slot.INJURIES,
            "A woman was wounded",
            1);

    assertThat(node.at("/injuries/best").asLong()).isEqualTo(1);
  }

  @Test
  void saysWhenAClaimsWordsAreTheHeadlines() {
    String text = "A man was shot on Main Street.";
    Document titled =
        new Document(
            "doc",
            "hash",
            "doc",
            null,
            null,
            "Man shot in Springfield",
            PublicationDate.unknown("none"),
            "en",
            text,
            text,
            OffsetMap.empty(),
            DocumentQuality.CLEAN);
    Claim town =
        new Claim(
            Slot.PLACE,
            new Place(
                "Springfield", "Illinois", "US", "United States", 39.8, -89.6, PlacePrecision.TOWN),
            null,
            Span.ofTitle("doc", 12, 23),
            Attribution.REPORTER,
            null);
    Claim shot =
        new Claim(
            Slot.INJURIES,
            Quantity.exact(1),
            null,
            new Span("doc", 0, 14),
            Attribution.REPORTER,
            null);

    ObjectNode node =
        EventJson.of(
            new EventMention(
                "doc#0", SubEventType.ATTACK, new Span("doc", 0, 1), false, List.of(town, shot)),
            titled);

    assertThat(node.at("/claims/0/text").asText()).isEqualTo("Springfield");
    assertThat(node.at("/claims/0/in").asText()).isEqualTo("title");
    assertThat(node.at("/claims/1/text").asText()).isEqualTo("A man was shot");
    assertThat(node.at("/claims/1/in").isMissingNode()).isTrue();
  }
}
