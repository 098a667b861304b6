package org.sitrep.extract.place;

import java.util.regex.Pattern;

/**
 * American broadcasters' call signs in a report. A station east of the Mississippi is named W…, one
 * west of it K… ("WSOC", "KPRC", "WGN-TV"), and local news quotes them as sources: "(WBTV)" after a
 * dateline, "WSOC reports", "KHOU 11", "told WAVE". Such a report is American, which decides its
 * ambiguous names when it names no state: "Salisbury" is then the town in North Carolina or
 * Maryland, not the old name of Harare. A bare capitalised word ("WHAT", "KIDS") is no call sign:
 * only the ways a report cites a station count.
 */
public final class CallSigns {
  // Four letters, or three with a band ("WGN-TV"): "(WHO)" is the World Health Organization.
  private static final String SIGN =
      "(?:[KW][A-Z]{3}(?:-(?:TV|DT|FM|AM|CD|LP))?|[KW][A-Z]{2}-(?:TV|FM|AM))";
  private static final Pattern CITED =
      Pattern.compile(
          "\\("
              + SIGN
              + "\\)"
              + "|\\b"
              + SIGN
              + " (?:\\d{1,2}\\b|reports?\\b|reported\\b|said\\b|says\\b|News\\b|Channel\\b"
              + "|TV\\b|Radio\\b)"
              + "|\\b(?:told|affiliate|station) "
              + SIGN
              + "\\b");

  private CallSigns() {}

  /** Whether the text cites an American broadcaster by its call sign. */
  public static boolean citeAmericanStation(String text) {
    return text != null && CITED.matcher(text).find();
  }
}
