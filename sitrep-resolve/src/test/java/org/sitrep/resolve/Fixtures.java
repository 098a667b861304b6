package org.sitrep.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentQuality;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.Token;

/**
 * Small reports built by hand: a text split into sentences at full stops and into tokens at spaces,
 * and one event told by it with the claims a test gives, each claim's evidence being the first
 * occurrence of its words.
 */
public final class Fixtures {
  private static final Pattern SENTENCE = Pattern.compile("[^.]+\\.?");
  private static final Pattern TOKEN = Pattern.compile("[^\\s.,]+");

  public static final Place KABUL =
      new Place("Kabul", "Kabul", "AF", "Afghanistan", 34.53, 69.17, PlacePrecision.TOWN);
  public static final Place GARY =
      new Place("Gary", "Indiana", "US", "United States", 41.59, -87.35, PlacePrecision.TOWN);
  public static final Place DALLAS =
      new Place("Dallas", "Texas", "US", "United States", 32.78, -96.8, PlacePrecision.TOWN);

  private Fixtures() {}

  public static Document document(String id, LocalDate published, String text) {
    PublicationDate date =
        published == null
            ? PublicationDate.unknown("none")
            : PublicationDate.of(published, DateEvidence.INPUT, "test");
    return new Document(
        id,
        Integer.toHexString(text.hashCode()),
        id,
        null,
        null,
        null,
        date,
        "en",
        text,
        text,
        OffsetMap.identity(),
        DocumentQuality.CLEAN);
  }

  public static AnnotatedDocument annotate(Document document) {
    return annotate(document, List.of());
  }

  /** The document annotated, with the persons given as words of its text. */
  public static AnnotatedDocument annotate(Document document, List<String> persons) {
    List<Sentence> sentences = new ArrayList<>();
    Matcher sentence = SENTENCE.matcher(document.text());
    int index = 0;
    while (sentence.find()) {
      List<Token> tokens = new ArrayList<>();
      Matcher token = TOKEN.matcher(sentence.group());
      while (token.find()) {
        int start = sentence.start() + token.start();
        tokens.add(
            new Token(
                tokens.size(),
                token.group(),
                start,
                start + token.group().length(),
                token.group().toLowerCase(Locale.ROOT),
                "NN",
                "O"));
      }
      sentences.add(new Sentence(index++, sentence.start(), sentence.end(), tokens, List.of()));
    }
    List<EntityMention> entities = new ArrayList<>();
    for (String person : persons) {
      int start = document.text().indexOf(person);
      if (start < 0) {
        throw new IllegalArgumentException("not in the text: " + person);
      }
      int in =
          sentences.stream()
              .filter(one -> one.start() <= start)
              .mapToInt(Sentence::index)
              .max()
              .orElse(0);
      entities.add(new EntityMention("PERSON", person, start, start + person.length(), null, in));
    }
    return new AnnotatedDocument(document, sentences, entities, List.of(), "test");
  }

  /** A builder of one report that tells of events. */
  public static ReportBuilder report(String id, LocalDate published, String text) {
    return new ReportBuilder(document(id, published, text));
  }

  /** Builds a report event by event. */
  public static final class ReportBuilder {
    private final Document document;
    private final List<EventMention> events = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private SubEventType subtype;
    private Span trigger;
    private boolean background;
    private final List<String> persons = new ArrayList<>();

    ReportBuilder(Document document) {
      this.document = document;
    }

    public ReportBuilder event(SubEventType type, String triggerWords) {
      close();
      subtype = type;
      trigger = span(triggerWords);
      background = false;
      return this;
    }

    /** A person the tagger finds in the text, as it is written there. */
    public ReportBuilder person(String words) {
      persons.add(words);
      return this;
    }

    public ReportBuilder recalled() {
      background = true;
      return this;
    }

    public ReportBuilder figure(Slot slot, Quantity quantity, String words) {
      return claim(slot, quantity, null, words, Attribution.REPORTER);
    }

    public ReportBuilder group(Slot slot, Quantity quantity, String group, String words) {
      return claim(slot, quantity, group, words, Attribution.REPORTER);
    }

    public ReportBuilder boast(Slot slot, Quantity quantity, String words) {
      return claim(
          slot, quantity, null, words, new Attribution(Attribution.Kind.PERPETRATOR, "Amaq"));
    }

    public ReportBuilder on(LocalDate day, String words) {
      return claim(Slot.DATE, EventDate.day(day), null, words, Attribution.REPORTER);
    }

    public ReportBuilder at(Place place, String words) {
      return claim(Slot.PLACE, place, null, words, Attribution.REPORTER);
    }

    /** A place named in the report's headline, at {@code [start, end)} of the title. */
    public ReportBuilder atInTitle(Place place, int start, int end) {
      claims.add(
          new Claim(
              Slot.PLACE,
              place,
              null,
              Span.ofTitle(document.id(), start, end),
              Attribution.REPORTER,
              document.published().value()));
      return this;
    }

    private ReportBuilder claim(
        Slot slot, org.sitrep.model.ClaimValue value, String group, String words, Attribution by) {
      claims.add(new Claim(slot, value, group, span(words), by, document.published().value()));
      return this;
    }

    private Span span(String words) {
      int start = document.text().indexOf(words);
      if (start < 0) {
        throw new IllegalArgumentException("not in the text: " + words);
      }
      return new Span(document.id(), start, start + words.length());
    }

    private void close() {
      if (subtype != null) {
        events.add(
            new EventMention(
                document.id() + "#" + trigger.start(), subtype, trigger, background, claims));
        claims.clear();
      }
    }

    public Report build() {
      close();
      subtype = null;
      return new Report(annotate(document, persons), events);
    }
  }
}
