package org.sitrep.extract.quantity;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides from the words around a number whether it counts something or names something else: a
 * year ("in 2015"), a date ("Aug. 26"), a time ("7 a.m."), an age ("a 7-year-old", "aged 34",
 * "Smith, 34,"), a percentage, money, a calibre (".40-caliber", "9 mm"), an address ("2220 block of
 * Broadway", "1915 Birch St."), a phone number, an ordinal ("13th"), or an identifier ("Route 66",
 * "No. 10", "AK-47", "Covid-19", "9/11"). Stateless and thread-safe.
 *
 * <p>The rules look at the tokens right before a number and right after it, where "after" skips a
 * list of further numbers ("the 600 and 700 blocks", "5 to 7 p.m.") so the whole list shares one
 * reading.
 */
final class NonCountDetector {

  private static final Set<String> CHAIN = Set.of(",", "and", "or", "to", "&", "through", "thru");

  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /** Month names that are also common lower-case words count only when capitalized. */
  private static final Set<String> CAPITALIZED_MONTHS = Set.of("may", "march", "mar", "jan");

  private static final Set<String> YEAR_BEFORE =
      Set.of(
          "in",
          "since",
          "during",
          "until",
          "till",
          "through",
          "copyright",
          "©",
          "year",
          "fiscal",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "early",
          "mid",
          "late",
          "the",
          "a",
          "an",
          "this",
          "that",
          "last",
          "next",
          "his",
          "her",
          "their",
          "its",
          "our",
          "my",
          "your",
          "between",
          "from",
          "circa");

  /**
   * Lower-case words that may follow a year ("in 2005 and 2006 for", "2014 was the safest") but not
   * a count, which is followed by the noun it counts ("2014 people").
   */
  private static final Set<String> AFTER_YEAR =
      Set.of(
          "in", "on", "at", "for", "and", "or", "to", "when", "was", "is", "has", "had", "saw",
          "will", "as", "with", "by", "after", "before", "from", "but", "where", "through", "until",
          "marked");

  /** "the summer of 2015", "July of 2015", "the class of 2015". */
  private static final Set<String> BEFORE_OF_YEAR =
      Set.of(
          "end",
          "beginning",
          "start",
          "middle",
          "class",
          "summer",
          "spring",
          "autumn",
          "fall",
          "winter",
          "year",
          "half",
          "quarter");

  private static final Set<String> AGE_BEFORE =
      Set.of("aged", "age", "ages", "turned", "turns", "turning");

  private static final Set<String> AGE_UNITS =
      Set.of("year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days");

  private static final Set<String> CLOCK_AFTER =
      Set.of("a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock", "o’clock", "oclock");

  private static final Set<String> CURRENCY_SYMBOLS =
      Set.of("$", "£", "€", "¥", "₹", "₦", "₱", "₩", "₪", "₺", "฿", "₽");

  private static final Set<String> CURRENCY_BEFORE =
      Set.of("usd", "us$", "rs", "inr", "eur", "gbp", "ksh", "kes", "ngn", "afn", "pkr", "afs");

  private static final Set<String> CURRENCY_AFTER =
      Set.of(
          "dollars",
          "dollar",
          "usd",
          "euros",
          "euro",
          "pounds",
          "rupees",
          "rupee",
          "afghanis",
          "afghani",
          "naira",
          "shillings",
          "cents",
          "bucks",
          "yuan",
          "yen",
          "riyals",
          "dirhams",
          "lira",
          "francs",
          "rand",
          "pesos",
          "rubles",
          "roubles",
          "hryvnias");

  private static final Set<String> CALIBRE_AFTER =
      Set.of("caliber", "calibre", "cal", "mm", "millimeter", "millimetre", "gauge", "magnum");

  private static final Set<String> PERCENT_AFTER =
      Set.of("%", "percent", "pct", "percentage", "per-cent");

