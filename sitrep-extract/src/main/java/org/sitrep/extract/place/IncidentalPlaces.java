package org.sitrep.extract.place;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places a report names for something other than where the event happened: where a victim or a
 * suspect lives ("Queshandis Seals, 20, of Waterloo", "a Woodville man"), where the wounded were
 * taken ("a hospital in Modesto", "sent to Dallas for an autopsy"), a place given only to find
 * another ("150 miles northeast of Denver", "near the Athol line") and one someone was going to or
 * coming from ("while driving to Peoria"). Such a place is the event's only when the report gives
 * no other. Stateless.
 */
public final class IncidentalPlaces {
  /** "Seals, 20, of", "Jayden Choate, of", "Smith, both of", "a man from", "residents of". */
  private static final String RESIDENCE_WORDS =
      "(?:\\b\\d{1,3},\\s+(?:of|from)"
          + "|\\p{Lu}[\\p{L}'’-]+,\\s+(?:(?:both|all)\\s+)?(?:of|from)"
          + "|\\b(?:man|woman|men|women|boy|girl|boys|girls|teen|teens|teenager|teenagers|toddler"
          + "|child|children|resident|residents|native|couple|family|student|students|mother"
          + "|father|son|daughter|brother|sister|grandmother|grandfather|boyfriend|girlfriend"
          + "|suspect|suspects|victim|victims|driver|passenger|husband|wife|hunter|hunters|gunman"
          + "|shooter)\\s+(?:of|from)"
          // "was shot near his home in Denmark" tells the scene; "her home in Denmark" alone
          // tells where she lives.
          + "|\\b(?:lives|lived|living|resides|resided|residing"
          + "|(?<!\\b(?:at|near|outside|inside|in|behind|into)\\s(?:his|her|their|a|the|its)\\s)homes?)"
          + "\\s+(?:elsewhere\\s+|with\\s+(?:his|her|their|a|an|the)\\s+\\p{L}+\\s+)?in"
          // "The hunter is from La Crosse", "both from La Crosse", "from the La Crosse area".
          + "|\\b(?:is|are|was|were|both|all|originally)\\s+from(?:\\s+the)?)";

  private static final Pattern RESIDENCE_BEFORE = Pattern.compile(RESIDENCE_WORDS + "\\s+$");

  /**
   * A town named after the part of it where someone lives: "a man from Hyde Park in Chicago", "Jo
   * Doe, 24, of the Miller section of Gary".
   */
  private static final Pattern RESIDENCE_PART_BEFORE =
      Pattern.compile(
          RESIDENCE_WORDS
              + "\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:(?:neighborhood|neighbourhood"
              + "|section|area|community)\\s+(?:of|in)|in)\\s+$");

  /**
   * A person's name and "of": "26-year-old Anthony Shannon of Robbinsdale"; not "the Town of
   * Shelby" or "Northern Arizona University of".
   */
  private static final Pattern NAME_OF =
      Pattern.compile(
          "\\b\\p{Lu}[\\p{Ll}'’-]+\\s+(?!(?:University|City|Town|County|Village|State|Bank"
              + "|Department|Office|College|School|Republic|Province|District|Borough|Township"
              + "|Church|Hospital|Center|Centre|Police|Sheriff|Mayor|Chief|Governor|Court)\\b)"
              + "\\p{Lu}[\\p{Ll}'’-]+\\s+(?:of|from)\\s+$");

  /**
   * "a Woodville man", "an Upper Arlington teenager", "a retired Newburgh police officer", "a
   * Coudersport-area man"; also where someone works: "represented by Phoenix attorney Jo Doe",
   * "shot by a Santa Cruz deputy".
   */
  private static final Pattern RESIDENCE_AFTER =
      Pattern.compile(
          "^(?:-area)?\\s+(?:(?:police|rap|high|middle|elementary)\\s+)?(?:man|woman|men|women|boy|girl|boys"
              + "|girls|teen|teens|teenager|teenagers|toddler|child|resident|residents|native"
              + "|couple|family|mother|father|officer|musician|student|youth|husband|wife"
              + "|attorney|lawyer|deputy|school\\s+student"
              // "a Utah truck driver who shot a man on Interstate 80": where he works from.
              + "|(?:truck\\s+|bus\\s+|cab\\s+)?driver|trucker|motorist|hunter|farmer)\\b");

  /**
   * "hospital in Modesto", "taken to a hospital in", "airlifted to Portneuf Medical Center in", "he
   * is at Mercy Health in" (a hospital system's name).
   */
  private static final Pattern TAKEN_TO =
      Pattern.compile(
          "(?i)(?:\\b(?:hospital|medical\\s+cent(?:er|re)|trauma\\s+cent(?:er|re)|clinic|health"
              + "|infirmary|morgue|coroner'?s\\s+office)\\s+(?:in|at)"
              + "|\\b(?:taken|transported|rushed|flown|airlifted|lifted|sent|transferred|driven"
              + "|moved)\\s+(?:[\\p{L}'’.-]+\\s+){0,8}?(?:to|in))\\s+$");

