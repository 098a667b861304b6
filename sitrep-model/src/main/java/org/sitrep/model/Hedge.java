package org.sitrep.model;

/** How a text hedges a number: the words around it that make it a bound or an estimate. */
public enum Hedge {
  /** "13", "thirteen". */
  EXACT,
  /** "at least 60", "no fewer than 60", "a minimum of 60". */
  AT_LEAST,
  /** "more than 100", "over 100", "upwards of 100". */
  MORE_THAN,
  /** "up to 15", "at most 15", "as many as 15". */
  AT_MOST,
  /** "fewer than 10", "less than 10", "under 10". */
  FEWER_THAN,
  /** "nearly 60", "almost 60", "close to 60": just under. */
  NEARLY,
  /** "about 60", "around 60", "some 60", "approximately 60", "an estimated 60". */
  ABOUT,
  /** "10 to 15", "between 10 and 15", "10-15". */
  RANGE,
  /** A number word with no figure: "dozens", "scores", "hundreds", "several", "a few". */
  VAGUE
}