  /** Words that name the thing a number labels rather than count: "Route 66", "Flight 93". */
  private static final Set<String> LABELS =
      Set.of(
          "route",
          "rte",
          "highway",
          "hwy",
          "interstate",
          "flight",
          "gate",
          "precinct",
          "district",
          "ward",
          "zone",
          "sector",
          "unit",
          "room",
          "suite",
          "apt",
          "apartment",
          "building",
          "bldg",
          "platform",
          "terminal",
          "chapter",
          "section",
          "article",
          "resolution",
          "page",
          "pp",
          "vol",
          "volume",
          "version",
          "channel",
          "camp",
          "checkpoint",
          "station",
          "fox",
          "abc",
          "nbc",
          "cbs",
          "image",
          "photo",
          "slide",
          "episode",
          "season",
          "phase",
          "level",
          "category",
          "grade",
          "line",
          "exit",
          "boeing",
          "airbus",
          "glock",
          "beretta",
          "block",
          "code",
          "pier",
          "hangar",
          "tower",
          "#",
          "№");

  /** Labels written with a full stop: "No. 10", "Apt. 4", "p. 3". */
  private static final Set<String> ABBREVIATED_LABELS =
      Set.of("no", "nos", "apt", "rte", "hwy", "vol", "pp", "ste", "bldg", "rm", "p", "st");

  /** How a US highway's number is written before it: "US 191", "SR 87" ("U.S. 60" is tokens). */
  private static final Set<String> HIGHWAY_PREFIXES = Set.of("US", "SR");

  /** Labels that are ordinary words in lower case: "Number 10", "Act 2", "Title 9". */
  private static final Set<String> CAPITALIZED_LABELS =
      Set.of("number", "no", "act", "title", "road", "news");

  /** Symbols glued before digits in links, handles and codes: "ktxs.com/150835821", "@5". */
  private static final Set<String> CODE_SYMBOLS = Set.of("/", "\\", "@", "_", "=", "?", "&");

  /** Words after "911" that make it a count ("911 people"), not the emergency number. */
  private static final Set<String> NOT_AFTER_COUNT =
      Set.of(
          "at",
          "in",
          "on",
          "for",
          "from",
          "with",
          "by",
          "about",
          "after",
          "before",
          "around",
          "when",
          "and",
          "or",
          "but",
          "was",
          "is",
          "said",
          "says",
          "reported",
          "received",
          "got",
          "told");

  /** Words before "to" that make "to 911" a bound or a toll, not a call. */
  private static final Set<String> HEDGED_TO =
      Set.of("up", "close", "near", "rose", "risen", "climbed", "jumped", "increased", "amounting");

  private static final Set<String> CALL_911 =
      Set.of("call", "called", "calling", "calls", "dial", "dialed", "dialled", "dialing", "to");

  private static final Set<String> AFTER_911 =
      Set.of(
          "call",
          "calls",
          "caller",
          "callers",
          "dispatcher",
          "dispatchers",
          "operator",
          "operators",
          "center",
          "centre",
          "dispatch",
          "system",
          "emergency",
          "tape",
          "tapes",
          "recording");

  private static final Set<String> STREET_SUFFIXES =
      Set.of(
          "street",
          "st",
          "avenue",
          "ave",
          "road",
          "rd",
          "boulevard",
          "blvd",
          "drive",
          "dr",
          "lane",
          "ln",
          "parkway",
          "pkwy",
          "terrace");

  private static final Set<String> DIRECTIONS = Set.of("N", "S", "E", "W", "NE", "NW", "SE", "SW");

  private static final Set<String> ORDINAL_ENDINGS = Set.of("st", "nd", "rd", "th");

  /** Words a hyphen may glue after a number without making a compound: "100-plus", "20-odd". */
  private static final Set<String> HYPHEN_HEDGES = Set.of("plus", "odd", "some");

  /** US broadcast call signs: "WAVE 3", "KSDK 5", "1010 WINS". */
  private static final Pattern CALL_SIGN = Pattern.compile("[KW][A-Z]{2,3}");

  /** The first reason any number of {@code figure} is not a count, if there is one. */
  Optional<NonCount> classify(TokenSequence tokens, Figure figure) {
    for (Numeral numeral : figure.numerals()) {
      Optional<NonCount> reason = classify(tokens, numeral);
      if (reason.isPresent()) {
        return reason;
      }
    }
    return Optional.empty();
  }

