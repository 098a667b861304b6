package org.sitrep.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;

/**
 * Reads the victims a sentence tells of without a number: one person ("a 7-year-old boy was shot
 * and killed", "the man was pronounced dead", "Jane Doe, 26, died at the scene", "the shooting
 * death of a 68-year-old man") or two told one by one ("a man and a woman were wounded"). A plain
 * "was shot" counts as hit (injured); whoever acted ("a man shot his wife") is not counted.
 * Stateless and thread-safe.
 */
final class VictimReader {
  /** Words for one person. */
  /** An age as reports write it: "16-year-old", "16-year old", "16 year old", "2 months old". */
  private static final String AGE = "\\d{1,3}[- ](?:year|month|week)s?[- ]old";

  /**
   * An age with a word a report may put before it, after an article: "an armed 15-year-old boy", "a
   * little 3-year-old girl", "an unarmed 19-year-old man". A word of a clause ("who", "was", "and",
   * "of") is no such word.
   */
  private static final String LED_AGE =
      "(?:(?!(?:who|whom|that|which|was|is|were|are|and|or|but|of|in|on|at|to|by|with|for|from)\\b)"
          + "\\p{Ll}[\\p{L}-]*\\s+)?"
          + AGE;

  /**
   * Up to two words before a word for a person ("a 7-year-old little boy", "a sheriff's deputy"); a
   * dash is no word.
   */
  private static final String FEW_WORDS = "(?:\\p{L}[\\p{L}-]*(?:['’]s)?\\s+){0,2}?";

  /** The names of the days and the months, capitalized words that are never a person's. */
  private static final String DAYS_AND_MONTHS =
      "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
          + "|June|July|August|September|October|November|December";

  /** A capitalized word that names a day or a month, never a person: "Saturday, but the victim". */
  private static final String NOT_A_DAY =
      "(?!(?:" + DAYS_AND_MONTHS + "|Today|Yesterday|Tonight)\\b)";

  /** Parts of the body a bullet hits: "struck in the leg", "hit in the upper arm". */
  private static final String BODY =
      "head|neck|face|chest|back|stomach|abdomen|arm|arms|leg|legs|foot|feet|hand|hands|shoulder"
          + "|hip|thigh|knee|ankle|wrist|buttocks?|torso|side|eye|jaw|groin|elbow|finger|toe|calf"
          + "|cheek|body";

  private static final String PERSON =
      "man|woman|boy|girl|teen|teenager|person|student|child|toddler|infant|baby|officer|deputy"
          + "|hunter"
          + "|trooper|soldier|policeman|policewoman|driver|resident|victim|bystander|father|mother"
          + "|son|daughter|husband|wife|brother|sister|grandmother|grandfather|mom|dad|clerk|worker"
          + "|employee|guard|customer|passenger|pedestrian|youth|juvenile|male|female|journalist"
          + "|civilian|farmer|shopkeeper|motorist|cyclist|neighbor|neighbour|friend|relative"
          + "|gunman|suspect|shooter|attacker|assailant|bomber|member|councillor|councilor|official"
          + "|headman|chief|elder|judge|governor|mayor|candidate|commissioner|priest|teacher|engineer"
          + "|leader|commander|cleric|imam|politician|lawmaker|herder|villager|pilgrim|trader|nurse"
          + "|doctor|hostage|tapper|intruder|burglar|robber|homeowner|stepdaughter|stepson|grandson"
          + "|granddaughter"
          // Callings a victim is named by: "A pastor was shot outside his church".
          + "|pastor|minister|preacher|bartender|cashier|bouncer|patron|firefighter|coach|tenant"
          // Kin and companions: "Her boyfriend was also shot", "his cousin was wounded".
          + "|boyfriend|girlfriend|fianc[eé]e?|cousin|nephew|niece|uncle|aunt|roommate|grandchild";

  /**
   * One person as the subject of a sentence about their state: "An 18-year-old woman", "her
   * father", "she".
   */
  private static final String ONE_SUBJECT =
      "\\b(?:(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:"
          + LED_AGE
          + "\\s+)?"
          + FEW_WORDS
          + "(?:"
          + PERSON
          + ")"
          // "The 61-year-old was struck once in the shoulder": an age alone for the person.
          + "|[Tt]he\\s+"
          + LED_AGE
          + "(?![\\p{L}-])"
          + "|[Hh]e|[Ss]he)";

  /** Who did it, when they are counted among the dead: "police shot the attacker dead". */
  private static final Pattern ATTACKER =
      Pattern.compile("(?i)\\b(?:gunman|shooter|attacker|assailant|bomber|militant|hijacker)\\b");

  /** The group an attacker counted alone is put in, beside the report's total of the dead. */
  static final String ATTACKERS = org.sitrep.model.EventFigures.ATTACKERS;

