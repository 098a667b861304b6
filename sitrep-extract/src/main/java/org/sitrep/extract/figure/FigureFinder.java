package org.sitrep.extract.figure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.quantity.QuantityMention;
import org.sitrep.extract.quantity.QuantityParser;
import org.sitrep.model.Quantity;
import org.sitrep.model.Slot;

/**
 * Reads which count each number of a sentence is, from the words around it: "12 people were
 * killed", "killing around 60", "the death toll rose to 170", "injuring over 100 others", "20
 * students were kidnapped". Numbers joined by "and" share their count word ("about one hundred
 * civilians and 13 American soldiers were killed"); a number after "including" is part of the count
 * before it. "No deaths were reported" is an explicit zero; a sentence that says nothing is not.
 * Stateless and thread-safe.
 */
public final class FigureFinder {
  private static final String KILLED =
      "killed|dead|died|murdered|slain|lost their lives|lost his life|lost her life|perished"
          + "|shot dead|shot and killed|executed|fatalities|deaths|bodies";
  private static final String INJURED = "wounded|injured|hurt|injuries|wounds";
  private static final String ABDUCTED = "kidnapped|abducted|taken hostage|seized|held hostage";
  private static final String ARRESTED = "arrested|detained|taken into custody|apprehended";
  private static final String MISSING = "missing|unaccounted for";

  /** The count word right after a number and its noun: "12 people were killed". */
  private static final Pattern AFTER =
      Pattern.compile(
          "(?i)^((?:\\s*(?!and\\b|or\\b)[\\p{L}.'’-]+){0,6}?)\\s*,?\\s*(?:(?:were|was|have been|had been|are|is"
              + "|been|being|reportedly|also|later|all|of them|others|more|confirmed|feared"
              + "|believed|thought|to have been|who were|who had been|have|had)\\s+){0,4}"
              + "(killed and (?:wounded|injured)|killed or (?:wounded|injured)|dead and (?:wounded"
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
          "(?i)(killing|killed|kills|claimed the lives of"
              + "|(?:death toll|toll|number of (?:dead|deaths|victims))\\b[^.;]{0,80}?\\b(?:rose|risen"
              + "|climbed|increased|jumped|reached|stood|stands|hit)\\s+(?:to|at)?|death toll"
              + "(?:\\s+\\w+){0,3}?\\s+(?:to|at|of|is|was|reached|hit|stood at|stands at)|toll"
              + "(?:\\s+\\w+){0,2}?\\s+(?:to|at|of)|injuring|wounding|injured|wounded|kidnapping"
              + "|abducting|kidnapped|abducted|arresting|arrested|detaining|detained)"
              + "\\s+(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|as many as"
              + "|approximately|an estimated|roughly)\\s+)?$");

  /** Words for one person. */
  private static final String PERSON =
      "man|woman|boy|girl|teen|teenager|person|student|child|toddler|infant|baby|officer|deputy"
          + "|trooper|soldier|policeman|policewoman|driver|resident|victim|bystander|father|mother"
          + "|son|daughter|husband|wife|brother|sister|grandmother|grandfather|clerk|worker"
          + "|employee|guard|customer|passenger|pedestrian|youth|juvenile|male|female|journalist"
          + "|civilian|farmer|shopkeeper|motorist|cyclist|neighbor|neighbour|friend|relative"
          + "|gunman|suspect|shooter|attacker|assailant|bomber";

  /** One person and what befell them: "a 7-year-old boy was shot and killed". */
  private static final Pattern SINGLE =
      Pattern.compile(
          "(?:\\b(?:[Aa]n?|[Oo]ne)\\s+(?:\\d{1,3}-year-old\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:"
              + PERSON
              + ")|\\b\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2},\\s+\\d{1,3},(?:\\s+of"
              + "\\s+[\\p{L} ]{1,30},)?)\\s+(?:who\\s+)?(?:was|has been|had been|is|were)?\\s*"
              + "(?:(?:\\p{Ll}+ly|also|later|then|reportedly|allegedly|being)\\s+){0,2}(shot and killed|shot dead|fatally (?:shot|stabbed|wounded)"
              + "|killed|murdered|slain|found dead|pronounced dead|died|dies|lost (?:his|her) life"
              + "|shot and (?:wounded|injured)|critically (?:injured|wounded)|seriously (?:injured"
              + "|wounded)|wounded|injured|hurt|hospitali[sz]ed|shot|stabbed|kidnapped|abducted)\\b");

  /** One person as the object of a killing or shooting: "killed the 63-year-old father". */
  private static final Pattern SINGLE_OBJECT =
      Pattern.compile(
          "(?i)\\b(shot and killed|shooting and killing|killed|killing|fatally (?:shot|shooting|stabbed)"
              + "|shot and wounded|shot and injured|wounded|injured)\\s+(?:the|a|an|his|her|their|its)"
              + "\\s+(?:\\d{1,3}-year-old\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:"
              + PERSON
              + "|friend|cousin|nephew|niece|uncle|aunt|girlfriend|boyfriend|roommate)\\b");

  /** A person told of by a pronoun, or who shot themselves: "he was pronounced dead". */
  private static final Pattern SINGLE_PRONOUN =
      Pattern.compile(
          "\\b(?:[Hh]e|[Ss]he)\\s+(?:was|has been|had been|later)?\\s*(?:(?:\\p{Ll}+ly|later|also)"
              + "\\s+)?(pronounced dead|died|killed|shot and killed|fatally (?:shot|wounded))\\b"
              + "|\\b(fatally shot|fatally shoots|shot and killed|killed)\\s+(?:himself|herself)\\b");

