package org.sitrep.ingest.text;

/** Which characters the cleaner treats as line breaks and as blanks. */
final class Whitespace {
  private Whitespace() {}

  /** Ends a line: LF, CR, NEL, form feed and the Unicode line and paragraph separators. */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\f' || c == '\u2028' || c == '\u2029';
  }

  /**
   * Blank for collapsing: Java whitespace, Unicode space separators (no-break spaces), control
   * characters and the invisible zero-width space and byte-order mark that pages leave behind. The
   * zero-width (non-)joiners are not blank: Persian and Indic spelling needs them.
   */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.isISOControl(c)
        || c == '\u200B'
        || c == '\u2060'
        || c == '\uFEFF';
  }
}