  /**
   * One person and what befell them: "a 7-year-old boy was shot and killed", "a man whose
   * 2-year-old stepdaughter was shot to death", "a girl shot herself to death".
   */
  private static final Pattern SINGLE =
      Pattern.compile(
          "(?:(?:\\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Aa]nother|whose)"
              // "Jada's father, 32-year-old James Page, was also shot".
              + "|(?<![\\p{L}'’-])"
              + NOT_A_DAY
              + "(?!(?:Police|Officers|Authorities|Investigators|City|County|State)['’])"
              + "\\p{Lu}[\\p{L}-]+['’]s)\\s+(?:(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")|"
              + LED_AGE
              + ")|\\b\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2},\\s+\\d{1,3},(?:\\s+of"
              + "\\s+[\\p{L} ]{1,30},)?)"
              // "The victim, a 22-year-old man, was shot", "her father, 32-year-old Jo Doe, was
              // shot".
              + "(?:,\\s+(?:a|an|\\d{1,3}[- ]year)\\s*[^,.;]{1,40},"
              // "The suspect, 25, was shot in the stomach": a bare age set off by commas. Not a
              // shooter's ("The gunman, 36, also died"), whose death a murder-suicide's total
              // holds.
              + "|(?<!gunman|shooter|attacker|assailant|bomber|hijacker),\\s+\\d{1,3},"
              // "A man in a parked car at the mall was shot": where the person was.
              + "|\\s+(?:in|inside|at|near|outside)\\s+(?:the|a|an|his|her|their)\\s+[^,.;]{1,40}?"
              + "(?=\\s+(?:was|is)\\s))?"
              + "\\s+(?:who\\s+)?(?:was|has been|had been|is|were|has|had)?\\s*"
              + "(?:(?:(?!fatally)\\p{Ll}+ly|also|later|then|reportedly|allegedly|being|found|now|still"
              + "|since)\\s+){0,2}(shot and killed|shot dead|shot to death|fatally (?:shot|stabbed|wounded)"
              // "A girl shot herself to death": her own death, not a wound.
              + "|shot (?:himself|herself) to death"
              + "|(?:shot|wounded|struck) and (?:later\\s+)?died"
              + "|killed|murdered|slain|found dead|pronounced (?:dead|deceased)|died|dies|succumbed"
              + "|passed away|gunned down|"
              + FigureFinder.TO_THE_EXAMINER
              + "|(?:declared |pronounced )?(?:brain|clinically) dead|(?<=is |was )(?:dead|deceased)"
              // "a 20-year-old woman is recovering": hurt, and alive.
              + "|(?<=is |was )recovering"
              + "|lost (?:his|her) life"
              + "|(?:shot|struck|hit) and (?:wounded|injured)|critically (?:injured|wounded)|seriously (?:injured"
              + "|wounded)|wounded|injured|hurt|grazed|hospitali[sz]ed|shot|stabbed|kidnapped|abducted)\\b"
              // "A man shot his wife": the person is the one who acted, not a victim.
              + "(?:(?<=died|dies|dead|succumbed)|(?!\\s+(?:(?:his|her|their|the|a|an|him|them"
              + "|another|two|three|four)\\b|\\d|and\\s+(?:killed|wounded|injured|fatally))))");

  /**
   * One person whose death a sentence tells after something else: "The victim, a 15-year-old boy,
   * was hit in the head and pronounced dead", "The teenager that accidentally shot himself early
   * Thursday has died", "the boy, who was shot Friday, died Sunday".
   */
  private static final Pattern SINGLE_THEN_DEAD =
      Pattern.compile(
          "\\b(?:[Aa]n?|[Oo]ne|[Tt]he)\\s+(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")(?:,\\s+(?:a|an)\\s+[^,.;]{1,40},)?\\s+(?:(?:was|is|has been)\\s+"
              + "(?!arrested|charged|booked|detained|questioned|released)\\p{Ll}+\\b[^.;,]{0,50}?"
              + "\\s+and\\s+(?:later\\s+|was\\s+(?:later\\s+)?)?(pronounced dead|died|killed|succumbed)"
              + "|(?:that|who)\\s+[^.;]{1,80}?\\s+(?:has|have)\\s+(?:since\\s+)?(died)"
              // "The man who was found with a gunshot wound died at the hospital".
              + "|(?:that|who)\\s+(?:was|had been)\\s+[^.;,]{0,40}?\\b(?:shot|wounded|struck|hit|wounds?)\\b"
              + "[^.;,]{0,40}?\\s+(?:later\\s+)?(died))\\b"
              // "the boy, who was shot Friday, died Sunday".
              + "|\\b(?:[Aa]n?|[Oo]ne|[Tt]he)\\s+(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + "),\\s+(?:that|who)\\s+[^.;,]{1,80},\\s+(?:(?:has|had|later)\\s+)?(died)\\b");

  /**
   * A named person whose death the sentence tells after something else: "Winston Brown, 16,
   * suffered an accidental gunshot wound to the face and later died".
   */
  private static final Pattern NAMED_THEN_DEAD =
      Pattern.compile(
          "\\b\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2},\\s+\\d{1,3},\\s+(?:(?:was|is|has been)\\s+)?"
              + "(?!arrested|charged|booked|detained|questioned|released)\\p{Ll}+\\b[^.;]{0,80}?"
              + "\\s+and\\s+(?:later\\s+|was\\s+(?:later\\s+)?)?(died|pronounced dead)\\b"
              // "Jo Doe, 17, who was shot in the chest Saturday, died Sunday".
              + "|\\b"
              + NOT_A_DAY
              + "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2},\\s+(?:\\d{1,3},\\s+)?who\\s+"
              + "(?!(?:was\\s+)?(?:arrested|charged|booked|detained|questioned|released)\\b)[^.;,]{1,80},"
              + "\\s+(?:(?:has|had|later)\\s+)?(died|succumbed)\\b");

  /**
   * One person shot, told as the shooting of them: "the shooting of a 7-year-old boy" (one hit; a
   * death told elsewhere makes them one of the dead, not the injured). "The deadly shooting of a
   * toddler" and "the double shooting of his mother and brother" are read as such instead.
   */
  private static final Pattern SHOOTING_OF =
      Pattern.compile(
          "(?<!(?:deadly|fatal|double|triple|quadruple)[- ])\\b(shooting)\\s+of\\s+(?:a|an|the|his|her"
              + "|their)\\s+(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")\\b");

  /**
   * One person shot, told as the shooting of them in a charge of killing them: "pleaded guilty to
   * murder in the shooting of a store clerk", "charged with manslaughter in the Dec. 26 shooting of
   * his girlfriend" (one dead). Not an attempt: "attempted murder in the shooting of a man".
   */
  private static final Pattern KILLING_IN_SHOOTING_OF =
      Pattern.compile(
          "(?i)(?<!attempted\\s)(?<!attempt\\sto\\scommit\\s)\\b(murder|manslaughter|homicide|killing)"
              + "\\s+(?:charges?\\s+)?(?:in|for|over)\\s+(?:the|a|last\\s+\\p{L}+['’]s)\\s+"
              + "(?:[^;,]{1,30}?\\s+)?(?<!(?:deadly|fatal|double|triple|quadruple)[- ])shooting\\s+of\\s+"
              + "(?:a|an|the|his|her|their)\\s+(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")\\b");

  /**
   * One person's body: "His body was found in a field", "the man's body was taken to the morgue".
   */
  private static final Pattern BODY_OF_ONE =
      Pattern.compile(
          "\\b(?:[Hh]is|[Hh]er|(?:[Tt]he|[Aa]n?)\\s+(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")['’]s|(?<![\\p{L}'’-])"
              + NOT_A_DAY
              + "(?!(?:Police|Officers|Authorities|Investigators|City|County|State)['’])"
              + "\\p{Lu}[\\p{L}-]+['’]s)\\s+(body\\s+was\\s+(?:later\\s+)?(?:found|discovered|recovered"
              + "|pulled|taken|transported))\\b");

  /** The death of one person told by its owner: "Lavardo's death", "the boy's death". */
  private static final Pattern POSSESSIVE_DEATH =
      Pattern.compile(
          "\\b(?:(?:[Tt]he|[Aa]n?)\\s+(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")|(?!(?:"
              + DAYS_AND_MONTHS
              + "|Police|City|County|State|Department|Office)['’])\\p{Lu}[\\p{L}-]+)['’]s\\s+(death)\\b");

  /**
   * One person in hospital: "An 18-year-old woman is in critical condition", "her father is listed
   * in critical condition", "she was in critical condition", "The boy was airlifted to the hospital
   * and is in stable condition" (one injured).
   */
  private static final Pattern IN_CONDITION =
      Pattern.compile(
          ONE_SUBJECT
              + "\\s+(?:was\\s+(?:taken|rushed|transported|flown|airlifted|air\\s?lifted)\\s+to\\s+"
              + "[^.;,]{0,40}?\\s+and\\s+)?"
              + "(?:is|was|remains|remained)\\s+(?:(?:currently|now|still|listed)\\s+)*in\\s+"
              + "(?:critical|serious|stable|fair|good|grave)(?:\\s+but\\s+(?:stable|serious))?"
              + "\\s+(condition)\\b");

  /**
   * One person in hospital, or recovering, after being shot: "An 18-year-old female is in the
   * hospital after being shot in the chest", "The boy is recovering after being struck" (one
   * injured). Being taken to a hospital is not enough: the taken may have died there.
   */
  private static final Pattern HOSPITAL_AFTER =
      Pattern.compile(
          ONE_SUBJECT
              + "\\s+(?:is|was|remains|remained)\\s+(?:(?:currently|now|still)\\s+)*"
              + "(recovering|in (?:the |a )?(?:\\p{L}+\\s+)?hospital|hospitali[sz]ed)\\s+after\\s+"
              + "(?:being|getting|he was|she was)\\s+(?:accidentally\\s+)?(?:shot|wounded|struck|hit)\\b");

  /**
   * One person still in hospital, or taken there with their wounds: "her mother remains in the
   * hospital", "Another child was taken to a local hospital with minor injuries" (one injured).
   */
  private static final Pattern STILL_IN_HOSPITAL =
      Pattern.compile(
          ONE_SUBJECT
              + "\\s+(?:(?:remains|remained|is still|was still)\\s+(in (?:the |a )?hospital"
              + "|hospitali[sz]ed)\\b"
              + "|(?:was|is)\\s+(?:also\\s+)?(?:taken|rushed|transported|flown)\\s+to\\s+[^.;,]{0,40}?"
              + "\\bwith\\s+(?:\\p{L}+[\\s-]+){0,3}?(injuries|wounds|(?:a\\s+)?(?:gunshot\\s+)?wound)"
              // "The neighbor was treated at a hospital and released".
              + "|(?:was|is|has been)\\s+(treated\\s+(?:at|in)\\s+[^.;,]{0,40}?\\s*and\\s+released))\\b");

  /**
   * One person with a gunshot wound: "Officers found a 25-year-old man with a gunshot wound to the
   * chest", "A man with a gunshot wound walked into a hospital". Only the hit is told, as "was
   * shot" tells it.
   */
  private static final Pattern WITH_WOUND =
      Pattern.compile(
          "\\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\\s+(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              // "showed up at a hospital Sunday with a gunshot wound" tells the day he came, not
              // the shooting's: the words between name no hospital.
              + ")(?:,\\s+\\d{1,3},)?\\s+(?:(?:(?!hospital|emergency|medical)[^.;,]){0,60}?\\s)?with\\s+(?:a|an|one|multiple|several"
              + "|two|apparent|\\s)*(?:gunshot|bullet|graze)\\s+(wounds?)\\b");

  /** One person told as wounded by an adjective: "leaving ... a wounded 12-year-old girl". */
  private static final Pattern WOUNDED_PERSON =
      Pattern.compile(
          "\\b(?:[Aa]n?|[Oo]ne)\\s+(?:(?:critically|seriously|badly|gravely)\\s+)?(wounded|injured)\\s+(?:"
              + AGE
              + "\\s+)?(?:[\\p{L}-]+\\s+){0,1}?(?:"
              + PERSON
              + ")\\b");

  /** One person and the wounds they suffered: "a 16-year-old girl suffered minor injuries". */
  private static final Pattern SUFFERED =
      Pattern.compile(
          "\\b(?:(?:[Aa]n?|[Oo]ne|[Tt]he)\\s+(?:(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")|"
              + LED_AGE
              + ")|[Hh]e|[Ss]he"
              // "Velazquez suffered a minor hand injury", "Bentley Michael Lenhart suffered a
              // wound".
              + "|(?!(?:Police|Officers|Authorities|Investigators|It|They|We)\\b)"
              + NOT_A_DAY
              + "\\p{Lu}[\\p{L}'’-]+"
              + "(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}(?:,\\s+\\d{1,3},)?)\\s+(?:who\\s+)?(?:(?:was|is|has been)"
              + "\\s+)?(?:suffered|sustained|received|recovering (?:from|with)|treated for"
              + "|admitted with|hospitali[sz]ed with|treated and released for)\\s+((?:[\\p{L}-]+\\s+){0,3}?(?:injuries|injury"
              + "|wounds?))\\b");

  /**
   * Two people told of one by one: "a man and a woman were shot and killed", "the man and the girl
   * were rushed to a hospital where they later died".
   */
  private static final Pattern PAIR =
      Pattern.compile(
          // "Her sister and mother were injured": one determiner for both; "The man's wife and son
          // were also shot": a possessive for both.
          "(?:\\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)|\\b[Tt]he\\s+\\p{Ll}+['’]s|(?<![\\p{L}'’-])"
              + NOT_A_DAY
              + "(?!(?:Police|Officers|Authorities|Investigators|City|County|State)['’])"
              + "\\p{Lu}[\\p{L}-]+['’]s)\\s+(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")\\s+and\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")\\s+(?:who\\s+)?(?:(?:were|have been|had been)\\s+(?:(?:\\p{Ll}+ly|also|later|both"
              + "|found)\\s+)?(shot and killed|shot dead|shot to death|killed|found dead|fatally shot|slain"
              + "|murdered|shot and wounded|wounded|injured|hospitali[sz]ed|shot)"
              // "The man and the girl were rushed to an area hospital where they later died".
              + "|were\\s+(?:taken|rushed|transported|flown|air\\s?lifted|airlifted)\\b[^.;]{0,80}?"
              + "\\b(?:and|where\\s+they)\\s+(?:both\\s+)?(?:later\\s+)?(died|were pronounced dead))\\b");

  /** One person as the object of a killing or shooting: "killed the 63-year-old father". */
  private static final Pattern SINGLE_OBJECT =
      Pattern.compile(
          "(?i)\\b(shot and killed|shooting and killing|killed|killing|kills"
              // "used his pistol to accidentally kill a friend"; not "tried to kill a man".
              + "|(?<=(?:gun|rifle|shotgun|handgun|pistol|revolver|firearm)\\sto\\s(?:\\p{L}{1,15}ly\\s)?)kill"
              + "|fatally (?:shot|shooting|stabbed|wounding|injuring)"
              // "inflicted a fatal gunshot wound on their 3-year-old son".
              + "|inflicted a fatal (?:gunshot )?wound on"
              + "|shot dead|shooting dead|gunned down|beheaded|beheading|executed"
              + "|shot and wounded|shot and injured|wounded|injured|shot|(?<!fatally\\s)(?:(?:critically|seriously|badly)\\s+)?"
              + "(?:wounding|injuring))\\s+(?:the|a|an|his|her|their|its)"
              + "\\s+(?:(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + "|friend|cousin|nephew|niece|uncle|aunt|girlfriend|boyfriend|roommate)\\b"
              + "|"
              + LED_AGE
              + "\\b)");

  /**
   * One person as a pronoun after a shooting told in the same sentence: "The man shot his wife,
   * killing her", "He shot the clerk, critically wounding him", "killed her boyfriend and wounded
   * her".
   */
  private static final Pattern PRONOUN_AFTER =
      Pattern.compile(
          ",\\s+(?:(?:critically|seriously|badly|fatally|mortally)\\s+)?(killing|wounding|injuring)"
              + "\\s+(?:him|her)\\b"
              + "|\\band\\s+(?:(?:critically|seriously|badly)\\s+)?(wounded|injured)\\s+(?:him|her)\\b");

  /**
   * One person hit by a bullet: "A 12-year-old girl was struck in the leg by a stray bullet", "the
   * boy was hit in the shoulder". Only the hit is told, as "was shot" tells it: whether the person
   * lived is for the rest of the report to say.
   */
  private static final Pattern HIT =
      Pattern.compile(
          ONE_SUBJECT
              + "\\s+(?:was|is)\\s+(?:(?:\\p{Ll}+ly|also)\\s+)?(struck|hit)(?=\\s+(?:"
              + "(?:once\\s+|twice\\s+)?in\\s+(?:the|his|her)\\s+(?:\\p{L}+\\s+)?(?:"
              + BODY
              + ")\\b|by\\s+(?:a|an|the)\\s+(?:stray\\s+|single\\s+)?(?:bullet|round|shot|gunfire"
              + "|pellets?)\\b))");

  /**
   * One person hit by what a gun fired: "The bullet struck his 7-year-old sister", "the gun went
   * off, hitting his brother in the leg".
   */
  private static final Pattern BULLET_HIT =
      Pattern.compile(
          "(?<=\\b(?:bullet|round|shot|pellets|gunfire|gun|rifle|pistol|handgun|shotgun|weapon|firearm"
              + "|discharged|went off|fired)\\b[^.;]{0,60}?)\\b(struck|striking|hit|hitting)\\s+"
              + "(?:the|a|an|his|her|their)\\s+(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + "|cousin|nephew|niece|uncle|aunt|girlfriend|boyfriend)\\b");

  /**
   * A person told of by a pronoun, or who shot themselves: "he was pronounced dead", "3-year-old
   * kills herself", "he accidentally shot himself and died".
   */
  private static final Pattern SINGLE_PRONOUN =
      Pattern.compile(
          "\\b(?:[Hh]e|[Ss]he|[Oo]ne(?: person)?)\\s+(?:(?:has|had) since been|was|is|has been|had been"
              + "|has|had|later)?\\s*(?:(?:\\p{Ll}+ly|later|also|now|since)\\s+)?((?:pronounced |declared )"
              + "(?:brain |clinically )?dead|died|dead|killed"
              + "|succumbed|passed away|shot and killed|fatally (?:shot|wounded)"
              // "the sad news that he passed", "She passed at the hospital": "passed" alone for
              // died,
              // at the end of its clause or before where or when.
              + "|passed(?=\\s*[.,;:!?\"”’]|\\s+(?:at|in)\\s+the\\s+(?:hospital|scene)\\b"
              + "|\\s+(?:shortly|later|overnight|early|late)\\b))\\b"
              // "he was taken to a hospital, where he died": the clause tells one death.
              // "The victim was transported to a hospital where they later died": "they" for one.
              + "|\\b(?:[Hh]e|[Ss]he|[Tt]he\\s+victim)\\s+was\\s+(?:taken|rushed|transported|flown"
              + "|air\\s?lifted|airlifted)\\b[^.;]{0,80}?"
              + "\\b(?:and|where\\s+(?:he|she|they))\\s+(?:later\\s+|was\\s+|has since been\\s+)?(died"
              + "|(?:pronounced|declared) (?:clinically |brain )?dead"
              + "|succumbed)\\b"
              + "|\\b(fatally shot|fatally shoots|shot and killed|killed|kills)\\s+(?:himself|herself)\\b"
              // "he accidentally shot himself and died".
              + "|\\bshot\\s+(?:himself|herself)\\s+and\\s+(?:later\\s+)?(died)\\b");

  /**
   * A named person who died: "Walter Smith died from the wound", "Smith, who died later", "found
   * Smith had been fatally wounded".
   */
  private static final Pattern SINGLE_NAMED =
      Pattern.compile(
          "\\b(?!(?:He|She|It|They|Police|Officers|Authorities|Investigators)\\b)"
              + NOT_A_DAY
              + "\\p{Lu}[\\p{L}'’-]+"
              + "(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}(?:,\\s+\\d{1,3})?(?:,\\s+of\\s+[^,]{1,40})?"
              // "Jo Doe, the teenage grandson of a congressman, was shot to death".
              + "(?:,\\s+(?:the|a|an)\\s+[^,.;]{1,60},)?"
              + "(?:,\\s+who)?,?\\s+(?:(?:has|had|later|was|has been"
              + "|had been)\\s+){0,2}(died|succumbed|shot and killed|killed|pronounced dead|found dead"
              + "|fatally wounded|shot to death"
              // "Amy Doe, who shot herself to death with a gun she found".
              + "|shot (?:himself|herself) to death"
              + "|fatally shot|shot dead)\\b(?:(?<=died|dead|succumbed|death)"
              + "|(?!\\s+(?:(?:his|her|their|the|a|an|him|them|another)\\b|\\d)))");

  /**
   * A named person as the object of a killing: "Smith shot and killed 14-year-old Jane Doe",
   * "accused of fatally shooting 24-year-old Jane Doe", "... discharged, killing Jo Doe"; a kin
   * word may stand between the age and the name without an article: "executed 7-year-old daughter
   * Kayla".
   */
  private static final Pattern SINGLE_NAMED_OBJECT =
      Pattern.compile(
          "\\b(shot and killed|fatally shot|killed|murdered|fatally shooting|killing|executed)\\s+(?:"
              + AGE
              + "\\s+(?:(?:son|daughter|stepson|stepdaughter|brother|sister|nephew|niece|grandson"
              + "|granddaughter|wife|husband)\\s+)?)?"
              + "(?!(?:"
              + DAYS_AND_MONTHS
              + "|Police|Officers)\\b)\\p{Lu}[\\p{L}'’-]+");

  /**
   * One person whose death is told as what they did not do: "Kaleb didn't make it and was
   * pronounced dead", "the boy did not survive"; and a shooting that "claimed a life".
   */
  private static final Pattern DID_NOT_SURVIVE =
      Pattern.compile(
          "(?:\\b(?:[Hh]e|[Ss]he|(?:[Tt]he|[Hh]is|[Hh]er)\\s+(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")|"
              + NOT_A_DAY
              + "(?!(?:It|They|Police|Officers|Authorities|Investigators)\\b)\\p{Lu}[\\p{L}'’-]+)"
              + "\\s+(did(?:n't|n’t| not) (?:survive|make it))"
              + "|\\b(claimed (?:a|one|another) (?:young )?life)"
              // A headline: "Hunting accident claims life", "CRASH CLAIMS LIFE".
              + "|\\b((?i:claims\\s+(?:(?:a|one|another)\\s+(?:young\\s+)?)?life))(?=\\s*$))\\b");

  /**
   * One person declared dead: "doctors pronounced the boy dead", "found the man deceased",
   * "deputies found 21-year-old Jo Doe dead", "found Jo Doe, 21, dead".
   */
  private static final Pattern PRONOUNCED =
      Pattern.compile(
          "\\b(?:pronounced|declared|found)\\s+(?:(?:the|a|an)\\s+(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")|him|her|(?:"
              + AGE
              + "\\s+)?"
              + NOT_A_DAY
              + "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}(?:,\\s+\\d{1,3},)?)\\s+(dead|deceased)\\b");

  /** Two people found dead: "police found Eva's parents dead", "found the couple dead". */
  private static final Pattern FOUND_TWO =
      Pattern.compile(
          "\\bfound\\s+(?:the|his|her|their|\\p{Lu}[\\p{L}-]+['’]s)\\s+(?:parents|grandparents|couple)"
              + "\\s+(dead)\\b"
              // "A couple was found dead Sunday at their farm", "an elderly couple were shot and
              // killed": a couple as the subject of their deaths is two dead ("a couple of" is
              // not).
              + "|\\b(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{Ll}-]+\\s+)?couple\\s+(?:was|were|had been|has been)\\s+"
              + "(?:(?:found|later|both)\\s+)?(dead|killed|shot (?:to death|dead|and killed)|slain)\\b"
              // "identified the couple found dead in their home Saturday".
              + "|\\b(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{Ll}-]+\\s+)?couple\\s+(found\\s+dead)\\b");

  /**
   * What a shooting left: "a shooting left a 7-year-old girl dead", "left one dead", "an accidental
   * shooting that left his 24-year-old friend dead", "a shooting that left a 3-year-old boy
   * paralyzed" (one injured).
   */
  private static final Pattern LEFT =
      Pattern.compile(
          "\\bleft\\s+(?:(?:a|an|one|his|her|their)\\s+(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")|one|a "
              + AGE
              + ")\\s+(dead|wounded|injured|paralyzed)\\b");

  /** One of two people told one by one: "a man", "his 5-year-old son". */
  private static final String ONE_OF_A_PAIR =
      "(?:a|an|one|the|his|her|their)\\s+(?:" + AGE + "\\s+)?" + FEW_WORDS + "(?:" + PERSON + ")";

  /** Two a shooting left: "The shooting left a man and a woman dead". */
  private static final Pattern LEFT_PAIR =
      Pattern.compile(
          "\\bleft\\s+"
              + ONE_OF_A_PAIR
              + "\\s+and\\s+"
              + ONE_OF_A_PAIR
              + "\\s+(dead|wounded|injured)\\b");

  /**
   * A killing or a shooting named by how many it struck: "a double homicide" (two dead), "a triple
   * shooting" (three shot). One of several such events ("double homicides") counts no one, nor does
   * a "double murder-suicide" (two killed, and the killer).
   */
  private static final Pattern MULTIPLE =
      Pattern.compile(
          "(?i)\\b(double|triple|quadruple)[- ](homicide|murder|killing|slaying|shooting)\\b"
              + "(?!s|[- ]suicide)");

  /**
   * A sentence that lists other events: "a violent streak that includes a mass shooting, a double
   * homicide at the mall and two separate slayings".
   */
  private static final Pattern OTHER_EVENTS =
      Pattern.compile("(?i)\\b(?:includ(?:es|ed|ing)|streak|spate|string|series|wave)\\b");

  /**
   * The death of one person: "the shooting death of a 68-year-old man", "the death of Jo Doe", "the
   * March 1 death of his best friend".
   */
  private static final Pattern DEATH_OF =
      Pattern.compile(
          "\\b(?:[Ss]hooting\\s+)?(death|fatal shooting|killing|claimed the life)"
              // "a person of interest in the death investigation of a 17-year-old man".
              + "(?:\\s+investigation)?\\s+of\\s+(?:(?:(?:a|an|the|another"
              + "|his|her|their)\\s+)?"
              + "(?:\\d{1,3}[- ](?:year|month|week)[- ]old\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")\\b|\\d{1,3}[- ](?:year|month|week)[- ]old\\b|\\p{Lu}[\\p{L}'’-]+)");

  /** One person killed by hand: "beat a Hindu priest to death". */
  private static final Pattern TO_DEATH =
      Pattern.compile(
          "(?i)\\b(?:beat|beaten|hacked|stabbed|stoned|burned|burnt|shot|shooting)\\s+"
              + "(?:the|a|an|his|her|their)\\s+"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")\\s+(to death)\\b");

  /** One person shot dead as the object: "police shot the attacker dead". */
  private static final Pattern SHOT_DEAD =
      Pattern.compile(
          "\\bshot\\s+(?:the|a|an|one)\\s+" + FEW_WORDS + "(?:" + PERSON + ")\\s+(dead)\\b");

  /** Two told as "both": "Both victims were injured". */
  /** A person's name and age set off by commas: "Jo Doe, 24," ("Jo Doe, 24 and"). */
  private static final String NAME_WITH_AGE =
      "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,2},\\s+\\d{1,3}";

  private static final Pattern NAME_AND_AGE = Pattern.compile(NAME_WITH_AGE);

  /**
   * Two or more people named with their ages, then what befell them all: "Jo Doe, 24, and Al Roe,
   * 22, were shot"; "Lu Edwards, 71, Sharon Tate, 44, and Dee Edwards, 24, were killed".
   */
  private static final Pattern NAMED_WITH_AGES =
      Pattern.compile(
          "(?<![\\p{L}'’-])(?:"
              + NAME_WITH_AGE
              + ",\\s+){1,6}and\\s+"
              + NAME_WITH_AGE
              + ",?\\s+(?:were|have\\s+been|had\\s+been)\\s+(?:(?:all|both|also)\\s+)?"
              + "(fatally\\s+shot|shot\\s+and\\s+killed|shot\\s+dead|killed|shot|wounded|injured|found\\s+dead)\\b");

  private static final Pattern BOTH =
      Pattern.compile(
          "\\b[Bb]oth\\s+(?:of\\s+(?:the|them)\\s+)?(?:[\\p{L}-]+\\s+)?(?:were|have been|had been)\\s+"
              + "(?:(?:\\p{Ll}+ly|also|later|found)\\s+)?(killed|dead|injured|wounded|hurt|hospitali[sz]ed"
              + "|shot dead|shot and killed)\\b"
              // "Both victims are expected to survive", "both were in stable condition".
              // "Both died at the scene", "both victims later died", "Both were pronounced dead",
              // "Both were taken to the county medical examiner's office".
              + "|\\b[Bb]oth\\s+(?:of\\s+(?:the|them)\\s+)?(?:(?!(?:were|are|have|had|later|also|then)\\b)[\\p{L}-]+\\s+)?"
              + "(?:(?:later|also|have|had|since|were|then)\\s+){0,2}(died|succumbed|pronounced dead"
              + "|declared dead|"
              + FigureFinder.TO_THE_EXAMINER
              + ")\\b"
              + "|\\b[Bb]oth\\s+(?:of\\s+(?:the|them)\\s+)?(?:[\\p{L}-]+\\s+)?(?:are|were)\\s+"
              + "(expected to (?:survive|recover)|in\\s+(?:critical|serious|stable|fair|good)"
              + "\\s+condition)\\b");

  /**
   * One more after a count of the dead, told without a noun: "... were killed and another hurt",
   * "three people were killed and a fourth was wounded".
   */
  private static final Pattern ANOTHER_HURT =
      Pattern.compile(
          "(?<=\\b(?:killed|dead|died)\\s)and\\s+(?:(?:an)?other|a\\s+(?:second|third|fourth|fifth|sixth"
              + "|seventh))\\s+(?:(?:one|person|man|woman|victim)\\s+)?(?:(?:was|is)\\s+)?"
              + "(?:critically\\s+|seriously\\s+|severely\\s+)?(injured|wounded|hurt)\\b"
              // "A 17-year-old was killed and his cousin wounded": another person, the verb left
              // out
              // or told again.
              + "|(?<=\\b(?:killed|dead|died)\\s)and\\s+(?:his|her|their|a|an)\\s+(?:"
              + LED_AGE
              + "\\s+)?"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + "|cousin|nephew|niece|uncle|aunt|girlfriend|boyfriend|roommate)\\s+(?:(?:was|is)\\s+)?"
              + "(?:critically\\s+|seriously\\s+|severely\\s+)?(injured|wounded|hurt)\\b"
              // "Jo Doe, 17, died and Jim Roe, 18, was wounded": another person, by name.
              + "|(?<=\\b(?:killed|dead|died)\\s)and\\s+"
              + NOT_A_DAY
              + "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}(?:,\\s+\\d{1,3},)?\\s+(?:(?:was|is)\\s+)?"
              + "(?:critically\\s+|seriously\\s+|severely\\s+)?(injured|wounded|hurt)\\b"
              // "A gunman killed two people and wounded another", "... and injured a third".
              + "|(?<=\\b(?:killed|killing)\\s[^.;]{1,40}?)\\band\\s+(?:critically\\s+|seriously\\s+)?"
              + "(wounded|injured|wounding|injuring)\\s+(?:an)?other\\b(?!\\s+(?:\\d|one|two|three|four"
              + "|five|six|seven|eight|nine|ten|dozen|several|people|persons|victims))"
              + "|(?<=\\b(?:killed|killing)\\s[^.;]{1,40}?)\\band\\s+(?:critically\\s+|seriously\\s+)?"
              + "(wounded|injured|wounding|injuring)\\s+a\\s+(?:second|third|fourth|fifth|sixth)\\b");

  /**
   * The death of the one a sentence has just told was shot, in the words after it: "A baby shot on
   * Sunday morning has died", "The man was shot multiple times and died at the scene", "... and was
   * pronounced dead".
   */
  private static final Pattern DIED_AFTER =
      Pattern.compile(
          "[^.;,]{0,60}?\\s+(?:has|have)\\s+(?:since\\s+)?died\\b"
              // "A 4-year-old boy shot himself in the head with his father's pistol Sunday and
              // died".
              + "|[^.;,]{0,80}?\\s+and\\s+(?:later\\s+|was\\s+(?:later\\s+)?)?(?:pronounced dead|died"
              + "|succumbed)\\b"
              // "Jo Doe, 17, who was shot in the chest Saturday, died Sunday": the relative clause
              // closed by its comma.
              + "|(?<=\\bwho\\s(?:was|had been)\\s(?:\\p{Ll}{1,20}\\s)?(?:shot|wounded|struck|hit))"
              + "[^.;,]{0,60}?,\\s+(?:later\\s+|had\\s+|has\\s+)?(?:died|succumbed)\\b"
              // "A man who was shot Saturday night succumbed to his injuries Sunday".
              + "|(?:(?!\\b(?:and|or|but|who|whose|while|when|where)\\b)[^.;,]){0,60}?\\s+"
              + "(?:later\\s+|had\\s+)?(?:died|succumbed|passed away)\\b");

  /**
   * The one left of two after a death: "One victim died at the scene and the other was taken to the
   * hospital", "... and the other is in stable condition" (one injured).
   */
  private static final Pattern THE_OTHER_HURT =
      Pattern.compile(
          "(?<=\\b(?:killed|dead|died)\\b[^.;]{0,40}?)\\band\\s+the\\s+other(?:\\s+(?:one|victim|man"
              + "|woman|person|boy|girl|teen))?\\s+(?:was|is)\\s+(?:(?:also|later|still)\\s+)?"
              + "((?:taken|rushed|transported|flown)\\b|hospitali[sz]ed|in\\s+(?:critical|serious"
              + "|stable|fair|good|grave)\\s+condition|(?:critically\\s+|seriously\\s+)?(?:wounded"
              + "|injured|hurt)|expected to (?:survive|recover)|recovering)");

  /** One of several: "One of the victims died of her wounds". */
  private static final Pattern ONE_OF =
      Pattern.compile(
          "\\b[Oo]ne of (?:the|them|those)(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:later\\s+|also\\s+)?(died"
              + "|was killed|succumbed|was shot dead)\\b");

  /** Small numbers in words, for the people of a list: "two young grandchildren". */
  private static final List<String> SMALL =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  /** People in the plural that a list may count: "her two young grandchildren". */
  private static final String PEOPLE =
      "children|grandchildren|kids|sons|daughters|brothers|sisters|men|women|boys|girls|teens"
          + "|teenagers|people|victims|officers|relatives|friends|students|toddlers|siblings"
          + "|parents|grandparents|patrons|customers|employees|workers|passengers|residents"
          + "|bystanders|adults|others";

  private static final Pattern PLURAL = Pattern.compile("(?i)" + PEOPLE);

  /** One item of a list of victims: "his wife", "7-year-old Xavier Neff", "two young children". */
  private static final String ITEM =
      // "killed a clerk and wounded a customer": a verb of harm opens another clause, no person.
      "(?!(?:wounded|wounding|injured|injuring|shot|shooting|hit|hitting|struck|striking|grazed"
          + "|critically|seriously)\\b)"
          + "(?:(?:(?:the|a|an|his|her|their|its)\\s+)?(?:"
          + AGE
          + "\\s+)?"
          + FEW_WORDS
          // "his ex-girlfriend", "her ex-husband".
          + "(?:ex-)?(?:"
          + PERSON
          + "|girlfriend|boyfriend|grandson|granddaughter|cousin|nephew|niece|stepson|stepdaughter"
          + "|couple)\\b"
          // "toddler Teagan Doe", "daughter Kayla": the person's name right after the word for
          // them.
          + "(?:\\s+"
          + NOT_A_DAY
          + "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)?"
          + "(?:,\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}(?=,|\\s+and\\b))?"
          + "|(?:(?:his|her|their)\\s+)?(?:(?:two|three|four|five|six|\\d)\\s+)?"
          + FEW_WORDS
          + "(?:"
          + PEOPLE
          + ")\\b"
          + "|(?:"
          + AGE
          + "\\s+)?"
          + NOT_A_DAY
          // "Jane Hale, 31, and her mother": the age after a name is no one.
          + "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?(?:,\\s+\\d{1,3}(?=,))?)";

  /** Victims told one by one, killed: "killed her daughter and two young grandchildren". */
  private static final Pattern LIST_OBJECT =
      Pattern.compile(
          "\\b(?:shot and killed|fatally shot|killed|murdered)\\s+("
              + ITEM
              + "(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)"
              + ITEM
              + ")+)(?=\\s*(?:[,.;]|before|after|in|at|on|inside|with|early|late|last|this"
              + "|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\b|\\s*[,.;]|$)");

  /**
   * Victims told one by one, then their fate: "The woman, the man and the child were pronounced
   * dead", "his mom and younger brother were dead". A word that opens the sentence before a comma
   * is none of them ("Inside, the victims were found dead").
   */
  private static final Pattern LIST_SUBJECT =
      Pattern.compile(
          // "Inside, the victims were found dead": a word before a comma and an article opens the
          // sentence; it is no one.
          "((?<![\\p{L}])(?!\\p{Lu}\\p{Ll}+,\\s+(?:the|a|an|his|her|their|its|both|all)\\s)"
              + ITEM
              + "(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)"
              + ITEM
              // "Jo Doe, 17, and Jim Roe, 18, were shot and killed": the last age's comma.
              + ")+)(?:(?<=\\d),(?=\\s+(?:were|have|had|all|both|died)\\b))?\\s+(?:(?:were|have been|had been)\\s+"
              + "(?:all\\s+|later\\s+)?(?:found\\s+)?(?:pronounced dead"
              + "|found dead|killed|shot and killed|shot dead|shot to death|fatally shot|slain|deceased"
              + "|dead)"
              // "the man and two children found dead in the home": the verb left out.
              + "|found\\s+(?:shot\\s+)?dead"
              + "|(?:all\\s+|both\\s+)?died)\\b");

  /**
   * The head of one item of a list set off by semicolons: an item of a list, or a person told by
   * whose they are ("Jo Doe's mother").
   */
  private static final String SEGMENT_HEAD =
      "(?:"
          + ITEM
          + "|\\p{Lu}[\\p{L}-]+['’]s\\s+"
          + FEW_WORDS
          + "(?:"
          + PERSON
          + "|girlfriend|boyfriend|cousin|nephew|niece|uncle|aunt)\\b)";

  private static final Pattern SEGMENT_START =
      Pattern.compile("^\\s*(?:and\\s+)?(" + SEGMENT_HEAD + ")");

  /** One item of a list set off by semicolons, with its apposition: "his wife, Jane Doe, 31". */
  private static final String SEGMENT = SEGMENT_HEAD + "(?:,[^;.]{1,60}?)?";

  /**
   * Victims killed, told in a list set off by semicolons because its items hold commas: "had killed
   * his 7-year-old son, Jo Doe; his wife, Ann Doe; and Ann's mother, May Roe, 60" tells three.
   */
  private static final Pattern LIST_BY_SEMICOLONS =
      Pattern.compile(
          "\\b(?:shot and killed|fatally shot|killed|murdered)\\s+("
              + SEGMENT
              + "(?:;\\s+(?:and\\s+)?"
              + SEGMENT
              + ")+)(?=\\s*[.;]|\\s*$)");

  /**
   * Victims told one by one as found or left dead: "police found the man and two children dead",
   * "the shooting left a man and his two sons dead", "discovered Jo Doe, 54, Jim Doe, 22, and
   * toddler Amy Doe — all dead from apparent gunshot wounds".
   */
  private static final Pattern LIST_FOUND =
      Pattern.compile(
          "\\b(?:found|left|discovered)\\s+("
              + ITEM
              + "(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)"
              + ITEM
              + ")+)(?:\\s+dead|\\s*(?:[—–-]|,)\\s*(?:all|both)\\s+(?:of\\s+them\\s+)?(?:dead"
              + "|deceased))\\b");

  /**
   * The fate first, then who: "Also wounded were four patrons", "Killed were a woman and her son",
   * "Injured was a 45-year-old man". Only at the start of the sentence: "those killed were mostly
   * young" names no one.
   */
  private static final Pattern INVERTED =
      Pattern.compile(
          "^\\s*(?:[Aa]lso\\s+)?([Kk]illed|[Dd]ead|[Ww]ounded|[Ii]njured|[Hh]urt)\\s+(?:was|were)\\s+("
              + ITEM
              + "(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)"
              + ITEM
              + ")*)(?=\\s*[,.;:]|\\s+(?:and|in|at|on|according)\\b|\\s*$)");

  /** Who died beside those a count told: "... are dead along with their father". */
  private static final Pattern ALONG_WITH =
      Pattern.compile(
          "^[^.;:]{0,40}?\\balong\\s+with\\s+("
              + ITEM
              + "(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)"
              + ITEM
              + ")*)");

  /**
   * Those along told wounded, not dead: "found the bodies of two people, along with two other
   * people who had life-threatening gunshot wounds".
   */
  private static final Pattern WOUNDED_ALONG =
      Pattern.compile(
          "^\\s*,?\\s*(?:who|that)\\s+(?:had|have|has|were|was|are|is)\\b[^.;]{0,50}?\\b(?:wounds?|wounded"
              + "|injured|injuries|hurt|alive|condition)\\b");

  private static final Pattern DETERMINER =
      Pattern.compile("^\\s*(?:The|A|An|His|Her|Their|Its|One|Two|Three|Four|Five|Six)\\b");

  private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s+(?:and\\s+)?|\\s+and\\s+");

  /** A killing told after another one in a list of the dead: "and fatally shot her mother". */
  private static final String ANOTHER_KILLING =
      "(?:then\\s+)?(?:shot and killed|fatally shot|killed|murdered"
          + "|inflicted\\s+a\\s+fatal\\s+(?:gunshot\\s+)?wound\\s+on)";

  private static final Pattern ANOTHER_KILLING_FIRST =
      Pattern.compile("^" + ANOTHER_KILLING + "\\s+");

  /**
   * Victims killed, then the one who killed them: "killed his wife before turning the gun on
   * himself" tells two deaths, "killed her daughter and two grandchildren before turning the gun on
   * herself" four, "killed his wife and two sons Saturday before taking his own life" four. A total
   * of the dead told elsewhere ("three were found dead") already counts the shooter, so the whole
   * is one total, not victims plus an attacker apart.
   */
  private static final Pattern KILLED_THEN_SELF =
      Pattern.compile(
          "\\b(?:shot and killed|fatally shot|killed|murdered)\\s+("
              + ITEM
              + "(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+"
              // "killed his ex-girlfriend and inflicted a fatal gunshot wound on their son before
              // taking his own life": a second killing of the same sentence.
              + "(?:"
              + ANOTHER_KILLING
              + "\\s+)?)"
              + ITEM
              + ")*)[^.;]{0,40}?\\b(?:turn(?:ed|ing|s)\\s+the\\s+(?:gun|weapon|rifle|shotgun|handgun"
              + "|pistol)\\s+on\\s+(?:him|her)self|(?:then|before|and)\\s+(?:(?:then|later)\\s+)?"
              + "(?:(?:fatally\\s+)?(?:shooting|killing|shot|killed)\\s+(?:him|her)self"
              + "|(?:taking|took)\\s+(?:his|her)\\s+own\\s+life|committ(?:ing|ed)\\s+suicide)"
              // "fatally shot his wife and then himself".
              + "|\\band\\s+(?:then\\s+)?(?:him|her)self)\\b");

  /**
   * The one who shot the victims, who then killed himself: "a woman died after being shot by her
   * husband, who then killed himself" tells his death besides hers.
   */
  private static final Pattern SHOOTER_THEN_SELF =
      Pattern.compile(
          "\\bby\\s+(?:his|her|their|a|an|the)\\s+"
              + FEW_WORDS
              + "(?:"
              + PERSON
              + ")(?:,\\s+(?:"
              + AGE
              + "\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}(?:,\\s+\\d{1,3})?)?,\\s+who"
              + "\\s+(?:then\\s+|later\\s+)?(?:killed|fatally shot|shot and killed|turned\\s+the"
              + "\\s+(?:gun|weapon)\\s+on)\\s+(?:him|her)self\\b");

  /**
   * Victims shot, then the one who shot them, in a murder-suicide: "a man shot his 8-year-old son
   * and then himself in a murder-suicide" tells two deaths. "Shot" alone tells no death; the
   * murder-suicide the sentence names does, for the victims and the shooter both.
   */
  private static final Pattern SHOT_THEN_SELF =
      Pattern.compile(
          "\\bshot\\s+("
              + ITEM
              + "(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)"
              + ITEM
              + ")*)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:and|before)\\s+(?:then\\s+)?(?:(?:shot|shooting|turned the gun"
              + " on|turning the gun on)\\s+)?(?:him|her)self\\b"
              + "(?=[^.;]{0,60}?\\bin\\s+(?:a|an\\s+apparent|what\\s+[^.;]{1,40}?\\s+(?:called|calling"
              + "|described as|believe (?:was|is|to be))\\s+an?)\\s+murder[- ]suicide\\b)");

  /**
   * The dead told by their bodies, one by one: "the bodies of 54-year-old Jo Doe, 42-year-old Jane
   * Roe and 6-year-old Jim Doe were discovered", "finding the bodies of Jo Doe, his wife, Jane Doe,
   * and their two children".
   */
  private static final Pattern BODIES_OF =
      Pattern.compile(
          "\\bbodies\\s+of\\s+(" + ITEM + "(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)" + ITEM + ")+)");

  /** A plural of people with no number: "the children", "his sons". */
  private static final Pattern UNCOUNTED =
      Pattern.compile("(?i)\\b(?:the|his|her|their)\\s+(?:" + PEOPLE + ")\\b");

  /** A killing told by its adjective: "a deadly shooting", "the fatal stabbing" (one at least). */
  private static final Pattern FATAL_EVENT =
      Pattern.compile(
          "\\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\\s+(?:[\\p{L}-]+\\s+)?(deadly|fatal)\\s+(?:accidental\\s+)?"
              + "(?:shooting|stabbing)\\b(?!s)");

  private VictimReader() {}

  /**
   * Victims killed and told one by one: "killed her 30-year-old daughter and two young
   * grandchildren" tells three deaths, "Also wounded were four patrons" four injured, "the woman,
   * the man and the ten-month-old child were pronounced dead" three; and the shooter who then
   * turned the gun on himself.
   */
  static List<Figure> lists(String sentence, List<Figure> found) {
    List<Figure> lists = new ArrayList<>();
    Matcher shooter = SHOOTER_THEN_SELF.matcher(sentence);
    if (shooter.find() && !Figure.anyOverlaps(found, shooter.start(), shooter.end())) {
      // The one who shot, dead by his own hand: counted apart from the victims told beside.
      lists.add(
          new Figure(
              Slot.FATALITIES,
              Quantity.exact(1),
              ATTACKERS,
              false,
              shooter.start(),
              shooter.end()));
    }
    Matcher inverted = INVERTED.matcher(sentence);
    if (inverted.find() && !Figure.anyOverlaps(found, inverted.start(), inverted.end())) {
      String fate = inverted.group(1).toLowerCase(Locale.ROOT);
      Slot slot = fate.equals("killed") || fate.equals("dead") ? Slot.FATALITIES : Slot.INJURIES;
      lists.add(
          new Figure(
              slot,
              Quantity.exact(count(inverted.group(2))),
              null,
              false,
              inverted.start(),
              inverted.end()));
    }
    for (Pattern pattern :
        new Pattern[] {
          LIST_BY_SEMICOLONS,
          KILLED_THEN_SELF,
          SHOT_THEN_SELF,
          LIST_OBJECT,
          LIST_SUBJECT,
          LIST_FOUND,
          BODIES_OF
        }) {
      Matcher matcher = pattern.matcher(sentence);
      while (matcher.find()) {
        int start = matcher.start();
        int end = matcher.end();
        long count =
            pattern == LIST_BY_SEMICOLONS
                ? countBySemicolons(matcher.group(1))
                : count(matcher.group(1))
                    + (pattern == KILLED_THEN_SELF || pattern == SHOT_THEN_SELF ? 1 : 0);
        boolean taken =
            found.stream()
                    .anyMatch(
                        figure ->
                            figure.overlaps(start, end)
                                && !counted(sentence, figure, matcher, count))
                || Figure.anyOverlaps(lists, start, end);
        // "the bodies of the children, a girl and a boy": a plural without a number, then its
        // people one by one; the count is not told.
        boolean unsure = pattern == BODIES_OF && UNCOUNTED.matcher(matcher.group(1)).find();
        if (!taken && !unsure && count >= 2) {
          lists.add(new Figure(Slot.FATALITIES, Quantity.exact(count), null, false, start, end));
          if (pattern == SHOT_THEN_SELF) {
            // Everyone of a murder-suicide was shot and died: of those shot, none is left wounded.
            lists.add(new Figure(Slot.INJURIES, Quantity.exact(count), null, false, start, end));
          }
        }
      }
    }
    return lists;
  }

  /**
   * Whether a list of the dead from {@code start} to {@code end} counts {@code figure} among its
   * {@code count}: "A man and his two children were found dead" tells three, the two children among
   * them. A count of the dead inside the list, smaller than it, is one of its items.
   */
  private static boolean counted(String sentence, Figure figure, Matcher list, long count) {
    return within(figure, list.start(), list.end(), count)
        && figure.start() >= list.start(1)
        && AND_ITEM.matcher(sentence.substring(list.start(1), figure.start())).find();
  }

  private static boolean within(Figure figure, int start, int end, long count) {
    Long stated = figure.quantity().stated();
    return figure.slot() == Slot.FATALITIES
        && figure.start() >= start
        && figure.end() <= end
        && stated != null
        && stated < count;
  }

  /**
   * The words before a count within a list: none, or a few words with no comma, when it is the
   * first item ("the man and two children"); "and" before a later item ("A man and his two
   * children"). A comma alone ("Earlier Friday, two people were killed") joins no item.
   */
  private static final Pattern AND_ITEM =
      Pattern.compile("(?i)^[\\p{L}\\s-]*$|\\band\\s+(?:(?:his|her|their|the)\\s+)?$");

  /**
   * The counts of {@code found} that a list of the dead counts among its own (see {@link #lists}):
   * they are items of it, not counts beside it.
   */
  static boolean inAList(Figure figure, List<Figure> lists) {
    return lists.stream()
        .anyMatch(
            list ->
                list != figure
                    && within(figure, list.start(), list.end(), list.quantity().stated()));
  }

  /**
   * A count of the dead with those told beside them: "Two young boys are dead along with their
   * father" tells three, "Michael, Connor, Jaeci and Kailey were shot dead along with their mother"
   * five. Those of a group and those beside them are a count of everyone. The figure as it was when
   * nothing is told beside it.
   */
  static Figure withThoseAlong(String sentence, Figure figure) {
    Long stated = figure.quantity().stated();
    if (figure.slot() != Slot.FATALITIES || ATTACKERS.equals(figure.group()) || stated == null) {
      return figure;
    }
    String rest = sentence.substring(figure.end());
    Matcher along = ALONG_WITH.matcher(rest);
    if (!along.find() || WOUNDED_ALONG.matcher(rest.substring(along.end())).find()) {
      return figure;
    }
    long more = count(along.group(1));
    return new Figure(
        Slot.FATALITIES,
        Quantity.exact(stated + more),
        null,
        figure.part(),
        figure.start(),
        figure.end() + along.end());
  }

  /** The people of a list: one an item, or the number an item gives ("two young children"). */
  private static long count(String list) {
    long count = 0;
    // How many names after a noun are its people, not others: "her daughter, Meredith Jessie"
    // (one), "their two children, 6-year-old Tylee and 2-year-old Blake" (two). The first such name
    // follows a comma: "the two girls and Nina Doe" are three.
    long namedAfter = 0;
    boolean skipping = false;
    Matcher separator = LIST_SEPARATOR.matcher(list);
    int from = 0;
    boolean afterComma = false;
    while (from <= list.length()) {
      boolean found = separator.find(from);
      String written = list.substring(from, found ? separator.start() : list.length());
      boolean nextAfterComma = found && separator.group().startsWith(",");
      from = found ? separator.end() : list.length() + 1;
      // "- Four children": a dash or a quote before the first item is no word of it; nor is the
      // verb of a second killing ("and fatally shot her mother").
      String item = written.replaceFirst("^[^\\p{L}\\d]+", "").strip();
      item = ANOTHER_KILLING_FIRST.matcher(item).replaceFirst("");
      if (item.isBlank() || item.matches("\\d{1,3}")) {
        afterComma = afterComma || nextAfterComma;
        continue;
      }
      // "his friend, 63-year-old Daniel Caron": an age before a name is part of the name.
      boolean name =
          Character.isUpperCase(item.charAt(0)) && !DETERMINER.matcher(item).find()
              || AGED.matcher(item).lookingAt();
      if (name && namedAfter > 0 && (afterComma || skipping)) {
        namedAfter--;
        skipping = true;
        afterComma = nextAfterComma;
        continue;
      }
      long people = people(item);
      count += people;
      namedAfter = name ? 0 : people;
      skipping = false;
      afterComma = nextAfterComma;
    }
    return count;
  }

  /** The people of a list set off by semicolons: the people of each item's head. */
  private static long countBySemicolons(String list) {
    long count = 0;
    for (String segment : list.split(";")) {
      Matcher matcher = SEGMENT_START.matcher(segment);
      count += matcher.find() ? people(matcher.group(1).strip()) : 1;
    }
    return count;
  }

  /** An age before a name: "63-year-old Daniel Caron". */
  private static final Pattern AGED = Pattern.compile(AGE + "\\s+\\p{Lu}");

  /** The people one item of a list counts: "his wife" one, "two young children" two. */
  private static long people(String item) {
    String[] words = item.split("\\s+");
    String first = words[0].toLowerCase(Locale.ROOT);
    if ((first.equals("his") || first.equals("her") || first.equals("their")) && words.length > 1) {
      first = words[1].toLowerCase(Locale.ROOT);
    }
    int small = SMALL.indexOf(first);
    String last = words[words.length - 1];
    boolean plural = PLURAL.matcher(last).matches() || last.equalsIgnoreCase("couple");
    // "his sons, ages 3 and 4": people in the plural without a number are two at least, and "a
    // young couple" is two.
    return small >= 0 ? small + 1 : first.matches("\\d") ? Long.parseLong(first) : plural ? 2 : 1;
  }

  /**
   * One person named as a victim with no number: "a 7-year-old boy was shot and killed", "John
   * Smith, 26, died at the scene", "a woman was wounded". A plain "was shot" counts as injured: a
   * death would be told.
   */
  static List<Figure> singles(String sentence, List<Figure> found) {
    List<Figure> singles = new ArrayList<>();
    // People named one by one with their ages: "Jo Doe, 24, and Al Roe, 22, were shot".
    Matcher named = NAMED_WITH_AGES.matcher(sentence);
    while (named.find()) {
      int start = named.start();
      int end = named.end();
      if (!Figure.anyOverlaps(found, start, end)) {
        Matcher ages = NAME_AND_AGE.matcher(sentence).region(start, end);
        long count = 0;
        while (ages.find()) {
          count++;
        }
        singles.add(
            new Figure(singleSlot(named.group(1)), Quantity.exact(count), null, false, start, end));
      }
    }
    // Two people: "Both victims were injured", "police found Eva's parents dead", "a man and a
    // woman were shot and killed".
    for (Pattern pattern : new Pattern[] {BOTH, FOUND_TWO, PAIR, LEFT_PAIR}) {
      Matcher matcher = pattern.matcher(sentence);
      while (matcher.find()) {
        int start = matcher.start();
        int end = matcher.end();
        if (!Figure.anyOverlaps(found, start, end)) {
          singles.add(
              new Figure(
                  singleSlot(firstGroup(matcher)), Quantity.exact(2), null, false, start, end));
        }
      }
    }
    for (Pattern pattern :
        new Pattern[] {
          ONE_OF,
          ANOTHER_HURT,
          THE_OTHER_HURT,
          TO_DEATH,
          SHOT_DEAD,
          // "The death of a 14-year-old boy shot by his friend": the boy shot is the one dead.
          DEATH_OF,
          SINGLE,
          SINGLE_THEN_DEAD,
          NAMED_THEN_DEAD,
          POSSESSIVE_DEATH,
          BODY_OF_ONE,
          SINGLE_OBJECT,
          SINGLE_PRONOUN,
          SINGLE_NAMED,
          SINGLE_NAMED_OBJECT,
          LEFT,
          KILLING_IN_SHOOTING_OF,
          SHOOTING_OF,
          PRONOUNCED,
          DID_NOT_SURVIVE,
          SUFFERED,
          WOUNDED_PERSON,
          IN_CONDITION,
          HOSPITAL_AFTER,
          STILL_IN_HOSPITAL,
          WITH_WOUND,
          PRONOUN_AFTER,
          HIT,
          BULLET_HIT
        }) {
      Matcher matcher = pattern.matcher(sentence);
      while (matcher.find()) {
        int start = matcher.start();
        int end = matcher.end();
        boolean taken =
            Figure.anyOverlaps(found, start, end) || Figure.anyOverlaps(singles, start, end);
        if (!taken) {
          String verb = firstGroup(matcher);
          Slot slot = singleSlot(verb);
          boolean attacker =
              slot == Slot.FATALITIES && ATTACKER.matcher(sentence.substring(start, end)).find();
          singles.add(
              new Figure(slot, Quantity.exact(1), attacker ? ATTACKERS : null, false, start, end));
          Matcher died =
              pattern == SINGLE && slot == Slot.INJURIES
                  ? DIED_AFTER
                      .matcher(sentence)
                      .region(end, sentence.length())
                      .useTransparentBounds(true)
                  : null;
          if (died != null && died.lookingAt()) {
            // "A baby shot on Sunday morning has died": the one shot, then their death; those
            // shot less the dead leave no one injured.
            int from = end;
            while (from < died.end() && Character.isWhitespace(sentence.charAt(from))) {
              from++;
            }
            singles.add(
                new Figure(Slot.FATALITIES, Quantity.exact(1), null, false, from, died.end()));
          }
        }
      }
    }
    Matcher multiple = MULTIPLE.matcher(sentence);
    while (!OTHER_EVENTS.matcher(sentence).find() && multiple.find()) {
      int start = multiple.start();
      int end = multiple.end();
      if (!Figure.anyOverlaps(found, start, end) && !Figure.anyOverlaps(singles, start, end)) {
        long count =
            switch (multiple.group(1).toLowerCase(Locale.ROOT)) {
              case "double" -> 2;
              case "triple" -> 3;
              default -> 4;
            };
        Slot slot =
            multiple.group(2).equalsIgnoreCase("shooting") ? Slot.INJURIES : Slot.FATALITIES;
        singles.add(new Figure(slot, Quantity.exact(count), null, false, start, end));
      }
    }
    Matcher fatal = FATAL_EVENT.matcher(sentence);
    while (fatal.find()) {
      int start = fatal.start();
      int end = fatal.end();
      if (!Figure.anyOverlaps(found, start, end) && !Figure.anyOverlaps(singles, start, end)) {
        singles.add(new Figure(Slot.FATALITIES, Quantity.atLeast(1), null, false, start, end));
      }
    }
    return singles;
  }

  private static String firstGroup(Matcher matcher) {
    for (int group = 1; group <= matcher.groupCount(); group++) {
      if (matcher.group(group) != null) {
        return matcher.group(group);
      }
    }
    return matcher.group();
  }

  private static Slot singleSlot(String verb) {
    String lower = verb.toLowerCase(Locale.ROOT);
    if (lower.matches(
        "(?s).*(?:kill|dead|deceased|death|died|dies|fatal|murder|manslaughter|homicide|slain"
            + "|lost \\w+ li|succumb|passed"
            + "|gunned down|claimed the life|claim(?:s|ed) (?:(?:a|one|another) (?:young )?)?life"
            + "|did(?:n't|n’t| not) (?:survive|make it)"
            + "|pronounced|medical examiner|coroner|morgue|\\bbody\\b"
            + "|declared"
            // "executed his daughter", "beheaded a hostage": killings told by their manner.
            + "|execut|behead).*")) {
      return Slot.FATALITIES;
    }
    if (lower.matches("(?s).*(?:kidnap|abduct).*")) {
      return Slot.ABDUCTED;
    }
    return Slot.INJURIES;
  }
}