  /**
   * A gathering after the event, held elsewhere: "a town hall meeting in", "a news conference
   * Monday in", "funeral services are Saturday in". Not a vigil, which is often held at the scene.
   */
  private static final Pattern GATHERING_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:(?:town\\s+hall|community|public|council|board)\\s+meeting|news\\s+conference"
              + "|press\\s+conference|funeral|memorial\\s+service|services)\\s+(?:[\\p{L}'’]+\\s+){0,3}?"
              + "(?:in|at)\\s+$");

  /** "Dallas for an autopsy", "Bellevue Hospital", "the Fayette County Jail". */
  private static final Pattern AUTOPSY_AFTER =
      Pattern.compile(
          "(?i)^\\s+(?:for\\s+(?:an\\s+)?autopsy|(?:(?:County|Regional|General|Memorial"
              + "|Children'?s|Community|University)\\s+)*(?:Hospital|Medical\\s+Cent(?:er|re)"
              + "|Jail|Detention|Correctional))");

  /**
   * A station's credit line, its call sign and its town before the story ("WJAX - Jacksonville",
   * "KHOU 11 – Houston"): where the station is, not where the event was.
   */
  private static final Pattern STATION_CREDIT =
      Pattern.compile(
          "\\n[ \\t]*[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?(?:[ \\t]+\\d{1,2})?[ \\t]*[-–—|][ \\t]*$");

  /**
   * Where the wounded are: "is in Jacksonville recovering", "remains in Tulsa in critical
   * condition", "recovering in Tulsa".
   */
  private static final Pattern RECOVERING_BEFORE = Pattern.compile("(?i)\\brecovering\\s+in\\s+$");

  private static final Pattern WHERE_THE_WOUNDED_ARE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+|now\\s+)?in\\s+$");

  private static final Pattern WHERE_THE_WOUNDED_ARE_AFTER =
      Pattern.compile(
          "(?i)^,?\\s+(?:recovering|in\\s+(?:critical|stable|serious|fair|good|grave)"
              + "(?:\\s+but\\s+stable)?\\s+condition)\\b");

  /**
   * "150 miles northeast of Denver", "a park north of Tampa", "an hour's drive from", "the area
   * between Ronan and"; "echoes of the Tamir Rice case out of Cleveland", another case's town.
   */
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?i)(?:\\bbetween|\\bbetween\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}and)\\s+$"
              + "|\\bcases?\\s+(?:out\\s+of|from)\\s+$"
              // "just east of Portland", "which is south of East Jefferson", "a mobile home park
              // north of Tampa": a place beside the town, not in it; not "in the north of".
              + "|(?<!\\b(?:in|the)\\s)\\b(?:north|south|east|west|northeast|northwest|southeast"
              + "|southwest)\\s+of\\s+$"
              + "|\\b(?:miles?|kilometers?|kilometres?|km|hours?|hour's|minutes?)\\s+(?:drive\\s+)?"
              + "(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east"
              + "|north-west|south-east|south-west)(?:ern)?\\s+)?(?:of|from|outside)\\s+$");

  /**
   * "While driving to Peoria", "on his way home from Peoria", "a day after he moved from Peoria": a
   * town someone was going to or coming from, which the shooting happened on the way to or away
   * from; not "visiting relatives in Peoria".
   */
  private static final Pattern TRAVEL_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:way(?:\\s+(?:home|back))?|headed|heading|traveling|travelling|returning)"
              + "\\s+(?:(?:back|home)\\s+)?(?:to|from|toward|towards)"
              // Not "he drove from Madison to the scene", which tells the way there.
              + "|\\bdriving\\s+(?:back\\s+)?(?:to|toward|towards)|\\b(?:moved|moving)\\s+(?:away\\s+)?(?:to|from))\\s+$");

  /**
   * A school someone attends away from home: "home from a boarding school she attended in Peoria",
   * "the college he attends in Peoria", "studying in Peoria"; not "a shooting at a school in".
   */
  private static final Pattern SCHOOL_AWAY_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:school|college|university|academy)\\s+(?:(?:she|he|they|we|I)\\s+)?"
              + "(?:attends|attended|attend|attending)|\\b(?:studying|studies|studied))\\s+in\\s+$");

  /** "near the Athol line", "over the Dover town line": a boundary, told by the town beyond it. */
  private static final Pattern BOUNDARY_AFTER =
      Pattern.compile("^\\s+(?:(?:town|city|county|state)\\s+)?(?:line|border)\\b");

  /**
   * A name that is itself a hospital's ("Comer's Children's Hospital", "Flagler Hospital", "St.
   * Luke's Medical Center"): where the wounded were taken, even when the tagger takes the whole
   * name for one place.
   */
  private static final Pattern HOSPITAL_NAME =
      Pattern.compile("(?i)\\b(?:Hospital|Medical\\s+Cent(?:er|re)|Trauma\\s+Cent(?:er|re))$");

  /**
   * "a Chicago suburb", "one Long Island community", "another Tama County town": a place named
   * around the scene, which is another place within or beside it (not "a Greenacres neighborhood",
   * which lies in Greenacres).
   */
  private static final Pattern AREA_BEFORE =
      Pattern.compile("(?i)(?<![\\p{L}'’-])(?:an?|one|another)\\s+$");

  private static final Pattern AREA_AFTER =
      Pattern.compile("^\\s+(?:suburbs?|community|communities|town|village)\\b");

  /** A town and a comma right before a state: "of Tennille, " before "Georgia". */
  private static final Pattern TOWN_AND_COMMA_BEFORE =
      Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,2}),\\s*$");

  private IncidentalPlaces() {}

  /** Whether the place named at {@code [start, end)} of {@code text} is incidental to the event. */
  public static boolean incidental(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 60), start);
    String after = text.substring(end, Math.min(text.length(), end + 40));
    return residence(text, start, end)
        || HOSPITAL_NAME.matcher(text.substring(start, end)).find()
        || TAKEN_TO.matcher(before).find()
        || RECOVERING_BEFORE.matcher(before).find()
        || afterTheEvent(text, start)
        || WHERE_THE_WOUNDED_ARE_BEFORE.matcher(before).find()
            && WHERE_THE_WOUNDED_ARE_AFTER.matcher(after).find()
        || AUTOPSY_AFTER.matcher(after).find()
        || REFERENCE.matcher(before).find()
        || STATION_CREDIT.matcher(start < 60 ? "\n" + before : before).find()
        || TRAVEL_BEFORE.matcher(before).find()
        || SCHOOL_AWAY_BEFORE.matcher(before).find()
        || BOUNDARY_AFTER.matcher(after).find()
        || aroundTheScene(text, start, end);
  }

  /**
   * Whether the place named at {@code start} of {@code text} is where people gathered after the
   * event ("a town hall meeting in Goulds", "a news conference in Tulsa"), which tells nothing of
   * the scene.
   */
  public static boolean afterTheEvent(String text, int start) {
    return GATHERING_BEFORE.matcher(text.substring(Math.max(0, start - 60), start)).find();
  }

  /**
   * Whether the place named at {@code [start, end)} of {@code text} is named only as the area
   * around the scene: "in a Chicago suburb", "police in one Long Island community".
   */
  public static boolean aroundTheScene(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 10), start);
    String after = text.substring(end, Math.min(text.length(), end + 15));
    return AREA_BEFORE.matcher(before).find() && AREA_AFTER.matcher(after).find();
  }

  /**
   * Whether the place named at {@code start} of {@code text} follows a town and a comma that are
   * incidental: the state of "Christian Merced, of Miami, Florida" or "taken to a hospital in
   * Albany, New York" is where the victim lives or was taken, as its town is. Whether that makes
   * the state incidental is the caller's to say: in a report that names no other state, the
   * victim's state is most likely the shooting's too.
   */
  public static boolean afterAnIncidentalTown(String text, int start) {
    String before = text.substring(Math.max(0, start - 40), start);
    Matcher town = TOWN_AND_COMMA_BEFORE.matcher(before);
    if (!town.find()) {
      return false;
    }
    int townStart = start - before.length() + town.start(1);
    int townEnd = start - before.length() + town.end(1);
    return incidental(text, townStart, townEnd);
  }

  /**
   * Whether the words of {@code text} that end at {@code end} come right before a word for a person
   * that makes them the person's town ("a Browns Mills teenager", "an Upper Arlington man").
   */
  public static boolean beforeAResident(String text, int end) {
    return RESIDENCE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).find();
  }

  /**
   * Whether the place named at {@code [start, end)} of {@code text} is where someone lives ("Wakeel
   * Stewart, 21, of Wilmington", "a Woodville man").
   */
  public static boolean residence(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 60), start);
    String after = text.substring(end, Math.min(text.length(), end + 40));
    return RESIDENCE_BEFORE.matcher(before).find()
        || RESIDENCE_PART_BEFORE.matcher(before).find()
        || NAME_OF.matcher(before).find()
        || RESIDENCE_AFTER.matcher(after).find();
  }
}
