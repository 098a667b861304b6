package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorReference;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.AttackType;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimValue;
import org.sitrep.model.Conflict;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Estimate;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.GroupEstimate;
import org.sitrep.model.Incident;
import org.sitrep.model.MergeDecision;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Slot;
import org.sitrep.model.Sources;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Reports and incidents for tests, built by hand so that every kind of claim value, every hedge and
 * every optional field (set and unset) occurs.
 */
final class Accounts {
  static final String TEXT =
      "At least 60 people were killed in Kabul on \"Thursday\", officials said. IS-K claimed it.";
  static final Place KABUL =
      new Place("Kabul", "Kabul", "AF", "Afghanistan", 34.53, 69.17, PlacePrecision.TOWN);
  static final Place SOMEWHERE =
      new Place("the north", null, null, null, null, null, PlacePrecision.REGION);
  static final Actor ISKP =
      new Actor(
          "Islamic State Khorasan Province",
          List.of("ISIS-K", "IS-K"),
          ActorKind.REBEL_GROUP,
          null);

  private Accounts() {}

  /** A report of {@code id} telling of one bombing with every kind of claim. */
  static Report report(String id) {
    Document document = Reports.report(id, TEXT + " " + id);
    return new Report(annotation(document), List.of(bombing(id), recalled(id)));
  }

  static AnnotatedDocument annotation(Document document) {
    List<Token> first =
        List.of(
            new Token(0, "At", 0, 2, "at", "IN", "O"),
            new Token(1, "least", 3, 8, "least", "JJS", "O"),
            new Token(2, "60", 9, 11, null, "CD", "NUMBER"),
            // CoreNLP writes quotes its own way: a token whose text is not the clean text's.
            new Token(3, "``", 43, 44, "``", "``", "O"));
    List<Token> second = List.of(new Token(0, "IS-K", 71, 75, null, null, "ORGANIZATION"));
    return new AnnotatedDocument(
        document,
        List.of(
            new Sentence(
                0,
                0,
                70,
                first,
                List.of(new Dependency("root", -1, 2), new Dependency("advmod", 2, 1))),
            new Sentence(1, 71, 87, second, List.of())),
        List.of(
            new EntityMention("NUMBER", "60", 9, 11, ">=60.0", 0),
            new EntityMention("ORGANIZATION", "IS-K", 71, 75, null, 1)),
        List.of(
            new TimeExpression("Thursday", 44, 52, "DATE", "XXXX-WXX-4", 0),
            new TimeExpression("now", 0, 0, "DATE", null, 0)),
        "test annotator");
  }

  private static EventMention bombing(String id) {
    List<Claim> claims = new ArrayList<>();
    claims.add(claim(id, Slot.FATALITIES, Quantity.atLeast(60), null, officials()));
    claims.add(claim(id, Slot.FATALITIES, Quantity.exact(13), "US military", Attribution.REPORTER));
    claims.add(claim(id, Slot.INJURIES, Quantity.between(140, 150), null, Attribution.REPORTER));
    claims.add(claim(id, Slot.CASUALTIES, Quantity.vague(24L, null), null, perpetrators()));
    claims.add(claim(id, Slot.MISSING, Quantity.about(5), null, Attribution.REPORTER));
    claims.add(claim(id, Slot.ARRESTED, Quantity.fewerThan(3), null, Attribution.REPORTER));
    claims.add(claim(id, Slot.DATE, EventDate.day(LocalDate.of(2021, 8, 26)), null, officials()));
    claims.add(
        claim(
            id,
            Slot.DATE,
            new EventDate(LocalDate.of(2021, 8, 23), DatePrecision.WEEK, null),
            null,
            Attribution.REPORTER));
    claims.add(claim(id, Slot.PLACE, KABUL, null, Attribution.REPORTER));
    claims.add(claim(id, Slot.PLACE, SOMEWHERE, null, Attribution.REPORTER));
    // The headline's town: a span of the title, which must come back as one.
    claims.add(
        new Claim(
            Slot.PLACE,
            KABUL,
            null,
            Span.ofTitle(id, 0, 5),
            Attribution.REPORTER,
            LocalDate.of(2021, 8, 27)));
    claims.add(
        claim(id, Slot.CLAIMED_BY, new ActorReference("IS-K", ISKP, "Amaq"), null, perpetrators()));
    claims.add(
        claim(
            id,
            Slot.TARGET,
            new ActorReference("American troops", null, null),
            null,
            Attribution.REPORTER));
    return new EventMention(
        id + "#9",
        SubEventType.SUICIDE_BOMB,
        new Span(id, 22, 28),
        false,
        claims,
        AttackType.BOMBING_EXPLOSION);
  }

  private static EventMention recalled(String id) {
    // An account only the headline tells: its trigger is a span of the title, and must come back
    // as one.
    return new EventMention(
        id + "#80", SubEventType.ATTACK, Span.ofTitle(id, 0, 5), true, List.of());
  }

  private static Claim claim(
      String id, Slot slot, ClaimValue value, String group, Attribution attribution) {
    return new Claim(
        slot,
        value,
        group,
        new Span(id, 0, 11),
        attribution,
        attribution.isPerpetrator() ? null : LocalDate.of(2021, 8, 27));
  }

  private static Attribution officials() {
    return new Attribution(Attribution.Kind.OFFICIAL, "Taliban officials");
  }

  private static Attribution perpetrators() {
    return new Attribution(Attribution.Kind.PERPETRATOR, "Amaq");
  }

  /** An incident of the first accounts of these reports, with every part filled. */
  static Incident incident(String id, LocalDate date, Report... reports) {
    List<EventMention> mentions = new ArrayList<>();
    for (Report report : reports) {
      mentions.add(report.events().get(0));
    }
    Claim sixty = mentions.get(0).claims().get(0);
    Claim thirteen = mentions.get(0).claims().get(1);
    Claim injured = mentions.get(mentions.size() - 1).claims().get(2);
    return new Incident(
        id,
        SubEventType.SUICIDE_BOMB,
        new EventDate(date, DatePrecision.DAY, date.toString()),
        KABUL,
        false,
        mentions,
        new Estimate(60L, 73L, null, List.of(sixty, thirteen)),
        new Estimate(140L, 140L, 150L, List.of(injured)),
        List.of(new GroupEstimate("US military", new Estimate(13L, 13L, 13L, List.of(thirteen)))),
        List.of(new ActorReference("IS-K", ISKP, "Amaq")),
        mentions.stream().map(m -> m.trigger().documentId()).distinct().sorted().toList(),
        new Sources(reports.length, 1, reports.length > 1 ? copies(reports) : Map.of()),
        List.of(
            new Conflict(
                "fatalities",
                List.of(
                    new Conflict.Value("at least 60", List.of(sixty)),
                    new Conflict.Value("13", List.of(thirteen))),
                "the highest figure stated")),
        reports.length > 1
            ? List.of(
                new MergeDecision(
                    mentions.get(1).id(),
                    mentions.get(0).id(),
                    0.4123456789,
                    Map.of("words", 0.3141592653589793, "same town", 0.05),
                    "score 0.41 above the threshold 0.10"))
            : List.of());
  }

  private static Map<String, String> copies(Report... reports) {
    return Map.of(reports[1].document().id(), reports[0].document().id());
  }
}
