package org.sitrep.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One report's figures for one event, read from its claims: the perpetrators' own claims are never
 * counted; within the report the highest lower bound is the low, its stated number the best, and
 * the lowest upper bound the high. A report that gives only counts of groups ("killed four
 * villagers") is summed. Pure functions; thread-safe.
 */
public final class EventFigures {
  /**
   * Evidence that tells only that people were shot: "a man was shot", "shot three people", "a girl
   * was struck", "hitting his brother", "a double shooting". Someone "also shot" is another person
   * than the dead told before: wounded, not one of those shot less the dead.
   */
  private static final Pattern SHOT =
      Pattern.compile(
          "(?i)(?:(?<!\\balso )\\b(?:shot|struck|hit)$|^(?:shot|shooting|struck|striking|hit|hitting)\\b"
              + "|^(?:double|triple|quadruple)[- ]shooting$"
              + "|\\b(?:with|suffered|sustained|received|suffering from)\\b[^.;]*\\bwounds?$"
              // "All four victims were taken to Regional Medical Center": those hit, one of whom
              // may die there.
              + "|\\b(?:taken|rushed|transported|flown|airlifted)\\s+to\\b[^.;]*\\b(?:hospitals?"
              + "|medical cent(?:er|re))$)");

  /**
   * People shot told as others than the dead: "One man was killed and three others were shot", "two
   * other people were shot", "another man was shot", "a second victim", "five more people were
   * shot". They are the wounded, not those shot of whom the dead are some. "Hit the other juvenile"
   * is one of two, not another than the dead.
   */
  private static final Pattern OTHERS_SHOT =
      Pattern.compile(
          "(?i)\\b(?:another|others)\\b|(?<!\\bthe\\s)\\bother\\b"
              // "Smith and a second victim were shot": someone besides the dead.
              + "|\\bsecond\\s+(?:victim|man|woman|person|boy|girl|teen|teenager|male|female)\\b"
              // "Three were killed. Five more people were shot": besides the dead ("more than
              // five" is a bound, not others).
              + "|\\bmore\\b(?!\\s+than\\b)");

  /**
   * Words that tell the wounded survived so far, or were only wounded ("shot and wounded his
   * wife"): they are injured, not only hit.
   */
  private static final Pattern ALIVE =
      Pattern.compile(
          "(?i)\\b(?:recovering|critical|stable|serious|fair|non-life|survived|treated|released"
              + "|shot and (?:wounded|injured))");

  /** The group name extraction gives attackers counted one by one, apart from the total. */
  public static final String ATTACKERS = "attackers";

  /**
   * The group name extraction gives the dead told as some of the wounded: "One of the injured later
   * died", "two of those wounded have since died". They are moved from the injured to the dead.
   */
  public static final String WOUNDED_WHO_DIED = "wounded who died";

  private EventFigures() {}

  /** Everyone killed, attackers and the wounded who died included. */
  public static FigureEstimate fatalities(EventMention event) {
    List<Claim> claims = event.claims();
    FigureEstimate dead = withAttackers(claims);
    long died = woundedAddedToTheDead(event);
    return orNoCasualties(died > 0 && dead.isKnown() ? plus(dead, died) : dead, claims);
  }

  /**
   * How many of the wounded who died ("One of the injured later died") {@link #fatalities} adds to
   * the dead the report counted before them; 0 when none.
   */
  public static long woundedAddedToTheDead(EventMention event) {
    List<Claim> totals = totals(event.claims(), Slot.FATALITIES);
    return agree(totals) ? woundedWhoDied(totals, event.claims()) : 0;
  }

  /**
   * How many of the wounded who died {@link #injuries} takes from the injured the report counted
   * before them; 0 when none, or when the report tells its injured only as people shot (those less
   * the dead are the injured already).
   */
  public static long woundedTakenFromTheInjured(EventMention event, Document document) {
    List<Claim> wounded = new ArrayList<>();
    sortWounded(event, document, wounded, new ArrayList<>());
    List<Claim> totals = totals(wounded, Slot.INJURIES);
    long died = woundedWhoDied(totals, event.claims());
    // Counted on both sides of the deaths: the injured have the dead out already.
    return died == 0 && woundedLeftAfterTheDeaths(totals, event.claims()) != null
        ? deadOf(woundedWhoDiedClaims(event.claims()))
        : died;
  }

  /**
   * How many of the wounded the report tells died after its {@code totals} of a count were given:
   * "Two people were killed and three injured. One of the injured later died." A count told after
   * the deaths already has them in or out ("..., bringing the death toll to three"), so then none;
   * and when the count has no total of its own ("Three people were injured. One of the wounded
   * died" gives the dead only as that group) the group is that count already.
   */
  private static long woundedWhoDied(List<Claim> totals, List<Claim> claims) {
    List<Claim> died = woundedWhoDiedClaims(claims);
    if (died.isEmpty()) {
      return 0;
    }
    int first = died.stream().mapToInt(c -> c.evidence().start()).min().orElseThrow();
    if (totals.isEmpty() || totals.stream().anyMatch(c -> c.evidence().start() > first)) {
      return 0;
    }
    return deadOf(died);
  }

  /**
   * The injured when the report counts the wounded, then tells some of them died, then counts the
   * wounded again: "two others had gunshot wounds. One of the gunshot victims has died, while a man
   * remains hospitalized" leaves one. The counts told before the deaths lose the dead; those told
   * after have them out already; the larger of the two stands. Null when the report does not count
   * the wounded on both sides of its wounded who died.
   */
  private static FigureEstimate woundedLeftAfterTheDeaths(List<Claim> totals, List<Claim> claims) {
    List<Claim> died = woundedWhoDiedClaims(claims);
    if (died.isEmpty()) {
      return null;
    }
    int first = died.stream().mapToInt(c -> c.evidence().start()).min().orElseThrow();
    List<Quantity> before = new ArrayList<>();
    List<Quantity> after = new ArrayList<>();
    for (Claim claim : totals) {
      (claim.evidence().start() < first ? before : after).add((Quantity) claim.value());
    }
    long dead = deadOf(died);
    if (before.isEmpty() || after.isEmpty() || dead == 0) {
      return null;
    }
    FigureEstimate earlier = plus(estimate(before), -dead);
    FigureEstimate later = estimate(after);
    return later.best() != null && (earlier.best() == null || later.best() > earlier.best())
        ? later
        : earlier;
  }

  private static List<Claim> woundedWhoDiedClaims(List<Claim> claims) {
    return claims.stream()
        .filter(
            c ->
                c.slot() == Slot.FATALITIES
                    && WOUNDED_WHO_DIED.equals(c.group())
                    && !c.attribution().isPerpetrator())
        .toList();
  }

  /** How many of the wounded these claims of the wounded who died tell died; 0 when none. */
  private static long deadOf(List<Claim> died) {
    Long best =
        died.isEmpty()
            ? null
            : estimate(died.stream().map(c -> (Quantity) c.value()).toList()).best();
    return best != null ? best : 0;
  }

  /** The report's counts of everyone for {@code slot}, not the perpetrators' own. */
  private static List<Claim> totals(List<Claim> claims, Slot slot) {
    return claims.stream()
        .filter(c -> c.slot() == slot && c.group() == null && !c.attribution().isPerpetrator())
        .toList();
  }

  /**
   * Whether the counts all tell one number: "Three people died: two at the scene; one of the
   * injured died at the hospital" has the wounded who died in its three already.
   */
  private static boolean agree(List<Claim> totals) {
    return totals.stream().map(c -> ((Quantity) c.value()).stated()).distinct().count() <= 1;
  }

  /** {@code estimate} with {@code more} added to each known bound. */
  private static FigureEstimate plus(FigureEstimate estimate, long more) {
    return new FigureEstimate(
        estimate.low() != null ? Math.max(0, estimate.low() + more) : null,
        estimate.best() != null ? Math.max(0, estimate.best() + more) : null,
        estimate.high() != null ? Math.max(0, estimate.high() + more) : null);
  }

  /**
   * The dead, with the attackers a report counts apart from its total: "Two people were killed
   * before police shot the attacker dead" tells three deaths.
   */
  private static FigureEstimate withAttackers(List<Claim> claims) {
    FigureEstimate dead = figure(claims, Slot.FATALITIES);
    List<Quantity> attackers = groups(claims, Slot.FATALITIES).get(ATTACKERS);
    boolean hasTotal =
        claims.stream()
            .anyMatch(
                c ->
                    c.slot() == Slot.FATALITIES
                        && c.group() == null
                        && !c.attribution().isPerpetrator());
    if (attackers == null || !hasTotal || !dead.isKnown()) {
      return dead;
    }
    FigureEstimate apart = estimate(attackers);
    long more = apart.best() != null ? apart.best() : 0;
    return new FigureEstimate(
        dead.low() != null ? dead.low() + more : null,
        dead.best() + more,
        dead.high() != null ? dead.high() + more : null);
  }

  /** No count of its own, but "there were no casualties": zero of each. */
  private static FigureEstimate orNoCasualties(FigureEstimate estimate, List<Claim> claims) {
    if (estimate.isKnown()) {
      return estimate;
    }
    FigureEstimate casualties = figure(claims, Slot.CASUALTIES);
    return casualties.isKnown() && casualties.high() != null && casualties.high() == 0
        ? new FigureEstimate(0L, 0L, 0L)
        : estimate;
  }

  /**
   * The injured: the report's counts of the wounded, or, when it tells only how many were shot ("a
   * man was shot", "three people were shot"), those shot less the dead it tells of: "two people
   * were shot; one died" leaves one injured, and a man shot who then died is not injured as well.
   */
  public static FigureEstimate injuries(EventMention event, Document document) {
    List<Claim> wounded = new ArrayList<>();
    List<Claim> shot = new ArrayList<>();
    sortWounded(event, document, wounded, shot);
    FigureEstimate told = figure(wounded, Slot.INJURIES);
    FigureEstimate hit = shotLessTheDead(shot, event, document);
    if (told.isKnown()) {
      List<Claim> totals = totals(wounded, Slot.INJURIES);
      long died = woundedWhoDied(totals, event.claims());
      FigureEstimate left = woundedLeftAfterTheDeaths(totals, event.claims());
      FigureEstimate alive =
          died > 0
              ? plus(told, -died)
              : left != null ? left : diedOfWounds(told, wounded, event, document);
      // "Four people were shot. A 30-year-old man is in critical condition": the one told alive
      // is one of the four, who are all wounded.
      return hit.best() != null && alive.best() != null && hit.best() > alive.best() ? hit : alive;
    }
    return hit.isKnown() ? hit : orNoCasualties(hit, event.claims());
  }

  /**
   * Those told only as shot, less the dead the report tells of: "two people were shot; one died"
   * leaves one. Unknown when the report tells no one shot.
   */
  private static FigureEstimate shotLessTheDead(
      List<Claim> shot, EventMention event, Document document) {
    FigureEstimate hit = figure(shot, Slot.INJURIES);
    FigureEstimate dead = fatalities(event);
    if (!hit.isKnown() || !dead.isKnown() || shotBesideTheDead(shot, event, document)) {
      return hit;
    }
    long low = hit.low() != null ? hit.low() : 0;
    return new FigureEstimate(
        Math.max(0, low - dead.best()), Math.max(0, hit.best() - dead.best()), null);
  }

  /**
   * Whether the report tells its injured only as people shot ("found three people with gunshot
   * wounds", "two people were shot"), so that its injured are those less the dead.
   */
  public static boolean injuredAsShotLessDead(EventMention event, Document document) {
    List<Claim> wounded = new ArrayList<>();
    List<Claim> shot = new ArrayList<>();
    sortWounded(event, document, wounded, shot);
    return !figure(wounded, Slot.INJURIES).isKnown() && figure(shot, Slot.INJURIES).isKnown();
  }

  /** Puts each injuries claim among those told only as shot or among the wounded. */
  private static void sortWounded(
      EventMention event, Document document, List<Claim> wounded, List<Claim> shot) {
    for (Claim claim : event.claims()) {
      if (claim.slot() == Slot.INJURIES) {
        String words = document.textOf(claim.evidence());
        boolean onlyShot =
            SHOT.matcher(words).find()
                && !ALIVE.matcher(words).find()
                && !OTHERS_SHOT.matcher(words).find();
        (onlyShot ? shot : wounded).add(claim);
      }
    }
  }

  /**
   * One person wounded and one dead, told as the same person: "A 3-year-old child was critically
   * injured" and, later, "the child was pronounced dead" tell one death, not a death and an injury.
   * The two must name the person alike (the same age, or the same word for them: child, boy,
   * woman), or the death be told by a pronoun or a name alone ("He died"); and the wounded must not
   * be told as someone else ("another man was wounded"). Beside several dead ("a man shot an
   * 8-year-old boy and then himself in a murder-suicide" … "the child injured"), the one wounded is
   * one of them only when a death names them alike; a pronoun is not enough.
   */
  private static FigureEstimate diedOfWounds(
      FigureEstimate told, List<Claim> wounded, EventMention event, Document document) {
    FigureEstimate dead = fatalities(event);
    if (told.best() == null || told.best() != 1 || dead.best() == null || dead.best() < 1) {
      return told;
    }
    // Among several dead, the wounded must be named as one of them: "two people were killed and a
    // woman was injured" is no death of the woman.
    boolean several = dead.best() > 1;
    List<String> deaths = new ArrayList<>();
    for (Claim claim : event.claims()) {
      if (claim.slot() == Slot.FATALITIES
          && !claim.attribution().isPerpetrator()
          && !Long.valueOf(0).equals(((Quantity) claim.value()).stated())
          // A count of the dead told in parts whose words run over the wounding itself ("executed
          // his daughter and badly wounded her sister. … fatally shot his wife") is no death of
          // the wounded.
          && wounded.stream().noneMatch(hurt -> encloses(claim.evidence(), hurt.evidence()))) {
        // "killed a woman and wounded her son before killing himself" tells no death of the son.
        String death = document.textOf(claim.evidence()).toLowerCase(java.util.Locale.ROOT);
        deaths.add(WOUNDING_CLAUSE.matcher(death).replaceAll(""));
      }
    }
    // "He died", "Smith was pronounced dead": a death told by a pronoun or a name alone can be of
    // the one wounded, whoever the wounded was called.
    // A death told of "a clerk" names someone new, not the one wounded under another word.
    boolean anonymous =
        !several
            && deaths.stream()
                .noneMatch(
                    death ->
                        PERSON_WORD.matcher(death).find() || SOMEONE_NEW.matcher(death).find());
    for (Claim claim : wounded) {
      String words = document.textOf(claim.evidence()).toLowerCase(java.util.Locale.ROOT);
      if (claim.group() != null || OTHER.matcher(words).find()) {
        return told;
      }
      // "She is in serious condition" beside "killed himself": the wounded is none of the dead.
      if (deaths.stream().allMatch(death -> otherSex(words, death))) {
        return told;
      }
      if (anonymous) {
        continue;
      }
      java.util.regex.Matcher who = PERSON_WORD.matcher(words);
      boolean same = false;
      while (who.find() && !same) {
        String word = who.group();
        Pattern alike =
            YOUNG_CHILD.matcher(word).matches()
                ? CHILD_WORDS
                : Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
        same = deaths.stream().anyMatch(death -> alike.matcher(death).find());
      }
      if (!same) {
        return told;
      }
    }
    return new FigureEstimate(0L, 0L, 0L);
  }

  /** Whether {@code outer} holds all of {@code inner}'s words and more. */
  private static boolean encloses(Span outer, Span inner) {
    return outer.documentId().equals(inner.documentId())
        && outer.inTitle() == inner.inTitle()
        && outer.start() <= inner.start()
        && inner.end() <= outer.end()
        && outer.end() - outer.start() > inner.end() - inner.start();
  }

  /** A wounding told within a count of the dead: "and wounded her teenage son". */
  private static final Pattern WOUNDING_CLAUSE =
      Pattern.compile(
          "\\b(?:wounded|wounding|injured|injuring)\\b[^,;]*?(?=\\b(?:before|then|after|and)\\b|$)");

  /**
   * Whether the words of two claims tell people of other sexes: by their nouns ("the husband", "his
   * wife"), or, when they have none, by their pronouns ("She was flown to a trauma center", "killed
   * himself").
   */
  private static boolean otherSex(String one, String other) {
    String sexOne = sexOrPronoun(one);
    String sexOther = sexOrPronoun(other);
    return sexOne != null && sexOther != null && !sexOne.equals(sexOther);
  }

  private static String sexOrPronoun(String words) {
    if (MALE.matcher(words).find() || FEMALE.matcher(words).find()) {
      return sex(words);
    }
    boolean male = MALE_PRONOUN.matcher(words).find();
    boolean female = FEMALE_PRONOUN.matcher(words).find();
    return male == female ? null : male ? "male" : "female";
  }

  private static final Pattern MALE_PRONOUN = Pattern.compile("(?i)\\b(?:he|him|his|himself)\\b");

  private static final Pattern FEMALE_PRONOUN =
      Pattern.compile("(?i)\\b(?:she|her|hers|herself)\\b");

  /** The words for a young child: "child", "toddler", "infant", "baby". */
  private static final String YOUNG_CHILD_WORDS = "child|toddler|infant|baby";

  /**
   * Whether the one person told shot is none of the dead: "A 25-year-old man was shot to death. A
   * 30-year-old woman was shot in the arm", "A man was shot and killed. A woman was shot in the
   * leg". Each death is told of someone the shot person cannot be (the other sex, another age), so
   * the shot are the wounded, not those shot of whom the dead are some. A death told by a pronoun
   * or a name may be of anyone, and a count of several dead may hold the one shot.
   */
  private static boolean shotBesideTheDead(
      List<Claim> shot, EventMention event, Document document) {
    List<String> deaths = new ArrayList<>();
    for (Claim claim : event.claims()) {
      if (claim.slot() != Slot.FATALITIES || claim.attribution().isPerpetrator()) {
        continue;
      }
      Long stated = ((Quantity) claim.value()).stated();
      if (stated == null || stated > 1) {
        // "The woman and her child died": a count of several may hold the one shot.
        return false;
      }
      if (stated == 1) {
        deaths.add(document.textOf(claim.evidence()));
      }
    }
    if (deaths.isEmpty()) {
      return false;
    }
    for (Claim claim : shot) {
      Long stated = ((Quantity) claim.value()).stated();
      if (stated == null || stated != 1) {
        return false;
      }
      String hit = document.textOf(claim.evidence());
      if (deaths.stream().anyMatch(death -> !otherPerson(hit, death))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether two words for one person each cannot name the other: other sexes, other ages, or a
   * small child and a grown-up ("a 56-year-old who had been shot in the leg and a child who had
   * died").
   */
  private static boolean otherPerson(String one, String other) {
    String sexOne = sex(one);
    String sexOther = sex(other);
    String ageOne = age(one);
    String ageOther = age(other);
    return sexOne != null && sexOther != null && !sexOne.equals(sexOther)
        || ageOne != null && ageOther != null && !ageOne.equals(ageOther)
        || smallChild(one, ageOne) && grownUp(other, ageOther)
        || grownUp(one, ageOne) && smallChild(other, ageOther);
  }

  private static final Pattern SMALL_CHILD =
      Pattern.compile("(?i)\\b(?:" + YOUNG_CHILD_WORDS + "|preschooler)\\b");

  private static final Pattern GROWN_UP = Pattern.compile("(?i)\\b(?:man|woman)\\b");

  /** A small child: told as one, or 12 years old or younger. */
  private static boolean smallChild(String words, String age) {
    Integer years = years(age);
    return years != null ? years <= 12 : SMALL_CHILD.matcher(words).find();
  }

  /** A grown-up: a man or a woman, or 18 years old or older. */
  private static boolean grownUp(String words, String age) {
    Integer years = years(age);
    return years != null ? years >= 18 : GROWN_UP.matcher(words).find();
  }

  /** The years of an age ("56-year-old"); null for none, or an age in months or weeks. */
  private static Integer years(String age) {
    if (age == null || !age.contains("year")) {
      return null;
    }
    return Integer.parseInt(age.replaceAll("\\D.*", ""));
  }

  private static final Pattern MALE =
      Pattern.compile(
          "(?i)\\b(?:man|boy|son|father|husband|brother|grandfather|dad|grandson|stepson|nephew"
              + "|uncle|boyfriend|male)\\b");

  private static final Pattern FEMALE =
      Pattern.compile(
          "(?i)\\b(?:woman|girl|daughter|mother|wife|sister|grandmother|mom|granddaughter"
              + "|stepdaughter|niece|aunt|girlfriend|female)\\b");

  private static final Pattern AGE =
      Pattern.compile("\\b(\\d{1,3})[- ](?:year|month|week)s?[- ]old\\b");

  /** The sex the words give one person, or null when they give none or both. */
  private static String sex(String words) {
    boolean male = MALE.matcher(words).find();
    boolean female = FEMALE.matcher(words).find();
    return male == female ? null : male ? "male" : "female";
  }

  /** The age the words give, or null when they give none or several. */
  private static String age(String words) {
    java.util.regex.Matcher matcher = AGE.matcher(words);
    if (!matcher.find()) {
      return null;
    }
    String first = matcher.group();
    return matcher.find() ? null : first;
  }

  /** Words for one person, or an age, by which two sentences may name the same victim. */
  private static final Pattern PERSON_WORD =
      Pattern.compile(
          "\\b(?:\\d{1,3}-(?:year|month|week)-old|child|boy|girl|toddler|infant|baby|teen"
              + "|teenager|man|woman|son|daughter|student|suspect|gunman|shooter|officer|deputy"
              + "|trooper)\\b");

  /** A person told for the first time, as the object of a killing: "killed a clerk". */
  private static final Pattern SOMEONE_NEW =
      Pattern.compile("\\b(?:killed|killing|kills|murdered)\\s+(?:a|an)\\s+\\p{L}");

  /** Words for a small child, which reports use for one another ("the toddler", "the child"). */
  private static final Pattern YOUNG_CHILD = Pattern.compile(YOUNG_CHILD_WORDS);

  private static final Pattern CHILD_WORDS =
      Pattern.compile("\\b(?:child|toddler|infant|baby|boy|girl|son|daughter)\\b");

  /** The wounded told as someone besides the dead: "another man", "a second victim". */
  private static final Pattern OTHER =
      Pattern.compile("\\b(?:another|other|others|second|also|both)\\b|^and\\b");

  /**
   * One count of the event: from the report's totals, or, when it gives only counts of groups, from
   * their sum.
   */
  public static FigureEstimate figure(List<Claim> claims, Slot slot) {
    List<Quantity> totals = new ArrayList<>();
    for (Claim claim : claims) {
      if (claim.slot() == slot && claim.group() == null && !claim.attribution().isPerpetrator()) {
        totals.add((Quantity) claim.value());
      }
    }
    if (!totals.isEmpty()) {
      return atLeastAGroupOfSeveral(estimate(totals), totals, claims, slot);
    }
    Map<String, List<Quantity>> groups = new LinkedHashMap<>();
    // "Two men were shot ... One man was shot in the leg": one group told twice, not two groups.
    groups(claims, slot)
        .forEach(
            (group, quantities) ->
                groups
                    .computeIfAbsent(singular(group), key -> new ArrayList<>())
                    .addAll(quantities));
    if (groups.isEmpty()) {
      return FigureEstimate.UNKNOWN;
    }
    long low = 0;
    long best = 0;
    for (List<Quantity> quantities : groups.values()) {
      FigureEstimate part = estimate(quantities);
      low += hardFloor(quantities);
      best += part.best() != null ? part.best() : 0;
    }
    return new FigureEstimate(low, Math.max(low, best), null);
  }

  /**
   * Totals that each tell one person or none do not cap a group of several people told exactly:
   * "Two men died after a shooting. ... He died at the scene" is two, and "Two adults were killed
   * and a child was wounded. ... The boy is expected to survive" keeps its two dead. Each such
   * total is one of the people or of another event's fate, never a count of everyone.
   */
  private static FigureEstimate atLeastAGroupOfSeveral(
      FigureEstimate total, List<Quantity> totals, List<Claim> claims, Slot slot) {
    boolean singles =
        totals.stream().allMatch(q -> q.stated() != null && q.stated() <= 1 && q.high() != null);
    if (slot != Slot.FATALITIES || !singles) {
      return total;
    }
    int firstSingle =
        claims.stream()
            .filter(c -> c.slot() == slot && c.group() == null && !c.attribution().isPerpetrator())
            .mapToInt(c -> c.evidence().start())
            .min()
            .orElseThrow();
    long most = 0;
    for (Claim claim : claims) {
      if (claim.slot() != slot
          || claim.group() == null
          || claim.attribution().isPerpetrator()
          || !PEOPLE_GROUP.matcher(claim.group()).matches()
          // The count leads and the people follow one by one; a count told after them ("the first
          // of two teenagers killed over the weekend") may be of more than this event.
          || claim.evidence().start() > firstSingle) {
        continue;
      }
      Quantity quantity = (Quantity) claim.value();
      if (quantity.stated() != null
          && quantity.stated().equals(quantity.low())
          && quantity.stated().equals(quantity.high())) {
        most = Math.max(most, quantity.stated());
      }
    }
    return most >= 2 && (total.best() == null || most > total.best())
        ? new FigureEstimate(most, most, most)
        : total;
  }

  /** A plural of people ("men", "teenagers", "co-workers"), not "attackers" nor "20's". */
  private static final Pattern PEOPLE_GROUP =
      Pattern.compile("(?i)(?!attackers$)[a-z -]*(?:men|children|people|[^s']s)");

  /** A group's name in the singular: "men" is "man", "officers" "officer". */
  private static String singular(String group) {
    String lower = group.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith("men")) {
      return lower.substring(0, lower.length() - 3) + "man";
    }
    if (lower.endsWith("children")) {
      return lower.substring(0, lower.length() - 3);
    }
    return lower.endsWith("s") && !lower.endsWith("ss")
        ? lower.substring(0, lower.length() - 1)
        : lower;
  }

  /**
   * The highest bound a group's counts set from below in their own words: "at least 12" sets 12,
   * "about 100" none. A sum of groups bounds the total from below only with such bounds.
   */
  private static long hardFloor(List<Quantity> quantities) {
    long floor = 0;
    for (Quantity quantity : quantities) {
      if (quantity.low() != null && quantity.low() > floor) {
        floor = quantity.low();
      }
    }
    return floor;
  }

  /** The counts of each group of the victims ("police officers"), in the order first told. */
  public static Map<String, List<Quantity>> groups(List<Claim> claims, Slot slot) {
    Map<String, List<Quantity>> groups = new LinkedHashMap<>();
    for (Claim claim : claims) {
      if (claim.slot() == slot && claim.group() != null && !claim.attribution().isPerpetrator()) {
        groups
            .computeIfAbsent(claim.group(), key -> new ArrayList<>())
            .add((Quantity) claim.value());
      }
    }
    return groups;
  }

  /** Low, best and high of one report's figures for one count; unknown when it gives none. */
  public static FigureEstimate estimate(List<Quantity> quantities) {
    Long low = null;
    Long best = null;
    Long high = null;
    for (Quantity quantity : quantities) {
      Long floor = quantity.low() != null ? quantity.low() : quantity.stated();
      if (floor != null && (low == null || floor > low)) {
        low = floor;
        best = quantity.stated() != null ? Math.max(quantity.stated(), floor) : floor;
      }
      if (quantity.high() != null && (high == null || quantity.high() < high)) {
        high = quantity.high();
      }
    }
    if (high != null && low != null && high < low) {
      high = null;
    }
    return new FigureEstimate(low, best, high);
  }
}
