package org.sitrep.model;

import static java.util.Objects.requireNonNull;

/**
 * A named entity or numeric expression found in the text.
 *
 * @param type the entity type: {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code
 *     COUNTRY}, {@code CITY}, {@code STATE_OR_PROVINCE}, {@code NUMBER}, {@code DATE}, ...
 * @param start offset into the clean text
 * @param end offset into the clean text, exclusive
 * @param normalized the normalized value with its hedge for numbers ({@code ">=12.0"}, {@code
 *     "~60.0"}) and the resolved value for dates, or null
 * @param sentence index of the sentence the mention is in
 */
public record EntityMention(
    String type, String text, int start, int end, String normalized, int sentence) {
  public EntityMention {
    requireNonNull(type, "type");
    requireNonNull(text, "text");
    if (start < 0 || end < start || sentence < 0) {
      throw new IllegalArgumentException("bad mention " + text);
    }
  }
}
