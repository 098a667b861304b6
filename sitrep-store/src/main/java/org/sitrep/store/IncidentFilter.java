package org.sitrep.store;

import java.time.LocalDate;

/**
 * Which stored incidents to list. Each criterion is null when not set; set ones must all hold.
 *
 * @param since incidents dated on or after this day (an undated incident never matches)
 * @param until incidents dated on or before this day (an undated incident never matches)
 * @param country an ISO 3166-1 alpha-2 code or a country's English name, any case
 * @param type an ACLED event type or sub-event type ("Explosions/Remote violence", "Suicide bomb"),
 *     any case
 * @param actor words of an actor's name, any case: matches any actor a claim names (perpetrator,
 *     target, victim, claimed or denied by), by its canonical name or the words of the text
 * @param words a full-text query of the incidents in the syntax of {@link SearchQuery} (over their
 *     id, type, place, actors with their aliases, and the sentences of their claims); a text that
 *     is not a valid query fails the listing with {@link SearchSyntaxException}
 */
public record IncidentFilter(
    LocalDate since, LocalDate until, String country, String type, String actor, String words) {
  /** Every incident. */
  public static final IncidentFilter ALL = new IncidentFilter(null, null, null, null, null, null);

  public IncidentFilter {
    if (since != null && until != null && since.isAfter(until)) {
      throw new IllegalArgumentException("since " + since + " is after until " + until);
    }
    if (words != null && words.isBlank()) {
      throw new IllegalArgumentException("words must not be blank");
    }
  }

  /** A filter without words. */
  public IncidentFilter(
      LocalDate since, LocalDate until, String country, String type, String actor) {
    this(since, until, country, type, actor, null);
  }

  /** This filter with these words (null for none). */
  public IncidentFilter withWords(String newWords) {
    return new IncidentFilter(since, until, country, type, actor, newWords);
  }
}