  private static Optional<NonCount> classify(TokenSequence tokens, Numeral numeral) {
    if (numeral.form() == Numeral.Form.NOBODY) {
      return Optional.empty();
    }
    int after = afterList(tokens, numeral.to());
    if (numeral.isVague()) {
      return money(tokens, numeral, after);
    }
    return glued(tokens, numeral)
        .or(() -> year(tokens, numeral, after))
        .or(() -> date(tokens, numeral, after))
        .or(() -> time(tokens, numeral, after))
        .or(() -> age(tokens, numeral, after))
        .or(() -> money(tokens, numeral, after))
        .or(() -> measure(tokens, after))
        .or(() -> address(tokens, numeral, after))
        .or(() -> label(tokens, numeral, after));
  }

  /** Skips ", 700", "and 14", "to 7", "-15" after a number. */
  private static int afterList(TokenSequence tokens, int i) {
    int k = i;
    while ((tokens.lowerIn(k, CHAIN) || tokens.isDash(k)) && tokens.isNumber(k + 1)) {
      k += 2;
    }
    return k;
  }

  /** Numbers glued to letters or into hyphenated words: "13th", "M16", "AK-47", "one-finger". */
  private static Optional<NonCount> glued(TokenSequence tokens, Numeral numeral) {
    int before = numeral.from() - 1;
    int next = numeral.from() + 1;
    if (numeral.form() == Numeral.Form.DIGITS) {
      if (tokens.isWord(next) && tokens.glued(next)) {
        return Optional.of(
            tokens.lowerIn(next, ORDINAL_ENDINGS) ? NonCount.ORDINAL : NonCount.IDENTIFIER);
      }
      if (tokens.isWord(before) && tokens.glued(numeral.from())) {
        return Optional.of(NonCount.IDENTIFIER);
      }
      if (tokens.joinsIdentifier(before) || tokens.joinsIdentifier(numeral.to())) {
        return Optional.of(NonCount.PHONE);
      }
    }
    if (tokens.isDash(before)
        && tokens.glued(before)
        && tokens.glued(numeral.from())
        && tokens.isWord(before - 1)) {
      return Optional.of(NonCount.IDENTIFIER);
    }
    return compound(tokens, numeral.to());
  }

  /** "7-year-old", "one-finger", "1100-block", "40-caliber": a number glued into a modifier. */
  private static Optional<NonCount> compound(TokenSequence tokens, int dash) {
    if (!tokens.isDash(dash)
        || !tokens.glued(dash)
        || !tokens.isWord(dash + 1)
        || !tokens.glued(dash + 1)
        || tokens.lowerIn(dash + 1, HYPHEN_HEDGES)) {
      return Optional.empty();
    }
    return Optional.of(tokens.lowerIn(dash + 1, AGE_UNITS) ? NonCount.AGE : NonCount.MODIFIER);
  }

  /**
   * "in 2015", "the 2015 attack", "Copyright 2015", "'90": four digits from 1800 to 2099 are a year
   * after a year word, or wherever no lower-case word follows them; "2015 people" is a count.
   */
  private static Optional<NonCount> year(TokenSequence tokens, Numeral numeral, int after) {
    if (!numeral.isPlainDigits(tokens)) {
      return Optional.empty();
    }
    int before = numeral.from() - 1;
    String text = tokens.text(numeral.from());
    boolean apostrophe = tokens.text(before).equals("'") || tokens.text(before).equals("’");
    if (text.length() == 2 && apostrophe && tokens.glued(numeral.from())) {
      return Optional.of(NonCount.YEAR);
    }
    long value = numeral.value();
    if (text.length() != 4 || value < 1800 || value > 2099) {
      return Optional.empty();
    }
    boolean context =
        tokens.lowerIn(before, YEAR_BEFORE)
            || monthAt(tokens, before)
            || tokens.lower(before).endsWith("'s")
            || tokens.lower(before).endsWith("’s")
            || (tokens.lower(before).equals("of")
                && (tokens.lowerIn(before - 1, BEFORE_OF_YEAR) || monthAt(tokens, before - 1)));
    return context || !countsNounAt(tokens, after) ? Optional.of(NonCount.YEAR) : Optional.empty();
  }

