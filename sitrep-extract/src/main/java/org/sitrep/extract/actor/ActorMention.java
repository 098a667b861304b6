package org.sitrep.extract.actor;

import static java.util.Objects.requireNonNull;

import org.sitrep.model.Actor;

/**
 * One occurrence of an actor's alias in a text.
 *
 * @param start offset of the first character, in UTF-16 code units of the text searched
 * @param end offset after the last character
 * @param text the text at {@code [start, end)}, as written
 * @param needsContext the alias also names something else (another actor, a file format, a
 *     currency...): the mention is a candidate that the surrounding text has to confirm
 */
public record ActorMention(
    int start, int end, String text, Actor actor, boolean needsContext, MentionOrigin origin) {
  public ActorMention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention [" + start + ", " + end + ")");
    }
    requireNonNull(text, "text");
    requireNonNull(actor, "actor");
    requireNonNull(origin, "origin");
  }
}