  private static final Pattern ZERO =
      Pattern.compile(
          "(?i)\\b(?:no|without)\\s+(?:immediate\\s+)?(?:reports?\\s+of\\s+)?(?:any\\s+)?"
              + "(deaths?|casualties|fatalities|injuries|one (?:was )?(?:killed|hurt|injured))\\b"
              + "|\\bno(?:body| one) was (killed|hurt|injured|wounded)\\b");

  private static final Pattern INCLUDING_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:including|among them|among whom|of whom|of them)\\s+(?:\\S+\\s+){0,2}$");

  /** The words after a number up to a preposition, a verb of the count, or punctuation. */
  private static final Pattern NOUN_AFTER =
      Pattern.compile(
          "^\\s*((?:(?!(?:and|in|at|on|from|who|which|were|was|after|during|near|including|died"
              + "|dead)\\b)[\\p{L}.'’-]+\\s*){0,4})");

  private static final Pattern JOINED =
      Pattern.compile("(?i)(?:\\s*[\\p{L}.'’-]+){0,4}\\s*(?:,\\s*)?(?:and|as well as|plus)\\s*");

  private static final Pattern AND_BEFORE = Pattern.compile("(?i)(?:\\band|,)\\s*$");

  private static final Pattern EVERYONE =
      Pattern.compile(
          "(?i)^(?:people|persons|individuals|others|other people|more|of them|in all"
              + "|in total|victims)$");

  private final QuantityParser quantities;

  public FigureFinder(QuantityParser quantities) {
    this.quantities = requireNonNull(quantities, "quantities");
  }

  /** The counts of {@code sentence}, in text order. */
  public List<Figure> find(String sentence) {
    requireNonNull(sentence, "sentence");
    List<QuantityMention> mentions =
        quantities.find(sentence).stream().filter(mention -> !mention.pronounLike()).toList();
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
    figures.addAll(zeros(sentence));
    figures.addAll(singles(sentence, figures));
    figures.sort(java.util.Comparator.comparingInt(Figure::start));
    return List.copyOf(figures);
  }

  private static boolean joined(String sentence, QuantityMention first, QuantityMention second) {
    return JOINED.matcher(sentence.substring(first.end(), second.start())).matches();
  }

  private static Optional<Figure> read(String sentence, QuantityMention mention, Figure previous) {
    String before = sentence.substring(0, mention.start());
    boolean part = INCLUDING_BEFORE.matcher(before).find();
    Matcher after = AFTER.matcher(sentence.substring(mention.end()));
    if (after.find()) {
      String group = group(after.group(1));
      Slot slot = slot(after.group(2));
      int end = mention.end() + after.end();
      return Optional.of(new Figure(slot, mention.quantity(), group, part, mention.start(), end));
    }
    Matcher preceding = BEFORE.matcher(before);
    if (preceding.find()) {
      Slot slot = slot(preceding.group(1));
      String group = group(nounAfter(sentence, mention.end()));
      return Optional.of(
          new Figure(slot, mention.quantity(), group, part, preceding.start(), mention.end()));
    }
    if (previous != null && (part || AND_BEFORE.matcher(before).find())) {
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

  /**
   * One person named as a victim with no number: "a 7-year-old boy was shot and killed", "John
   * Smith, 26, died at the scene", "a woman was wounded". A plain "was shot" counts as injured: a
   * death would be told.
   */
  private static List<Figure> singles(String sentence, List<Figure> found) {
    List<Figure> singles = new ArrayList<>();
    for (Pattern pattern : new Pattern[] {SINGLE, SINGLE_OBJECT, SINGLE_PRONOUN}) {
      Matcher matcher = pattern.matcher(sentence);
      while (matcher.find()) {
        int start = matcher.start();
        int end = matcher.end();
        boolean taken =
            found.stream().anyMatch(f -> f.start() < end && start < f.end())
                || singles.stream().anyMatch(f -> f.start() < end && start < f.end());
        if (!taken) {
          String verb = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
          singles.add(new Figure(singleSlot(verb), Quantity.exact(1), null, false, start, end));
        }
      }
    }
    return singles;
  }

  private static Slot singleSlot(String verb) {
    String lower = verb.toLowerCase(Locale.ROOT);
    if (lower.matches("(?s).*(?:kill|dead|died|dies|fatal|murder|slain|life|lives).*")) {
      return Slot.FATALITIES;
    }
    if (lower.matches("(?s).*(?:kidnap|abduct).*")) {
      return Slot.ABDUCTED;
    }
    return Slot.INJURIES;
  }

  private static List<Figure> zeros(String sentence) {
    List<Figure> zeros = new ArrayList<>();
    Matcher matcher = ZERO.matcher(sentence);
    while (matcher.find()) {
      String word = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      Slot slot =
          word.toLowerCase(Locale.ROOT).startsWith("casualt") ? Slot.CASUALTIES : slot(word);
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
    int cut = indexOfWord(group, "and");
    if (cut >= 0) {
      group = group.substring(0, cut).strip();
    }
    group = group.replaceAll("(?i)^of\\s+", "");
    group = group.replaceAll("(?i)\\b(?:people|persons|individuals)\\b", "").strip();
    group = group.replaceAll("[,.]+$", "").strip();
    if (group.isEmpty() || EVERYONE.matcher(group).matches()) {
      return null;
    }
    return group;
  }

  private static int indexOfWord(String text, String word) {
    Matcher matcher = Pattern.compile("(?i)\\b" + word + "\\b").matcher(text);
    return matcher.find() ? matcher.start() : -1;
  }

  private static Slot slot(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.contains(" and ") || lower.contains(" or ") || lower.equals("casualties")) {
      return Slot.CASUALTIES;
    }
    if (lower.matches("(?s).*(?:wound|injur|hurt).*")) {
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