  /**
   * Whether token {@code i} may be the noun a number before it counts: a lower-case content word.
   */
  static boolean countsNounAt(TokenSequence tokens, int i) {
    return tokens.isLowercaseWord(i) && !tokens.lowerIn(i, AFTER_YEAR);
  }

  /** "Aug. 26", "August 26", "26 August": a day of the month beside its month. */
  private static Optional<NonCount> date(TokenSequence tokens, Numeral numeral, int after) {
    if (!numeral.isPlainDigits(tokens) || numeral.value() < 1 || numeral.value() > 31) {
      return Optional.empty();
    }
    int before = numeral.from() - 1;
    boolean month =
        monthAt(tokens, before)
            || (tokens.text(before).equals(".") && monthAt(tokens, before - 1))
            || monthAt(tokens, after);
    return month ? Optional.of(NonCount.DATE) : Optional.empty();
  }

  private static boolean monthAt(TokenSequence tokens, int i) {
    if (!tokens.lowerIn(i, MONTHS)) {
      return false;
    }
    return !CAPITALIZED_MONTHS.contains(tokens.lower(i)) || tokens.isCapitalized(i);
  }

  /** "7 a.m.", "10 o'clock", "1400 hours", "3 in the morning", "shortly after 6". */
  private static Optional<NonCount> time(TokenSequence tokens, Numeral numeral, int after) {
    long value = numeral.value();
    boolean clock = tokens.lowerIn(after, CLOCK_AFTER);
    boolean military =
        tokens.lowerIn(after, Set.of("hours", "hrs", "hr"))
            && numeral.isPlainDigits(tokens)
            && tokens.text(numeral.from()).length() == 4;
    boolean partOfDay =
        value <= 12
            && ((tokens.lower(after).equals("in")
                    && tokens.lower(after + 1).equals("the")
                    && tokens.lowerIn(after + 2, Set.of("morning", "afternoon", "evening")))
                || (tokens.lower(after).equals("at") && tokens.lower(after + 1).equals("night")));
    int before = numeral.from() - 1;
    boolean around =
        value <= 24
            && tokens.lowerIn(before, Set.of("after", "before"))
            && tokens.lowerIn(before - 1, Set.of("shortly", "just", "right", "sometime", "soon"));
    return clock || military || partOfDay || around ? Optional.of(NonCount.TIME) : Optional.empty();
  }

  /**
   * "aged 34", "ages 8 and 14", "age of 14", "17 years old", "Amari Brown, 7, was", "two women,
   * believed to be 30 and 60,".
   */
  private static Optional<NonCount> age(TokenSequence tokens, Numeral numeral, int after) {
    int before = numeral.from() - 1;
    boolean left =
        tokens.lowerIn(before, AGE_BEFORE)
            || (tokens.lower(before).equals("of") && tokens.lower(before - 1).equals("age"))
            || (tokens.lower(before).equals("as")
                && tokens.lowerIn(before - 1, Set.of("young", "old")))
            // "two women, believed to be 30 and 60": the ages of people told of before.
            || (tokens.lower(before).equals("be")
                && tokens.lower(before - 1).equals("to")
                && tokens.lowerIn(before - 2, Set.of("believed", "thought"))
                && tokens.lower(before - 3).equals(",")
                && numeral.isPlainDigits(tokens)
                && numeral.value() <= 120);
    boolean right = yearsOld(tokens, after);
    return left || right || apposition(tokens, numeral) || ageList(tokens, numeral)
        ? Optional.of(NonCount.AGE)
        : Optional.empty();
  }

  /**
   * "Amari Brown, 7, was", "a woman, 34, sustained", "Jane Doe, 30.", "Doe, now 32, shot her": an
   * age set off by commas.
   */
  private static boolean apposition(TokenSequence tokens, Numeral numeral) {
    int before = numeral.from() - 1;
    if (tokens.lowerIn(before, Set.of("now", "then")) && tokens.lower(before - 1).equals(",")) {
      before--;
    }
    if (!tokens.lower(before).equals(",")
        || !numeral.isPlainDigits(tokens)
        || numeral.value() > 120) {
      return false;
    }
    boolean closed = tokens.lowerIn(numeral.to(), Set.of(",", ")"));
    boolean ended = tokens.lowerIn(numeral.to(), Set.of(";", "."));
    // "Calvin Doe, 24 was shot in the chest": a count of more than one takes "were", an age "was".
    boolean singular =
        numeral.value() > 1 && tokens.lowerIn(numeral.to(), Set.of("was", "is", "has"));
    return ((closed || singular) && tokens.isWord(before - 1))
        || (ended && tokens.isCapitalized(before - 1));
  }

