package org.sitrep.store;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorReference;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * The index's fields, and the Lucene entry of a stored document or incident. Text fields keep their
 * words' offsets, so highlights come from the index without analysing the text again.
 */
final class SearchFields {
  /** One entry's identity in the index: kind and id (a document's content hash). */
  static final String KEY = "key";

  static final String KIND = "kind";
  static final String ID = "id";
  static final String LABEL = "label";
  static final String DATE = "date";

  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String SOURCE = "source";
  static final String PUBLISHED = "published";

  static final String TYPE = "type";
  static final String PLACE = "place";
  static final String ACTORS = "actors";
  static final String CLAIMS = "claims";

  /** The fields a query's bare words search, with how much a match in each counts. */
  static final Map<String, Float> SEARCHED =
      Map.ofEntries(
          Map.entry(ID, 1f),
          Map.entry(TITLE, 2f),
          Map.entry(TEXT, 1f),
          Map.entry(SOURCE, 0.5f),
          Map.entry(PUBLISHED, 0.5f),
          Map.entry(TYPE, 1.5f),
          Map.entry(PLACE, 1.5f),
          Map.entry(ACTORS, 1.5f),
          Map.entry(CLAIMS, 1f),
          Map.entry(DATE, 0.5f));

  /** The fields fragments are taken from, by kind, in the order shown. */
  static final List<String> DOCUMENT_HIGHLIGHTS = List.of(TITLE, TEXT, SOURCE);

  static final List<String> INCIDENT_HIGHLIGHTS = List.of(CLAIMS, ACTORS, PLACE, TYPE);

  /** How far a claim's sentence may reach beyond its words, for text without sentence ends. */
  static final int SENTENCE_REACH = 400;

  private static final FieldType STORED_TEXT = storedTextWithOffsets();

  private SearchFields() {}

  private static FieldType storedTextWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  static String key(SearchKind kind, String id) {
    return kind.label() + ":" + id;
  }

  static Term kindTerm(SearchKind kind) {
    return new Term(KIND, kind.label());
  }

  /** The entry of a stored document, keyed by its clean text. */
  static org.apache.lucene.document.Document of(SearchSource.Text text) {
    org.apache.lucene.document.Document entry =
        entry(SearchKind.DOCUMENT, text.contentHash(), text.id());
    String title = text.title() != null && !text.title().isBlank() ? text.title() : text.id();
    entry.add(new StoredField(LABEL, title));
    addText(entry, TITLE, text.title());
    addText(entry, TEXT, text.text());
    for (String source : distinct(text.source(), text.url(), text.outlet())) {
      addText(entry, SOURCE, source);
    }
    addText(entry, PUBLISHED, text.published());
    return entry;
  }

  /** The entry of a stored incident; its claims' sentences come from {@code documents}. */
  static org.apache.lucene.document.Document of(
      Incident incident, Map<String, Document> documents) {
    org.apache.lucene.document.Document entry =
        entry(SearchKind.INCIDENT, incident.id(), incident.id());
    entry.add(new StoredField(LABEL, label(incident)));
    for (String type : distinct(incident.type().label(), incident.subtype().label())) {
      addText(entry, TYPE, type);
    }
    Place place = incident.place();
    if (place != null) {
      addText(entry, PLACE, String.join(", ", distinct(placeNames(place))));
    }
    for (String actor : actors(incident)) {
      addText(entry, ACTORS, actor);
    }
    for (String claim : claimSentences(incident, documents)) {
      addText(entry, CLAIMS, claim);
    }
    String date = incident.date() != null ? incident.date().value().toString() : null;
    addText(entry, DATE, date);
    return entry;
  }

  /** For people: "Suicide bomb, Kabul, Afghanistan, 2021-08-26". */
  static String label(Incident incident) {
    List<String> parts = new ArrayList<>();
    parts.add(incident.subtype().label());
    Place place = incident.place();
    if (place != null) {
      parts.add(place.name());
      if (place.countryName() != null && !place.countryName().equals(place.name())) {
        parts.add(place.countryName());
      }
    }
    if (incident.date() != null) {
      parts.add(incident.date().value().toString());
    }
    return String.join(", ", parts);
  }

