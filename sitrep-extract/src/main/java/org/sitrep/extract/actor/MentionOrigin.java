package org.sitrep.extract.actor;

/** Where the name behind an {@link ActorMention} comes from. */
public enum MentionOrigin {
  /** An alias of the bundled dictionary. */
  DICTIONARY,
  /** An alias of a dictionary actor that the document itself defines ("X, also known as Y"). */
  LEARNED_ALIAS,
  /**
   * A group the dictionary does not know, defined by the document ("the Movement for Oneness and
   * Jihad in West Africa (MUJAO)"); its actor exists only for this document.
   */
  DOCUMENT_LOCAL,
  /**
   * The media outlet of an actor ("Amaq" for the Islamic State): a claim channel, not the actor.
   */
  MEDIA_OUTLET
}
