package org.sitrep.resolve.link;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;

/**
 * What linking knows of one account: the mention and the features read off it and its document.
 *
 * @param published the document's publication date, or null
 * @param date the account's own date of the event, or null
 * @param place the account's place, or null
 * @param perpetrators canonical names of the perpetrators it names
 * @param terms the weighted words of the account (set by {@link TermVectors})
 * @param main whether this is its document's main account (the first current one)
 * @param weekday the weekday its sentences name ("on Thursday") when neither it nor its document is
 *     dated, or null: the incident it joins may know the week
 * @param names the full names of the people it tells of, officials left out ({@link PersonNames})
 * @param scene the streets and clock times it tells ({@link Scene})
 */
public record MentionProfile(
    EventMention mention,
    String documentId,
    LocalDate published,
    EventDate date,
    Place place,
    Set<String> perpetrators,
    Map<String, Double> terms,
    boolean main,
    DayOfWeek weekday,
    Set<String> names,
    Scene scene) {
  public MentionProfile {
    requireNonNull(mention, "mention");
    requireNonNull(documentId, "documentId");
    perpetrators = Set.copyOf(requireNonNull(perpetrators, "perpetrators"));
    terms = Map.copyOf(requireNonNull(terms, "terms"));
    names = Set.copyOf(requireNonNull(names, "names"));
    requireNonNull(scene, "scene");
  }

  /** A profile that tells no scene. */
  public MentionProfile(
      EventMention mention,
      String documentId,
      LocalDate published,
      EventDate date,
      Place place,
      Set<String> perpetrators,
      Map<String, Double> terms,
      boolean main,
      DayOfWeek weekday,
      Set<String> names) {
    this(
        mention,
        documentId,
        published,
        date,
        place,
        perpetrators,
        terms,
        main,
        weekday,
        names,
        Scene.NONE);
  }

  /** A profile that names no one. */
  public MentionProfile(
      EventMention mention,
      String documentId,
      LocalDate published,
      EventDate date,
      Place place,
      Set<String> perpetrators,
      Map<String, Double> terms,
      boolean main,
      DayOfWeek weekday) {
    this(mention, documentId, published, date, place, perpetrators, terms, main, weekday, Set.of());
  }

  public String id() {
    return mention.id();
  }

  public boolean background() {
    return mention.background();
  }

  /** The day the account is anchored to for blocking: its event date, else its publication. */
  public LocalDate anchor() {
    return date != null ? date.value() : published;
  }

  MentionProfile withTerms(Map<String, Double> weighted) {
    return new MentionProfile(
        mention,
        documentId,
        published,
        date,
        place,
        perpetrators,
        weighted,
        main,
        weekday,
        names,
        scene);
  }
}
