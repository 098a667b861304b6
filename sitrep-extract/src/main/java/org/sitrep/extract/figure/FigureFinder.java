package org.sitrep.extract.figure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.quantity.QuantityMention;
import org.sitrep.extract.quantity.QuantityParser;
import org.sitrep.model.EventFigures;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;

/**
 * Reads which count each number of a sentence is, from the words around it: "12 people were
 * killed", "killing around 60", "the death toll rose to 170", "injuring over 100 others", "20
 * students were kidnapped". Numbers joined by "and" share their count word ("about one hundred
 * civilians and 13 American soldiers were killed"); a number after "including" is part of the count
 * before it. "No deaths were reported" is an explicit zero; a sentence that says nothing is not.
 * "Three people were shot" counts people hit (injuries), "one fatally" the dead among them; victims
 * told of without a number are read by {@link VictimReader}. Stateless and thread-safe.
 */
public final class FigureFinder {
  /** Where the bodies of the dead are taken: "taken to the county medical examiner's office". */
  static final String TO_THE_EXAMINER =
      "(?:taken|transported|brought|sent|removed)\\s+to\\s+the\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?"
          + "(?:medical examiner|coroner|morgue)";

  private static final String KILLED =
      "fatally (?:shot|wounded|stabbed)|killed|dead|died|murdered|slain|lost their lives|lost his life|lost her life|perished"
          + "|shot dead|shot and killed|shot to death|executed|fatalities|deaths|bodies|deceased"
          // "All three were transported to the State Medical Examiner's Office": the dead go there.
          + "|"
          + TO_THE_EXAMINER;

  /** "Shot" alone counts people hit; those of them whose death is told are the killed. */
  private static final String INJURED =
      "wounded|injured|hurt|injuries|wounds|shot|hospitali[sz]ed"
          // "Three people were struck by gunfire", "two men hit by stray bullets": hit by a gun.
          + "|(?:struck|hit)\\s+by\\s+(?:gunfire|(?:stray\\s+)?(?:bullets?|rounds|shots))"
          + "|to (?:the |a |an |area |local )?hospitals?"
          // "All five were taken to Gary Methodist Hospital": a hospital by its name.
          + "|(?:taken|rushed|transported|flown|airlifted)\\s+to\\s+(?-i:(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,5}"
          + "(?:Hospital|Medical Center|Medical Centre))"
          + "|in (?:critical|serious|stable|fair|good|grave) condition";

  private static final String ABDUCTED = "kidnapped|abducted|taken hostage|seized|held hostage";
  private static final String ARRESTED = "arrested|detained|taken into custody|apprehended";
  private static final String MISSING = "missing|unaccounted for";

  /** The count word right after a number and its noun: "12 people were killed". */
  private static final Pattern AFTER =
      Pattern.compile(
          "(?i)^((?:\\s*(?!and\\b|or\\b)[\\p{L}.'’-]+){0,6}?)\\s*,?\\s*(?:(?:were|was|have been|had been|are|is"
              + "|been|being|reportedly|also|later|all|of them|others|more|confirmed|feared"
              + "|believed|thought|to have been|who were|who had been|have|had|found|listed)\\s+){0,4}"
              + "(?<![\\p{L}])(killed and (?:wounded|injured)|killed or (?:wounded|injured)|dead and (?:wounded"
              + "|injured)|casualties|"
              + KILLED
              + "|"
              + INJURED
              + "|"
              + ABDUCTED
              + "|"
              + ARRESTED
              + "|"
              + MISSING
              + ")(?![\\p{L}])");