  /**
   * "The men, 20 and 23, died", "the victims, 17, 19 and 22, were taken": the ages of people told
   * just before, a list of small plain numbers set off by commas, not counts.
   */
  private static boolean ageList(TokenSequence tokens, Numeral numeral) {
    if (!numeral.isPlainDigits(tokens) || numeral.value() > 120) {
      return false;
    }
    int first = numeral.from();
    while (tokens.lowerIn(first - 1, LIST_JOINS) && anAge(tokens, first - 2)) {
      first -= 2;
    }
    int last = numeral.from();
    while (tokens.lowerIn(last + 1, LIST_JOINS) && anAge(tokens, last + 2)) {
      last += 2;
    }
    return last > first
        && tokens.lower(first - 1).equals(",")
        && tokens.isWord(first - 2)
        && tokens.lowerIn(last + 1, Set.of(",", ")"));
  }

  private static final Set<String> LIST_JOINS = Set.of(",", "and");

  private static boolean anAge(TokenSequence tokens, int i) {
    return tokens.has(i)
        && tokens.text(i).matches("\\d{1,3}")
        && Integer.parseInt(tokens.text(i)) <= 120;
  }

  private static boolean yearsOld(TokenSequence tokens, int i) {
    if (!tokens.lowerIn(i, AGE_UNITS)) {
      return false;
    }
    if (tokens.lower(i + 1).equals("of") && tokens.lower(i + 2).equals("age")) {
      return true;
    }
    int old = tokens.isDash(i + 1) ? i + 2 : i + 1;
    return tokens.lower(old).equals("old");
  }

  /** "$500", "Rs. 500", "500 dollars", "thousands of dollars". */
  private static Optional<NonCount> money(TokenSequence tokens, Numeral numeral, int after) {
    int before = numeral.from() - 1;
    boolean left =
        CURRENCY_SYMBOLS.contains(tokens.text(before))
            || tokens.lowerIn(before, CURRENCY_BEFORE)
            || (tokens.text(before).equals(".") && tokens.lowerIn(before - 1, CURRENCY_BEFORE));
    int unit = tokens.lower(after).equals("of") ? after + 1 : after;
    boolean right = tokens.lowerIn(unit, CURRENCY_AFTER);
    return left || right ? Optional.of(NonCount.MONEY) : Optional.empty();
  }

  /** "40%", "40 per cent", "9 mm", ".45 caliber". */
  private static Optional<NonCount> measure(TokenSequence tokens, int after) {
    if (tokens.lowerIn(after, PERCENT_AFTER)
        || (tokens.lower(after).equals("per") && tokens.lower(after + 1).equals("cent"))) {
      return Optional.of(NonCount.PERCENT);
    }
    return tokens.lowerIn(after, CALIBRE_AFTER) ? Optional.of(NonCount.CALIBRE) : Optional.empty();
  }

  /** "the 2220 block of Broadway", "1915 Birch St.", "425 NW 13th Street". */
  private static Optional<NonCount> address(TokenSequence tokens, Numeral numeral, int after) {
    boolean block = tokens.lowerIn(after, Set.of("block", "blocks"));
    boolean digits = numeral.isPlainDigits(tokens);
    boolean direction = tokens.has(after) && DIRECTIONS.contains(tokens.text(after));
    // "at 1094 Misty Hollow Court": a house number is written before a capitalized name.
    boolean houseNumber =
        tokens.lowerIn(numeral.from() - 1, Set.of("at", "on"))
            && tokens.isCapitalized(after)
            && tokens.text(numeral.from()).length() >= 3;
    boolean zip =
        digits
            && tokens.text(numeral.from()).length() == 5
            && tokens.text(numeral.from() - 1).matches("[A-Z]{2}");
    boolean street = digits && (direction || houseNumber || zip || streetNameAt(tokens, after));
    return block || street ? Optional.of(NonCount.ADDRESS) : Optional.empty();
  }