  // The id is a text field too, so a query can name it: "inc-4c1f0a2e" finds that incident.
  private static org.apache.lucene.document.Document entry(SearchKind kind, String key, String id) {
    org.apache.lucene.document.Document entry = new org.apache.lucene.document.Document();
    String fullKey = key(kind, key);
    entry.add(new StringField(KEY, fullKey, Field.Store.NO));
    // Ties in score are broken by key, so the order of hits does not depend on indexing order.
    entry.add(new SortedDocValuesField(KEY, new BytesRef(fullKey)));
    entry.add(new StringField(KIND, kind.label(), Field.Store.YES));
    addText(entry, ID, id);
    return entry;
  }

  private static void addText(org.apache.lucene.document.Document entry, String field, String v) {
    if (v != null && !v.isBlank()) {
      entry.add(new Field(field, v, STORED_TEXT));
    }
  }

  /** A document's publication date or an incident's date, or null. */
  static String date(org.apache.lucene.document.Document entry) {
    String published = entry.get(PUBLISHED);
    return published != null ? published : entry.get(DATE);
  }

  private static List<String> placeNames(Place place) {
    List<String> names = new ArrayList<>();
    names.add(place.name());
    names.add(place.admin1());
    names.add(place.countryName());
    names.add(place.country());
    return names;
  }

  /**
   * Each actor's names, one value each: its canonical name, then every other name (the words of the
   * reports, its aliases) and the channel of a claim, each with the canonical name beside it.
   */
  private static List<String> actors(Incident incident) {
    Map<String, Set<String>> names = new java.util.LinkedHashMap<>();
    List<ActorReference> references = new ArrayList<>(incident.claimedBy());
    for (Claim claim : incident.claims()) {
      if (claim.value() instanceof ActorReference reference) {
        references.add(reference);
      }
    }
    for (ActorReference reference : references) {
      Set<String> values = names.computeIfAbsent(reference.name(), name -> new LinkedHashSet<>());
      values.add(reference.name());
      values.add(reference.named() + " (" + reference.name() + ")");
      Actor actor = reference.actor();
      if (actor != null) {
        actor.aliases().forEach(alias -> values.add(alias + " (" + reference.name() + ")"));
      }
      if (reference.via() != null) {
        values.add(reference.name() + ", via " + reference.via());
      }
    }
    List<String> values = new ArrayList<>();
    names.forEach(
        (name, forms) ->
            forms.stream()
                .filter(form -> !form.equals(name + " (" + name + ")"))
                .forEach(values::add));
    return values;
  }

  /**
   * The sentence each claim stands in (its evidence span widened to the sentence around it, at most
   * {@link #SENTENCE_REACH} characters either side), each distinct sentence once, in the order of
   * the accounts.
   */
  private static Set<String> claimSentences(Incident incident, Map<String, Document> documents) {
    Set<String> sentences = new LinkedHashSet<>();
    Map<String, BreakIterator> breaks = new HashMap<>();
    for (Claim claim : incident.claims()) {
      Span span = claim.evidence();
      Document document = documents.get(span.documentId());
      if (document == null || span.inTitle() || span.end() > document.text().length()) {
        continue;
      }
      String text = document.text();
      BreakIterator sentence =
          breaks.computeIfAbsent(
              span.documentId(),
              id -> {
                BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
                iterator.setText(text);
                return iterator;
              });
      int start = Math.max(sentence.preceding(span.start() + 1), span.start() - SENTENCE_REACH);
      int end = sentence.following(Math.max(span.start(), span.end() - 1));
      end = Math.min(end == BreakIterator.DONE ? text.length() : end, span.end() + SENTENCE_REACH);
      sentences.add(text.substring(Math.max(0, start), end).strip());
    }
    return sentences;
  }

  private static List<String> distinct(String... values) {
    return distinct(java.util.Arrays.asList(values));
  }

  private static List<String> distinct(List<String> values) {
    Set<String> kept = new LinkedHashSet<>();
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        kept.add(value.strip());
      }
    }
    return List.copyOf(kept);
  }
}