  /** The count word right before a number: "killing 60", "the death toll rose to 170". */
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?i)(killing|killed|kills|murdering|murdered|claimed the lives of"
              // "charged in the shooting deaths of four women".
              + "|(?:deaths|killings|murders|slayings)\\s+of"
              // "The bodies of two men were found in a field".
              + "|bodies\\s+of"
              // "fatally shot two people": the dead, not those hit.
              + "|fatally (?:shot|wounded|wounding|shooting)|shooting|shot|beheading"
              + "|beheaded|executing"
              + "|massacring|shooting dead"
              + "|(?:death toll|toll|number of (?:dead|deaths|victims))\\b[^.;]{0,80}?\\b(?:rose|risen"
              + "|climbed|increased|jumped|reached|stood|stands|hit)\\s+(?:to|at)?|death toll"
              + "(?:\\s+\\w+){0,3}?\\s+(?:to|at|of|is|was|reached|hit|stood at|stands at)|toll"
              + "(?:\\s+\\w+){0,2}?\\s+(?:to|at|of)|injuring|wounding|injured|wounded|kidnapping"
              + "|abducting|kidnapped|abducted|arresting|arrested|detaining|detained)"
              // "wounding her two children": a possessive between a verb of wounding and its number
              // ("killed his two children and himself" is a list of the dead).
              + "\\s+(?:(?<=(?:injuring|wounding|injured|wounded)\\s)(?:his|her|their)\\s+)?"
              + "(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|as many as"
              + "|approximately|an estimated|roughly)\\s+)?$");

  private static final Pattern FATALLY_AFTER =
      Pattern.compile("(?i)^\\s+(?:of them\\s+)?fatally\\b");

  /** The dead among people shot: "two people were shot, one fatally". */
  private static final Pattern FATALLY =
      Pattern.compile("(?i)\\b(one|two|three|four|five|\\d{1,2})\\s+(?:of them\\s+)?(fatally)\\b");

  private static final Pattern ZERO =
      Pattern.compile(
          "(?i)\\b(?:no|without)\\s+(?:immediate\\s+)?(?:reports?\\s+of\\s+)?(?:any\\s+)?"
              + "(?:(?:reported|known|confirmed)\\s+)?"
              + "(deaths?|casualties|fatalities|injuries|one (?:was )?(?:killed|hurt|injured))\\b"
              + "|\\bno(?:body| one) was (killed|hurt|injured|wounded|harmed)\\b"
              + "|\\b(?:released|freed|escaped|rescued|returned|left)\\s+(unharmed|unhurt)\\b"
              // Nobody besides those told, or nobody hit at all: "No one else was injured", "No
              // other injuries were reported", "There were no other victims", "no one was hit".
              + "|\\bno(?:body| one) (else) (?:was|were) (?:killed|hurt|injured|wounded|harmed|shot"
              + "|struck|hit)\\b"
              + "|\\bno (other|additional|further) (?:injuries|victims|casualties)\\b"
              // "Markins was the only person injured", "He was the only one hurt": no one else.
              + "|\\bthe only (?:one|person|victim) (?:who was )?(?:injured|hurt|wounded|shot|struck"
              + "|hit)\\b"
              + "|\\bno(?:body| one) was (shot|struck|hit)\\b");

  /**
   * Words set off by commas between a number and its count word: "Six people, including the
   * assailant, were killed".
   */
  private static final Pattern APPOSITION =
      Pattern.compile(
          "^((?:\\s*(?!and\\b|or\\b)[\\p{L}.'’-]+){0,4}?)\\s*,\\s*(?:including|among them|among"
              + " whom|most of them|all of them|mostly)\\b[^,;.]{1,80},");

  /** One attacker joined to a count: "The bomber and four soldiers were killed". */
  private static final Pattern ATTACKER_AND =
      Pattern.compile(
          "(?i)\\b(?:the|an?|one)\\s+(?:suicide\\s+|[\\p{L}-]+\\s+)?(bomber|assailant|attacker|gunman"
              + "|militant|perpetrator|hijacker|driver|passenger|soldier|policeman|officer|guard"
              + "|teacher|student|child|civilian|man|woman|boy|girl)\\s+and\\s+$");

  /**
   * A number of days, shots, times or cases counts no one: "two days after being shot", "14 cases
   * involving the shooting deaths of children".
   */
  private static final Pattern UNIT =
      Pattern.compile(
          "(?i)^\\s*(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|times?|shots?"
              + "|rounds?|bullets?|gunshots?|blocks?|miles?|feet|yards?|cases?|incidents?|shootings?"
              + "|homicides?|calls?|charges?|counts?"
              // "a chase through two counties", "three handguns were found": places and things.
              + "|counties|states|cities|towns|neighborhoods|streets|vehicles|cars|guns|handguns"
              + "|rifles|weapons"
              // "a dozen churches prayed for the wounded": institutions, not people.
              + "|churches|congregations|schools|businesses|stores|homes|houses|buildings"
              + "|agencies|departments)\\b");

  /**
   * Those a count word is charged with, not its victims: "two brothers charged in the shooting
   * deaths of four women", "three men accused in the killing".
   */
  private static final Pattern ACCUSED =
      Pattern.compile(
          "(?i)\\b(?:charged|accused|arrested|indicted|convicted|sentenced|suspected|wanted"
              + "|sought|held|jailed)\\b");

  /**
   * A count of people told unhurt: "Her two passengers were not injured", "the other three were not
   * hurt" count no one hurt, and no one killed.
   */
  private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:not|never)\\b|n[’']t\\b");

  private static final Pattern INCLUDING_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:including|among them|among whom|of whom|of them)\\s+(?:\\S+\\s+){0,2}$");

  /** The words after a number up to a preposition, a verb of the count, or punctuation. */
  private static final Pattern NOUN_AFTER =
      Pattern.compile(
          "^\\s*((?:(?!(?:and|in|at|on|from|who|which|were|was|after|during|near|including|died"
              + "|dead)\\b)[\\p{L}.'’-]+\\s*){0,4})");

  private static final Pattern AND_WORD = Pattern.compile("(?i)\\band\\b");

  /**
   * Words of a clause, not of a noun phrase, between a number and its count word: "four people are
   * recovering from gunshot wounds", "three victims with gunshot wounds" count everyone, no group.
   */
  private static final Pattern CLAUSE =
      Pattern.compile(
          "(?i)\\b(?:are|is|was|were|be|been|who|whom|which|that|had|has|have|with|from|to|after"
              + "|before|recovering|suffering|reported|remain|remains|remained)\\b");

  private static final Pattern JOINED =
      Pattern.compile(
          "(?i)(?:\\s*[\\p{L}.'’-]+){0,4}\\s*(?:,\\s*)?(?:and|as well as|plus)\\s*(?:the\\s+)?");

  /** A number with a verb of its own ("one person is listed ...") shares no count word. */
  private static final Pattern OWN_VERB =
      Pattern.compile("(?i)^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:is|are|was|were)\\b");

  /** How badly some of those shot were hurt: "one critically", "two of them seriously". */
  private static final Pattern IN_A_STATE =
      Pattern.compile(
          "(?i)^\\s+(?:of them\\s+)?(?:critically|seriously|severely|gravely|badly|slightly"
              + "|minorly)\\b");

  private static final Pattern AND_BEFORE = Pattern.compile("(?i)(?:\\band|,)\\s*$");

  private static final Pattern EVERYONE =
      Pattern.compile(
          "(?i)^(?:people|persons|individuals|others|other|other people|more|of them|in all"
              + "|in total|victims)$");

  private final QuantityParser quantities;

  public FigureFinder(QuantityParser quantities) {
    this.quantities = requireNonNull(quantities, "quantities");
  }

  /** The counts of {@code sentence}, in text order. */
  public List<Figure> find(String sentence) {
    requireNonNull(sentence, "sentence");
    List<QuantityMention> mentions =
        quantities.find(sentence).stream()
            .filter(
                mention ->
                    !mention.pronounLike()
                        || deadOfThem(sentence, mention)
                        || allOfThem(sentence, mention))
            // "He was the only one hurt": no count, but no one besides him (see ZERO).
            .filter(mention -> !ONLY_BEFORE.matcher(sentence.substring(0, mention.start())).find())
            .toList();
    Figure[] read = new Figure[mentions.size()];
    Figure previous = null;
    for (int i = 0; i < mentions.size(); i++) {
      read[i] = read(sentence, mentions.get(i), previous).orElse(null);
      if (read[i] != null) {
        previous = read[i];
      }
    }
    // A number joined by "and" to the next one shares its count word: "one hundred civilians and
    // 13 American soldiers were killed".
    for (int i = mentions.size() - 2; i >= 0; i--) {
      if (read[i] == null
          && read[i + 1] != null
          && joined(sentence, mentions.get(i), mentions.get(i + 1))) {
        QuantityMention mention = mentions.get(i);
        read[i] =
            new Figure(
                read[i + 1].slot(),
                mention.quantity(),
                group(nounAfter(sentence, mention.end())),
                read[i + 1].part(),
                mention.start(),
                mention.end());
      }
    }
    List<Figure> figures = new ArrayList<>();
    for (Figure figure : read) {
      if (figure != null) {
        figures.add(figure);
      }
    }
    figures.addAll(attackers(sentence, mentions, read));
    figures.addAll(zeros(sentence));
    figures.addAll(fatally(sentence, figures));
    figures.addAll(allDied(sentence, figures));
    List<Figure> lists = VictimReader.lists(sentence, figures);
    figures.removeIf(figure -> VictimReader.inAList(figure, lists));
    figures.addAll(lists);
    addTheShooterToHisVictims(sentence, figures, false);
    figures.addAll(oneMoreWounded(sentence, figures));
    figures.addAll(VictimReader.singles(sentence, figures));
    // "A gunman shot and killed a woman …, then turned the gun on himself": a victim told alone,
    // read among the singles, and the shooter after her.
    addTheShooterToHisVictims(sentence, figures, true);
    deathTollByOrdinal(sentence, figures);
    figures.replaceAll(figure -> VictimReader.withThoseAlong(sentence, figure));
    figures.addAll(noneDying(sentence));
    figures.removeIf(
        figure ->
            tallied(sentence, figure)
                || firedUpon(sentence, figure)
                || hypothetical(sentence, figure)
                || oneAndTheOther(sentence, figure));
    figures.sort(java.util.Comparator.comparingInt(Figure::start));
    return List.copyOf(woundedInTwoClauses(sentence, figures));
  }

  /**
   * People shot at, not hit: "two men were shot at while sitting in a car", "he was shot at but not
   * hit". "Shot at" before a place or a time ("shot at a party", "shot at 3 a.m.", "shot at least
   * once") is a hit, and stays.
   */
  private static boolean firedUpon(String sentence, Figure figure) {
    return figure.slot() == Slot.INJURIES
        && figure.end() >= 4
        && sentence.regionMatches(true, figure.end() - 4, "shot", 0, 4)
        && FIRED_UPON.matcher(sentence).region(figure.end(), sentence.length()).lookingAt();
  }

  /** "at" with no place or time after it: the shots were fired at them, no hit told. */
  private static final Pattern FIRED_UPON =
      Pattern.compile(
          "(?i)\\s+at\\s*(?:[,.;:]|$|\\b(?:but|while|when|as|by|from|during|multiple|several"
              + "|numerous|repeatedly|twice|again)\\b)");

  /**
   * One of several told before, beside the others: "One was shot in the arm; the other was grazed
   * in the leg", "One was shot in the leg, one in the arm and one in the foot" tell how they were
   * hurt, not a count of one.
   */
  private static boolean oneAndTheOther(String sentence, Figure figure) {
    return figure.slot() == Slot.INJURIES
        && ONE_ALONE.matcher(sentence.substring(figure.start(), figure.end())).matches()
        && PARTS.matcher(sentence).find();
  }

  /** "One" with no noun after it: "one", "One was shot in the arm". */
  private static final Pattern ONE_ALONE =
      Pattern.compile("(?i)one(?:\\s+(?:was|is|had)\\b(?!\\s+of\\b).*)?");

  /** A sentence of parts: "one …; the other …", "one …, one … and one …", "one … and another …". */
  private static final Pattern PARTS =
      Pattern.compile(
          "(?i)\\bone\\b[^.]*?\\b(?:the others?|another)\\b|\\bone\\b[^.;]*?(?:,|\\band)\\s+one\\b");

  /**
   * The wounded told in two clauses of one sentence, the second of new people: "A man and a woman
   * were wounded, and a 17-year-old boy was grazed in the head" is three wounded, one count. The
   * second clause must open with a person not told before ("a", "an", "another", a number), so that
   * "three were hurt, and one of them is in critical condition" stays three.
   */
  private static List<Figure> woundedInTwoClauses(String sentence, List<Figure> figures) {
    List<Figure> merged = new ArrayList<>(figures);
    // "one person is listed in critical condition": the zero dead its condition tells sits inside
    // the count of the wounded, not between two clauses.
    List<Figure> alive =
        merged.stream()
            .filter(
                figure ->
                    figure.slot() == Slot.FATALITIES
                        && Long.valueOf(0).equals(figure.quantity().stated())
                        && merged.stream()
                            .anyMatch(
                                other ->
                                    other.slot() == Slot.INJURIES
                                        && other.start() <= figure.start()
                                        && figure.end() <= other.end()))
            .toList();
    merged.removeAll(alive);
    for (int i = 0; i + 1 < merged.size(); i++) {
      Figure first = merged.get(i);
      Figure second = merged.get(i + 1);
      if (first.slot() == Slot.INJURIES
          && second.slot() == Slot.INJURIES
          && first.group() == null
          && second.group() == null
          && !first.part()
          && !second.part()
          && first.quantity().isExact()
          && second.quantity().isExact()
          && first.end() <= second.start()
          && NEXT_CLAUSE.matcher(sentence.substring(first.end(), second.start())).matches()
          && ((NEW_PEOPLE.matcher(sentence.substring(second.start(), second.end())).lookingAt()
                  && !oneOfThemInCondition(sentence, first, second))
              || otherCondition(sentence, first, second))) {
        merged.set(
            i,
            new Figure(
                Slot.INJURIES,
                Quantity.exact(first.quantity().stated() + second.quantity().stated()),
                null,
                false,
                first.start(),
                second.end()));
        merged.remove(i + 1);
        i--;
      }
    }
    merged.addAll(alive);
    merged.sort(java.util.Comparator.comparingInt(Figure::start));
    return merged;
  }

  /**
   * One person's condition told after a count of several who were hit: "Five more people were shot;
   * a 17-year-old boy remained in critical condition" tells how one of the five is, not a sixth. A
   * clause that tells a hit ("and a boy was grazed in the head") still tells new people.
   */
  private static boolean oneOfThemInCondition(String sentence, Figure first, Figure second) {
    String words = sentence.substring(second.start(), second.end());
    return first.quantity().stated() >= 2
        && second.quantity().stated() == 1
        && ONLY_A_CONDITION.matcher(words).find()
        && !HIT_TOLD.matcher(words).find();
  }

  /** A clause that tells where a person is now: in a condition, in hospital, recovering. */
  private static final Pattern ONLY_A_CONDITION =
      Pattern.compile("(?i)\\b(?:condition|hospital|hospitali[sz]ed|recovering)\\b");

  /** A clause that tells a person hit: "was grazed", "was shot", "after being struck". */
  private static final Pattern HIT_TOLD =
      Pattern.compile("(?i)\\b(?:shot|wounded|injured|hurt|struck|hit|grazed|wounds?|injuries)\\b");

  /**
   * Two counts of the wounded each told in its own condition, the conditions unlike: "two people
   * are in critical condition and three are being treated for non-life-threatening wounds" are five
   * people, "four are being treated for other injuries" are others.
   */
  private static boolean otherCondition(String sentence, Figure first, Figure second) {
    String one = condition(sentence.substring(first.start(), first.end()));
    String two = condition(sentence.substring(second.start(), second.end()));
    return one != null && two != null && (!one.equals(two) || two.equals("other"));
  }

  /** How badly the words tell people hurt, as grave, serious or mild; "other"; or null. */
  private static String condition(String words) {
    Matcher matcher = CONDITION.matcher(words);
    if (!matcher.find()) {
      return null;
    }
    String word = matcher.group(1).toLowerCase(Locale.ROOT);
    if (word.startsWith("non") || MILD.contains(word)) {
      return "mild";
    }
    if (GRAVE.contains(word) || word.startsWith("life")) {
      return "grave";
    }
    return word;
  }

  private static final Set<String> MILD = Set.of("stable", "fair", "good", "minor");
  private static final Set<String> GRAVE = Set.of("critical", "grave");

  private static final Pattern CONDITION =
      Pattern.compile(
          "(?i)\\b(non[- ]life[- ]threatening|life[- ]threatening|critical|grave|serious|stable"
              + "|fair|good|minor|other(?=\\s+(?:injuries|wounds)))\\b");

  /** What joins two clauses of one sentence: "…were wounded, and a boy was grazed". */
  private static final Pattern NEXT_CLAUSE = Pattern.compile("(?:,\\s*|\\s+)and\\s+|;\\s+");

  /** A clause that opens with people not told before: "a 17-year-old boy", "another man". */
  private static final Pattern NEW_PEOPLE =
      Pattern.compile(
          "(?i)(?:an?|another)\\s+(?!(?:total|number|few)\\b)[\\p{L}\\d-]+"
              + "|(?:two|three|four|five|\\d+)\\s+(?:other|more)\\b");

  /**
   * A count of what might have been, not of what was: "he would have shot his father, too, had he
   * been home", "could have killed dozens".
   */
  private static boolean hypothetical(String sentence, Figure figure) {
    return WOULD_HAVE.matcher(sentence.substring(0, figure.start())).find();
  }

  private static final Pattern WOULD_HAVE =
      Pattern.compile(
          "(?i)\\b(?:would|could|might)\\s+(?:(?:not|never)\\s+)?have\\s+(?:been\\s+)?$");

  /**
   * A count over a period, not of one event: "131 people wounded or killed by gunshots in the city
   * so far this year", "104 people shot in Toledo this year", "74 people injured from January to
   * November 2014". The period must follow the count in its own clause: "Two people were killed
   * Saturday, the city's 50th homicide this year" keeps its two.
   */
  private static boolean tallied(String sentence, Figure figure) {
    String rest = sentence.substring(figure.end());
    Matcher boundary = CLAUSE_END.matcher(rest);
    String clause = boundary.find() ? rest.substring(0, boundary.start()) : rest;
    // The least a count says: "several injured" over a bloody weekend is at least three of them.
    Long least = figure.quantity().low();
    return TALLY.matcher(clause).find()
        || least != null && least >= 2 && SEPARATE_EVENTS.matcher(sentence).find();
  }

  /**
   * "Two teenagers died in separate incidents", "two people are dead … following several separate
   * shootings", "two separate shooting cases … of two children who shot themselves", "a violent
   * weekend sent six people to hospitals", "a bloody Mother's Day weekend that left seven people
   * dead … in 17 shootings", "three children shot in the past four days": a count over more than
   * one event is no count of any of them.
   */
  private static final Pattern SEPARATE_EVENTS =
      Pattern.compile(
          "(?i)\\b(?:separate|unrelated|different)\\s+(?:(?:shooting|gun|gunfire)\\s+)?(?:incidents"
              + "|shootings|attacks|cases)\\b"
              // "A violent weekend in Toledo sent six people to area hospitals".
              + "|\\b(?:violent|bloody|deadly)\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:weekend|week|night|month"
              + "|holiday)\\b"
              // "seven people dead and 14 others hurt in 17 shootings across the city".
              + "|\\bin\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)"
              + "\\s+(?:separate\\s+)?(?:shootings|attacks|incidents)\\b"
              // "investigating two shootings Monday that resulted in the deaths of two men".
              + "|\\b(?:two|three|four|five|several|multiple)\\s+(?:deadly\\s+|fatal\\s+)?shootings\\b"
              // "Three children have been shot in the past four days, two fatally".
              + "|\\bin\\s+the\\s+(?:past|last)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten"
              + "|few|several)\\s+(?:days|weeks)\\b");

  private static final Pattern CLAUSE_END = Pattern.compile("[,;.:!?—–]");

  private static final Pattern TALLY =
      Pattern.compile(
          "(?i)\\b(?:so far (?:this (?:year|month)|in \\d{4})|this year|since (?:January|the start of"
              + " the year)|from January|in the past (?:year|month|\\d+ (?:years|months))|per year"
              + "|annually|year to date)\\b");

  /**
   * The one attacker told before a count of the dead: "The bomber and four soldiers were killed".
   */
  private static List<Figure> attackers(
      String sentence, List<QuantityMention> mentions, Figure[] read) {
    List<Figure> attackers = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Matcher attacker = ATTACKER_AND.matcher(sentence.substring(0, mentions.get(i).start()));
      if (read[i] != null && read[i].slot() == Slot.FATALITIES && attacker.find()) {
        attackers.add(
            new Figure(
                Slot.FATALITIES,
                Quantity.exact(1),
                ATTACKER_WORD.matcher(attacker.group(1)).matches()
                    ? VictimReader.ATTACKERS
                    : attacker.group(1).toLowerCase(Locale.ROOT),
                false,
                attacker.start(),
                attacker.end()));
      }
    }
    return attackers;
  }

  private static final Pattern ATTACKER_WORD =
      Pattern.compile("(?i)bomber|assailant|attacker|gunman|militant|perpetrator|hijacker");

  /**
   * A partitive that tells deaths, "shot nine of them dead", "two of them died": the dead among
   * people told of before, a count of its own; other partitives only refer back.
   */
  private static boolean deadOfThem(String sentence, QuantityMention mention) {
    return PARTITIVE_DEAD.matcher(sentence.substring(mention.end())).find();
  }

  /**
   * "All four died", "the two were wounded", "one of the two who died": a number standing for
   * people told of before, with the fate of them all; it counts them.
   */
  private static boolean allOfThem(String sentence, QuantityMention mention) {
    return ALL_BEFORE.matcher(sentence.substring(0, mention.start())).find()
        && FATE_AFTER.matcher(sentence.substring(mention.end())).find();
  }

  private static final Pattern ONLY_BEFORE = Pattern.compile("(?i)\\bthe\\s+only\\s+$");

  private static final Pattern ALL_BEFORE = Pattern.compile("(?i)\\b(?:all|both|the)\\s+$");

  private static final Pattern FATE_AFTER =
      Pattern.compile(
          // "all four were initially taken to".
          "(?i)^\\s+(?:(?:who|were|have|had|been|later|all|\\p{L}+ly)\\s+){0,3}(?:died|killed|dead|wounded|injured"
              + "|shot dead|shot and killed|hospitali[sz]ed"
              // "All four were said to be in stable condition", "All five were taken to the
              // hospital": the fate of them all, hurt and alive.
              + "|(?:said to be |listed )?in (?:stable|critical|serious|fair|good|grave) condition"
              + "|(?:taken|rushed|transported|flown) to)\\b");

  private static final Pattern PARTITIVE_DEAD =
      Pattern.compile(
          "(?i)^\\s+of\\s+(them|those(?:\\s+(?:injured|wounded|hurt))?"
              + "|the\\s+(?:(?:gunshot|shooting)\\s+)?[\\p{L}-]+)\\s+"
              + "(?:(?:were|was|have|has|had|since|later|also|subsequently|eventually)\\s+)*"
              + "(?:dead|died|killed|shot dead|succumbed)\\b");

  /**
   * A death told as of wounds, after a partitive: "one of the gunshot victims has died from her
   * injuries" is one of the wounded who died, whatever the group is called; "at the scene" is not.
   */
  private static final Pattern OF_WOUNDS =
      Pattern.compile(
          "(?i)\\s*(?:(?:later|since|overnight|on\\s+\\p{Lu}\\p{Ll}+day)\\s+)?(?:from|of|to)\\s+"
              + "(?:his|her|their|the)\\s+(?:(?:gunshot|bullet)\\s+)?(?:injuries|wounds)\\b");

  /** Words for the wounded, whose dead are moved from the injured to the dead. */
  private static final Pattern WOUNDED = Pattern.compile("injured|wounded|hurt");

  private static boolean joined(String sentence, QuantityMention first, QuantityMention second) {
    return JOINED.matcher(sentence.substring(first.end(), second.start())).matches();
  }

  private static Optional<Figure> read(String sentence, QuantityMention mention, Figure previous) {
    Matcher partitive = PARTITIVE_DEAD.matcher(sentence.substring(mention.end()));
    if (partitive.find()) {
      // "seven of the wounded died overnight": dead, not wounded, and a part of the dead (the
      // wounded who died), not the toll.
      String of = partitive.group(1).toLowerCase(java.util.Locale.ROOT);
      String group =
          of.startsWith("the ") || of.startsWith("those ") ? of.split("\\s+", 2)[1] : null;
      if (group != null
          && (WOUNDED.matcher(group).matches()
              || OF_WOUNDS
                  .matcher(sentence)
                  .region(mention.end() + partitive.end(), sentence.length())
                  .lookingAt())) {
        group = EventFigures.WOUNDED_WHO_DIED;
      }
      return Optional.of(
          new Figure(
              Slot.FATALITIES,
              mention.quantity(),
              group,
              group != null,
              mention.start(),
              mention.end() + partitive.end()));
    }
    String before = sentence.substring(0, mention.start());
    Matcher fatally = FATALLY_AFTER.matcher(sentence.substring(mention.end()));
    if (previous != null && previous.slot() == Slot.INJURIES && fatally.find()) {
      return Optional.of(
          new Figure(
              Slot.FATALITIES,
              mention.quantity(),
              null,
              false,
              mention.start(),
              mention.end() + fatally.end()));
    }
    boolean part = INCLUDING_BEFORE.matcher(before).find();
    String rest = sentence.substring(mention.end());
    int skipped = 0;
    Matcher apposition = APPOSITION.matcher(rest);
    if (apposition.find()) {
      skipped = apposition.end() - apposition.group(1).length();
      rest = apposition.group(1) + rest.substring(apposition.end());
    }
    Matcher after = AFTER.matcher(rest);
    if (after.find()
        && !UNIT.matcher(after.group(1)).find()
        && !ACCUSED.matcher(after.group(1)).find()
        && !NEGATED.matcher(after.group(1)).find()
        && !deathsOfThoseShot(before, after)) {
      String group = group(after.group(1));
      Slot slot = slot(after.group(2));
      int end = mention.end() + skipped + after.end();
      return Optional.of(new Figure(slot, mention.quantity(), group, part, mention.start(), end));
    }
    Matcher preceding = BEFORE.matcher(before);
    if (preceding.find() && !UNIT.matcher(rest).find()) {
      Slot slot = slot(preceding.group(1));
      String group = group(nounAfter(sentence, mention.end()));
      return Optional.of(
          new Figure(slot, mention.quantity(), group, part, preceding.start(), mention.end()));
    }
    if (previous != null
        && previous.slot() == Slot.INJURIES
        && IN_A_STATE.matcher(sentence.substring(mention.end())).find()) {
      // "Two men were shot, one critically": a part of those shot, told by how badly; no count.
      return Optional.empty();
    }
    boolean ownVerb = OWN_VERB.matcher(sentence.substring(mention.end())).find();
    if (previous != null && !ownVerb && (part || AND_BEFORE.matcher(before).find())) {
      String group = group(nounAfter(sentence, mention.end()));
      return Optional.of(
          new Figure(
              previous.slot(),
              mention.quantity(),
              group,
              part || previous.part(),
              mention.start(),
              mention.end()));
    }
    return Optional.empty();
  }

  /** "the murders of", "the deaths of": a count of the dead right after. */
  private static final Pattern DEATHS_OF_BEFORE =
      Pattern.compile("(?i)\\b(?:deaths|killings|murders|slayings)\\s+of\\s+$");

  /**
   * "two cousins who were shot": a relative clause that tells how the counted people came to it.
   */
  private static final Pattern WHO = Pattern.compile("(?i)\\b(?:who|that)\\b");

  /**
   * Whether a count is of the dead told before it, and the wounding after it only tells how they
   * died: "the 2016 murders of two cousins who were shot as they sat in a parked car" is two dead,
   * not two wounded.
   */
  private static boolean deathsOfThoseShot(String before, Matcher after) {
    return DEATHS_OF_BEFORE.matcher(before).find()
        && slot(after.group(2)) == Slot.INJURIES
        && WHO.matcher(after.group()).find();
  }

  /**
   * The dead among a count of people shot: "two people were shot, one fatally" tells one death
   * beside the two shot.
   */
  private static List<Figure> fatally(String sentence, List<Figure> found) {
    List<Figure> dead = new ArrayList<>();
    Matcher matcher = FATALLY.matcher(sentence);
    while (matcher.find()) {
      int start = matcher.start();
      int end = matcher.end();
      boolean taken = Figure.anyOverlaps(found, start, end);
      boolean shotBefore =
          !taken && found.stream().anyMatch(f -> f.end() <= start && f.slot() == Slot.INJURIES);
      Long count = smallCount(matcher.group(1));
      if (shotBefore && count != null) {
        dead.add(
            new Figure(Slot.FATALITIES, Quantity.exact(count), null, false, start, matcher.end()));
      }
    }
    return dead;
  }

  /**
   * Everyone of a number told dead, the fate told after what they were in: "all four people
   * involved in a shooting early Saturday have now died". With "all", the number is everyone.
   */
  private static final Pattern ALL_DIED =
      Pattern.compile(
          "(?i)\\ball\\s+(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(?:people|persons"
              + "|victims|of the victims|family members)\\b[^.;:]{0,60}?\\b(?:have|had|are|were)\\s+"
              + "(?:now\\s+|since\\s+)?(?:died|dead|been killed)\\b");

  private static List<Figure> allDied(String sentence, List<Figure> found) {
    List<Figure> dead = new ArrayList<>();
    Matcher matcher = ALL_DIED.matcher(sentence);
    while (matcher.find()) {
      long count = smallCount(matcher.group(1));
      if (!Figure.anyOverlaps(found, matcher.start(), matcher.end())) {
        dead.add(
            new Figure(
                Slot.FATALITIES,
                Quantity.exact(count),
                null,
                false,
                matcher.start(),
                matcher.end()));
      }
    }
    return dead;
  }

  private static final List<String> SMALL_NUMBERS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  /** A count of one to ten in words, or of one or two digits; null for anything else. */
  private static Long smallCount(String word) {
    int index = SMALL_NUMBERS.indexOf(word.toLowerCase(Locale.ROOT));
    if (index >= 0) {
      return (long) index + 1;
    }
    return word.matches("\\d{1,2}") ? Long.parseLong(word) : null;
  }

  /**
   * Wounds told as ones the wounded will live through: "His injuries are not life-threatening",
   * "suffered a non-life-threatening gunshot wound", "is expected to survive", "was treated and
   * released". Nobody died of them: zero dead, beside any death the report tells (a count of the
   * dead is the highest the report gives).
   */
  private static final Pattern SURVIVING =
      Pattern.compile(
          "(?i)\\b(?:non[- ]life[- ]threatening"
              + "|not (?:considered |believed to be |thought to be )?life[- ]threatening"
              // "none of the injuries appear to be life-threatening", "did not suffer
              // life-threatening wounds".
              + "|(?:none|neither) of (?:the|their|them) (?:injuries |wounds )?(?:are|is|were|was"
              + "|appears?|appeared|seems?|seemed)"
              + " (?:to be |considered |believed to be )?life[- ]threatening"
              + "|(?:did|does|do) not (?:suffer|sustain|have) (?:any )?life[- ]threatening"
              + "|(?:is|are|was|were|and) expected to (?:survive|recover|be (?:ok|okay|fine|all right))"
              // "suffered minor injuries", "treated for minor gunshot wounds": hurt, not killed.
              + "|minor (?:(?:gunshot|graze|hand|leg|arm|foot) )?(?:injur(?:y|ies)|wounds?)"
              // "is in stable condition", "was listed in good condition": alive when told.
              + "|in (?:(?:stable|good|fair|satisfactory)(?: but (?:serious|critical))?|critical|serious|grave) condition"
              + "|treated and released|released from the hospital)\\b");

  private static List<Figure> noneDying(String sentence) {
    List<Figure> none = new ArrayList<>();
    Matcher matcher = SURVIVING.matcher(sentence);
    if (matcher.find()) {
      none.add(
          new Figure(
              Slot.FATALITIES, Quantity.exact(0), null, false, matcher.start(), matcher.end()));
    }
    return none;
  }

  /**
   * The one who killed a number of people, then himself: "A gunman killed two people and wounded
   * two others before taking his own life" tells three deaths, the count and his own. With {@code
   * alone}, a shooter who surely died with no dead told before him is one death of his own: "A man
   * shot his wife before killing himself" tells his death, whatever hers.
   */
  private static void addTheShooterToHisVictims(
      String sentence, List<Figure> found, boolean alone) {
    Matcher self = SELF_AFTER.matcher(sentence);
    if (!self.find()) {
      return;
    }
    // "killed three people before he was killed by police": his own death, read alone as one,
    // is the one added to the count.
    List<Figure> his =
        found.stream().filter(figure -> figure.overlaps(self.start(), self.end())).toList();
    boolean byLawmen = self.group(1) != null;
    if (!his.isEmpty()
        && !(byLawmen
            && his.size() == 1
            && his.get(0).slot() == Slot.FATALITIES
            && Long.valueOf(1).equals(his.get(0).quantity().stated()))) {
      return;
    }
    Figure victims = null;
    for (Figure figure : found) {
      Quantity count = figure.quantity();
      if (figure.slot() == Slot.FATALITIES
          && (figure.group() == null || victimsGroup(figure.group()))
          && figure.end() <= self.start()
          && count.stated() != null
          && count.stated() > 0
          && count.stated().equals(count.low())
          && count.stated().equals(count.high())) {
        victims = figure;
      }
    }
    if (victims == null
        && alone
        && his.isEmpty()
        && !byLawmen
        && SURELY_DEAD.matcher(self.group()).find()) {
      found.add(
          new Figure(Slot.FATALITIES, Quantity.exact(1), null, false, self.start(), self.end()));
    }
    if (victims != null) {
      found.removeAll(his);
      Figure all =
          new Figure(
              Slot.FATALITIES,
              Quantity.exact(victims.quantity().stated() + 1),
              null,
              victims.part(),
              victims.start(),
              self.end());
      if (victims.group() == null) {
        found.set(found.indexOf(victims), all);
      } else {
        // "killed two co-workers before he was shot by police": the group stays, the total is new.
        found.add(all);
      }
    }
  }

  /** A death of one's own hand that is surely a death: "killing himself", "took his own life". */
  private static final Pattern SURELY_DEAD =
      Pattern.compile("(?i)\\bkill(?:ing|ed)\\b|\\bown\\s+life\\b|\\bsuicide\\b");

  /** A group of victims a killer's count can name: "co-workers", "relatives", not "attackers". */
  private static boolean victimsGroup(String group) {
    return !group.equals(EventFigures.ATTACKERS) && !group.equals(EventFigures.WOUNDED_WHO_DIED);
  }

  /**
   * One more wounded told by an ordinal: "fatally shot two people and wounded a third", "killing
   * three and injuring a fourth person".
   */
  private static final Pattern ONE_MORE_WOUNDED =
      Pattern.compile(
          "(?i)\\b(?:wounded|wounding|injured|injuring|hurt|hurting)\\s+an?\\s+(?:third|fourth|fifth"
              + "|sixth)\\b(?:\\s+(?:person|man|woman|victim|boy|girl|teen|teenager))?");

  private static List<Figure> oneMoreWounded(String sentence, List<Figure> found) {
    Matcher matcher = ONE_MORE_WOUNDED.matcher(sentence);
    if (!matcher.find() || Figure.anyOverlaps(found, matcher.start(), matcher.end())) {
      return List.of();
    }
    return List.of(
        new Figure(Slot.INJURIES, Quantity.exact(1), null, false, matcher.start(), matcher.end()));
  }

  /**
   * A death that brings the toll to its ordinal: "A third person has died from injuries suffered in
   * the shooting" tells three dead, not one.
   */
  private static final Pattern DEATH_BY_ORDINAL =
      Pattern.compile(
          "(?i)\\b(?:an?|the)\\s+(second|third|fourth|fifth|sixth)\\s+(?:person|victim|man|woman"
              + "|teen|teenager|boy|girl|child)\\s+(?:has\\s+|had\\s+|later\\s+)?(?:died|dies)\\b");

  private static final List<String> ORDINALS =
      List.of("second", "third", "fourth", "fifth", "sixth");

  private static void deathTollByOrdinal(String sentence, List<Figure> found) {
    Matcher matcher = DEATH_BY_ORDINAL.matcher(sentence);
    if (!matcher.find()) {
      return;
    }
    // The one death read in the same words ("a third person has died" as one) is the toll's.
    List<Figure> one =
        found.stream().filter(figure -> figure.overlaps(matcher.start(), matcher.end())).toList();
    if (one.size() > 1
        || one.stream()
            .anyMatch(
                f ->
                    f.slot() != Slot.FATALITIES
                        || !Long.valueOf(1).equals(f.quantity().stated()))) {
      return;
    }
    found.removeAll(one);
    long toll = ORDINALS.indexOf(matcher.group(1).toLowerCase(Locale.ROOT)) + 2L;
    found.add(
        new Figure(
            Slot.FATALITIES, Quantity.exact(toll), null, false, matcher.start(), matcher.end()));
  }

  private static final Pattern SELF_AFTER =
      Pattern.compile(
          "(?i)\\b(?:before|then|and then|and later)\\s+"
              // "before the gunman turned the gun on himself": the shooter named again.
              + "(?:(?:he|she|the\\s+(?:gunman|shooter|suspect|man|woman))\\s+)?"
              + "(?:(?:fatally\\s+)?(?:killing|shooting|killed"
              + "|shot)\\s+(?:him|her)self|turn(?:ing|ed)\\s+the\\s+(?:gun|weapon)\\s+on\\s+(?:him|her)self"
              + "|(?:taking|took)\\s+(?:his|her)\\s+own\\s+life|committ(?:ing|ed)\\s+suicide"
              // "killed three relatives and then himself".
              + "|(?<=then\\s)(?:him|her)self"
              // "before he was shot and killed by police": the killer dead by lawmen' hands.
              + "|(?<=before\\s)(he|she)\\s+was\\s+(?:fatally\\s+shot|shot\\s+and\\s+killed|shot\\s+dead"
              + "|killed)\\s+by\\s+(?:police|officers|deputies|troopers|agents|an?\\s+(?:police\\s+)?"
              + "(?:officer|deputy|trooper)))\\b");

  private static List<Figure> zeros(String sentence) {
    List<Figure> zeros = new ArrayList<>();
    Matcher matcher = ZERO.matcher(sentence);
    while (matcher.find()) {
      String word =
          matcher.group(1) != null
              ? matcher.group(1)
              : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
      if (word == null) {
        // No one besides those told, or no one hit: neither dead nor wounded beyond them.
        zeros.add(
            new Figure(
                Slot.CASUALTIES, Quantity.exact(0), null, false, matcher.start(), matcher.end()));
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      // Nobody hurt or harmed, hostages freed unharmed: neither dead nor wounded. "Nobody was
      // injured" says so too: no one was hit at all.
      Slot slot =
          lower.matches("casualt.*|(?:one (?:was )?)?(?:hurt|harmed)|unharmed|unhurt")
                  || matcher.group(2) != null && lower.matches("injured|wounded")
              ? Slot.CASUALTIES
              : slot(word);
      zeros.add(new Figure(slot, Quantity.exact(0), null, false, matcher.start(), matcher.end()));
    }
    return zeros;
  }

  /** The noun phrase right after a number, up to a verb-like word or punctuation. */
  private static String nounAfter(String sentence, int from) {
    Matcher matcher = NOUN_AFTER.matcher(sentence.substring(from));
    return matcher.find() ? matcher.group(1) : "";
  }

  /** Who a count counts: the words between the number and its count word, if they name anyone. */
  private static String group(String words) {
    String group = words.strip();
    Matcher and = AND_WORD.matcher(group);
    if (and.find()) {
      group = group.substring(0, and.start()).strip();
    }
    group = group.replaceAll("(?i)^of\\s+", "");
    group = group.replaceAll("(?i)\\b(?:people|persons?|individuals)\\b", "").strip();
    group = group.replaceAll("[,.]+$", "").strip();
    if (group.isEmpty() || EVERYONE.matcher(group).matches() || CLAUSE.matcher(group).find()) {
      return null;
    }
    return group;
  }

  private static Slot slot(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.matches("(?s)(?:killed|dead) (?:and|or) .*") || lower.equals("casualties")) {
      return Slot.CASUALTIES;
    }
    // "Ten were fatally wounded": a wound that killed counts the dead, not the injured.
    if (lower.startsWith("fatally")) {
      return Slot.FATALITIES;
    }
    if (lower.matches("(?s).*(?:wound|injur|hurt|hospital|condition|medical cent).*")
        || lower.matches("shot|shooting|(?:struck|hit)\\s.*")) {
      return Slot.INJURIES;
    }
    if (lower.matches("(?s).*(?:kidnap|abduct|hostage|seized).*")) {
      return Slot.ABDUCTED;
    }
    if (lower.matches("(?s).*(?:arrest|detain|custody|apprehend).*")) {
      return Slot.ARRESTED;
    }
    if (lower.matches("(?s).*(?:missing|unaccounted).*")) {
      return Slot.MISSING;
    }
    return Slot.FATALITIES;
  }
}