  /**
   * Whether capitalized words (or ordinals like "13th") from {@code i} include a street word after
   * the first: "Birch St.", "NW 13th Street". "St." before a name is a saint: "3 St. Louis
   * officers".
   */
  private static boolean streetNameAt(TokenSequence tokens, int i) {
    int k = i;
    while (k < i + 6 && tokens.has(k)) {
      boolean suffix = k > i && tokens.lowerIn(k, STREET_SUFFIXES);
      boolean saint =
          tokens.lower(k).equals("st")
              && tokens.text(k + 1).equals(".")
              && tokens.isCapitalized(k + 2);
      if (suffix && !saint) {
        return true;
      }
      if (tokens.isCapitalized(k) || tokens.text(k).equals(".")) {
        k++;
      } else if (tokens.isNumber(k) && tokens.lowerIn(k + 1, ORDINAL_ENDINGS)) {
        k += 2;
      } else {
        return false;
      }
    }
    return false;
  }

  /** "Route 66", "No. 10", "#3", "WAVE 3", "(312)", "called 911", "1010 WINS". */
  private static Optional<NonCount> label(TokenSequence tokens, Numeral numeral, int after) {
    int before = numeral.from() - 1;
    boolean named =
        tokens.lowerIn(before, LABELS)
            || (tokens.text(before).equals(".") && tokens.lowerIn(before - 1, ABBREVIATED_LABELS))
            || (tokens.isCapitalized(before) && tokens.lowerIn(before, CAPITALIZED_LABELS))
            // "on U.S. 60 in Mesa", "US 191", "SR 87": a highway's number.
            || HIGHWAY_PREFIXES.contains(tokens.text(before))
            || (tokens.text(before).equals(".")
                && tokens.text(before - 1).equals("S")
                && tokens.text(before - 2).equals(".")
                && tokens.text(before - 3).equals("U"))
            || CALL_SIGN.matcher(tokens.text(before)).matches()
            || (tokens.text(after).length() == 4
                && CALL_SIGN.matcher(tokens.text(after)).matches());
    boolean parenthesized =
        tokens.text(before).equals("(") && tokens.text(numeral.to()).equals(")");
    if (emergency(tokens, numeral)) {
      return Optional.of(NonCount.PHONE);
    }
    return named || parenthesized || code(tokens, numeral)
        ? Optional.of(NonCount.IDENTIFIER)
        : Optional.empty();
  }

  /**
   * "called 911", "Green County 911 at 10:35": 911 is the emergency number unless a noun it counts
   * or a range's dash follows.
   */
  private static boolean emergency(TokenSequence tokens, Numeral numeral) {
    if (!numeral.isPlainDigits(tokens) || numeral.value() != 911) {
      return false;
    }
    int after = numeral.to();
    // "up to 911", "close to 911", "rose to 911": a hedge or a toll, not a call; "456 to 911
    // people" is a range.
    boolean called =
        tokens.lowerIn(numeral.from() - 1, CALL_911)
            && !tokens.lowerIn(numeral.from() - 2, HEDGED_TO)
            && !(tokens.lower(numeral.from() - 1).equals("to")
                && tokens.isNumber(numeral.from() - 2));
    return called
        || tokens.lowerIn(after, AFTER_911)
        // A dash after it opens a range ("911-912 people"), which no phone number does.
        || (!tokens.isLowercaseWord(after) && !tokens.isDash(after))
        || tokens.lowerIn(after, NOT_AFTER_COUNT);
  }

  /**
   * Digit runs in links, galleries and codes: "ktxs.com/150835821", "1 / 6", and runs of seven or
   * more digits without separators, which news prints only for phone and case numbers.
   */
  private static boolean code(TokenSequence tokens, Numeral numeral) {
    if (!numeral.isPlainDigits(tokens)) {
      return false;
    }
    int before = numeral.from() - 1;
    boolean linked = CODE_SYMBOLS.contains(tokens.text(before)) && tokens.glued(numeral.from());
    boolean gallery = tokens.text(before).equals("/") || tokens.text(numeral.to()).equals("/");
    return linked || gallery || tokens.text(numeral.from()).length() >= 7;
  }
}
