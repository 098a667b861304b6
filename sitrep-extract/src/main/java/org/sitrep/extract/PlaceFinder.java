package org.sitrep.extract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.place.Datelines;
import org.sitrep.extract.place.Gazetteer;
import org.sitrep.extract.place.IncidentalPlaces;
import org.sitrep.extract.place.PlaceCandidate;
import org.sitrep.extract.place.StateAbbreviations;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The place of each sentence of one report: the most precise place it names that the gazetteer
 * knows, leaving out place words that name an actor, a street, an institution or a person, and the
 * rules that tell which of two places is finer and whether one lies within the other. One instance
 * per report; not thread-safe.
 */
final class PlaceFinder {
  private static final Pattern AIRPORT_AFTER =
      Pattern.compile("(?i)^(?:'s)?\\s+(?:international\\s+)?airport\\b");

  private static final Pattern SAINT = Pattern.compile("^(?:St|Ste|Saint|Sainte)\\b");

  /** The name of an institution goes on: "'s Hospital", " Regional Medical Center", " Church". */
  private static final Pattern INSTITUTION_AFTER =
      Pattern.compile(
          "^(?:['’]s)?(?:\\s+\\p{Lu}[\\p{L}'’]*){0,2}?\\s+(?:Hospital|Medical|Health|Clinic|Church"
              + "|Cathedral|School|College|University|Academy|Parish|Catholic|Elementary|High)\\b");

  /** "a spokesman for St. Vincent": the saint's hospital speaks, not a town. */
  private static final Pattern SPOKESPERSON_BEFORE =
      Pattern.compile("(?i)\\bspokes(?:man|woman|person)\\s+(?:for|at)\\s+$");

  private static final Pattern BLOCK_BEFORE =
      Pattern.compile(
          "(?i)\\bblocks?\\s+of\\s+$"
              // "at 8800 Village Square": a house number before the name makes it a street.
              + "|\\b(?:at|on|near)\\s+\\d{3,6}\\s+$"
              + "|\\b(?:street|st\\.|avenue|ave\\.|road|rd\\.|boulevard|blvd\\.|drive|lane|way"
              + "|parkway|highway),?\\s+(?:between|near|at)\\s+(?:(?:\\p{L}+\\s+){1,3}and\\s+)?$"
              + "|\\b(?:corner|intersection)\\s+of\\s+(?:(?:\\p{L}+\\s+){1,3}and\\s+)?$"
              // "inside of the business at Flamingo and Durango": the second of two crossing
              // streets.
              + "|\\bat\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?\\s+and\\s+$");

  /** A capitalised name of up to three words in a list: "Clear Creek", "St. Charles". */
  private static final String LISTED_NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}";

  /** "at Flamingo and Durango": the first of two crossing streets, told by the words after it. */
  private static final Pattern CROSSING_AFTER =
      Pattern.compile("^\\s+and\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?\\s*(?:[.,;]|$)");

  private static final Pattern AT_BEFORE = Pattern.compile("\\bat\\s+$");

  /** The words that end a street's name: "River Road", "Main St.". */
  private static final String STREET_WORD =
      "(?:Street|Avenue|Road|Drive|Boulevard|Lane|Parkway|Highway|St\\.|Ave\\.|Rd\\.|Blvd\\.)";

  /**
   * "near North 35th and West Center streets": the second of two crossing streets, whose word is
   * written once, in the plural, after it.
   */
  private static final Pattern STREETS_AFTER =
      Pattern.compile("^\\s+(?:streets|avenues|roads|boulevards|drives|lanes)\\b");

  /** "near North 35th and West Center streets": the direction of a numbered street. */
  private static final Pattern NUMBERED_STREET_AFTER =
      Pattern.compile("^\\s+\\d{1,3}(?:st|nd|rd|th)\\b");

  /**
   * "Boulder, Grand, Clear Creek and Park counties", "Caddo and Bossier parishes": each name before
   * the plural is a county's, not the town of that name.
   */
  private static final Pattern COUNTIES_AFTER =
      Pattern.compile(
          "^(?:\\s*,\\s*(?:and\\s+|&\\s+|or\\s+)?"
              + LISTED_NAME
              + ")*(?:,?\\s+(?:and|&|or)\\s+"
              + LISTED_NAME
              + ")?\\s+(?:counties|parishes|boroughs)\\b");

  /** A name that ends as a street's does: "River Road", "Capitol Drive". */
  private static final Pattern STREET_NAME = Pattern.compile("\\s" + STREET_WORD + "$");

  /**
   * "Wallace and 33rd Street", "Linden and Laurel avenues": the first of two crossing streets, told
   * by a numbered street or a street's word after the second.
   */
  private static final Pattern STREET_CROSSING_AFTER =
      Pattern.compile(
          "^\\s+(?:and|&)\\s+(?:\\d{1,3}(?:st|nd|rd|th)\\b"
              + "|\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?\\s+(?:"
              + STREET_WORD
              + "|[Ss]treets|[Aa]venues|[Rr]oads)(?![\\p{L}]))");

  /** A country named as the owner of people or things ("US personnel") is not a place. */
  private static final Pattern NATIONALITY_USE =
      Pattern.compile(
          "^\\s+(?:[Ss]pecial\\s+)?(?:personnel|troops|forces|soldiers|military|officials?|government"
              + "|president|citizens|embassy|army|marines|service|diplomats|planes|aircraft"
              + "|intelligence|commanders?|allies|nationals|team|team's|-led|-backed)\\b");

  /**
   * A place word in the name of an account whose post the page quotes ("— KPRC 2 Houston (@KPRC2)
   * January 22, 2016") names the account, not the event's place.
   */
  private static final Pattern ACCOUNT_NAME =
      Pattern.compile("^[\\p{L}\\d .'’-]{0,20}?\\s*\\(@\\w+\\)");

  /** "Srinagar city", "Baidoa town": the word that says what the place is, not its name. */
  private static final Pattern DESIGNATOR =
      Pattern.compile("(?i)\\s+(?:city|town|village|municipality)$");

  /** A name the text calls a town: "Baidoa town", "Mocimboa da Praia town", "Kalau village". */
  private static final Pattern NAMED_TOWN =
      Pattern.compile(
          "(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}'’-]+(?:[ -](?:\\p{Lu}[\\p{L}'’-]+|da|de|del|al|el|es)){0,3}?"
              + "(?:[ -]\\p{Lu}[\\p{L}'’-]+)?)\\s+(?:town|city|village|municipality)\\b");

  /**
   * The scene named by a town: a shooting range or gun club named after its town ("at the Rupert
   * Gun Range", "at the Garner shooting range"), or the home where it happened ("outside a home in
   * Ivanhoe", "at a residence in Roundup", "at his family's home in Normal", "at the Cypress
   * home"); a family's name ("at the Stiles home") is no town, nor is a month ("near their home in
   * August"). The tagger often misses such a town, or takes the whole range for one unknown place.
   */
  private static final Pattern SCENE_TOWN =
      Pattern.compile(
          "(?<![\\p{L}'’.-])(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2}?)\\s+"
              + "(?:[Gg]un|[Ss]hooting|[Rr]ifle|[Pp]istol|[Tt]arget)\\s+(?:[Rr]ange|[Cc]lub)\\b"
              + "|\\b(?:[Aa]t|[Oo]utside|[Nn]ear|[Ii]nside|[Bb]ehind|[Ii]n)\\s+(?:a|an|the|his|her|their"
              // "at his family's home in Normal", "at her grandparents' house in Pekin".
              + "|\\p{Lu}[\\p{L}-]+['’]s?|(?:the|his|her|their)\\s+\\p{Ll}+(?:['’]s|s['’]))\\s+"
              + "(?:home|house|residence|apartment)\\s+in\\s+"
              + "(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2})(?![\\p{L}'’-])"
              + "|\\b(?:[Aa]t|[Oo]utside|[Nn]ear|[Ii]nside|[Bb]ehind|[Ii]n)\\s+(?:a|an|the|his|her|their"
              + "|\\p{Lu}[\\p{L}-]+['’]s?)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2})\\s+"
              + "(?:home|house|residence)\\b");

  /**
   * A town named for its agency ("New York City police say", "Houston Police Department",
   * "Cleveland officials"): the agency's town holds the scene, which the sentence may name more
   * finely ("New York City police say a boy was shot … in the Bronx").
   */
  private static final Pattern AGENCY_AFTER =
      Pattern.compile(
          "^(?:['’]s)?\\s+(?:[Pp]olice|PD\\b|[Ss]heriff|[Ff]ire|[Mm]etro\\s+[Pp]olice|officials|authorities"
              + "|detectives|officers)\\b");

  /**
   * A state named for its agency: "Pennsylvania state police said", "the Ohio State Highway
   * Patrol", "Kentucky Department of Fish and Wildlife officials".
   */
  private static final Pattern STATE_AGENCY_AFTER =
      Pattern.compile(
          "^(?:['’]s)?\\s+(?:[Ss]tate\\s+(?:[Pp]olice|[Tt]roopers|[Hh]ighway\\s+[Pp]atrol|[Pp]atrol)"
              + "|[Hh]ighway\\s+[Pp]atrol|[Dd]epartment\\s+of|[Bb]ureau\\s+of|[Aa]uthorities"
              + "|[Oo]fficials|[Tt]roopers)\\b");

  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:The|A|An)\\s+");

  /** "in the city's Garfield neighborhood": a part of the town the report is about. */
  private static final Pattern TOWNS_PART_BEFORE =
      Pattern.compile("\\b[Tt]he\\s+(?:city|town|village|borough)['’]s\\s+$");

  /**
   * "in the Shawnee neighborhood", not "the Shawnee neighborhood of Louisville" (a part of the town
   * it names): a neighborhood of the town the report is about.
   */
  private static final Pattern THE_BEFORE = Pattern.compile("\\b[Tt]he\\s+$");

  private static final Pattern NEIGHBORHOOD_AFTER =
      Pattern.compile("^\\s+(?:neighborhood|neighbourhood)\\b(?!\\s+(?:of|in)\\b)");

  /**
   * "in Washington", "near Turk", "also in central Toledo": a preposition of place before a name,
   * or before a part of it, makes it a place.
   */
  private static final Pattern LOCATIVE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:in|at|near|outside|from|to|of|into|across|around|downtown)\\s+"
              + "(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest"
              + "|northern|southern|eastern|western)\\s+)?$");

  private final Gazetteer gazetteer;
  private final ReportPlaces places;
  private final String text;
  private final List<Span> actors;
  private final Set<String> personWords;

  /**
   * A finder for the report of this text, which names actors at these spans and people with these
   * words.
   */
  PlaceFinder(
      Gazetteer gazetteer,
      ReportPlaces places,
      String text,
      List<Span> actors,
      Set<String> personWords) {
    this.gazetteer = gazetteer;
    this.places = places;
    this.text = text;
    this.actors = actors;
    this.personWords = Set.copyOf(personWords);
  }

  /**
   * The report's mentions of places, without those that name a person it names elsewhere (whose
   * {@link #personWords} are given), and with the towns the tagger took for people.
   */
  static List<EntityMention> placeMentions(AnnotatedDocument annotated, Set<String> personWords) {
    String text = annotated.document().text();
    Set<String> longerNames = wordsOfLongerNames(annotated);
    return annotated.entities().stream()
        .filter(
            m ->
                ReportPlaces.PLACE_TYPES.contains(m.type())
                    || takenForAPerson(m, text, longerNames, annotated.entities())
                    || takenForAnOrganization(m, text))
        .map(PlaceFinder::placeOfItsPart)
        .filter(m -> !namesAPerson(m, personWords, text))
        .filter(m -> !calledByASurname(m, longerNames, text))
        .filter(m -> !namesNoPlace(m.text()))
        .toList();
  }

  /** "from " or "to " right before a name. */
  private static final Pattern FROM_OR_TO_BEFORE = Pattern.compile("\\b(?:from|to)\\s$");

  /**
   * Whether a one-word place is the surname of a person the report names in full, after "from" or
   * "to": "a telephone call from Kennedy" after "Oliver Kennedy of Milwaukee", "he spoke to
   * Jackson". A place after "in", "at" or "near", or with its state, stays a place.
   */
  private static boolean calledByASurname(
      EntityMention mention, Set<String> longerNames, String text) {
    String before = text.substring(Math.max(0, mention.start() - 6), mention.start());
    return !mention.text().contains(" ")
        && longerNames.contains(mention.text())
        && FROM_OR_TO_BEFORE.matcher(before).find()
        && StateAbbreviations.stateAfter(text, mention.end()).isEmpty();
  }

  /** "South Side of Chicago": a part of a place named with the place. */
  private static final Pattern PART_OF =
      Pattern.compile(
          "^(?:(?:the\\s+)?(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)"
              + "(?:\\s+|-)?(?:Side|End))|Outskirts|Suburbs|Heart|Center|Centre|Downtown)\\s+of\\s+"
              + "(?=\\p{Lu})",
          Pattern.CASE_INSENSITIVE);

  /**
   * The place a mention names a part of: the tagger takes "South Side of Chicago" for one place,
   * which the gazetteer does not know; Chicago is the place.
   */
  static EntityMention placeOfItsPart(EntityMention mention) {
    Matcher part = PART_OF.matcher(mention.text());
    if (!part.find()) {
      return mention;
    }
    return new EntityMention(
        mention.type(),
        mention.text().substring(part.end()),
        mention.start() + part.end(),
        mention.end(),
        mention.normalized(),
        mention.sentence());
  }

  /** "outside " or "through " right before a name, which is then no possessive. */
  private static final Pattern OUTSIDE_BEFORE = Pattern.compile("\\b(?:outside|through)\\s$");

  /**
   * "in ", "near " right before a name; also "just outside Quincy", "driving through Cicero", where
   * the tagger takes the town for a person as often.
   */
  private static final Pattern IN_BEFORE = Pattern.compile("\\b(?:in|near|outside|through)\\s$");

  /**
   * A town the tagger took for a person ("a deadly shooting in Rosamond", "Lafayette County Road 41
   * in Buckner", "just outside Quincy", "a shooting in Harper Woods"): after "in", "near",
   * "outside" or "through", one word which is none of the {@code longerNames}' words (the people
   * the report names with more than one word), or two or three words none of which another person
   * the report names bears. Whether the words are a town is the gazetteer's to say.
   */
  private static boolean takenForAPerson(
      EntityMention mention, String text, Set<String> longerNames, List<EntityMention> entities) {
    boolean oneWord = !mention.text().contains(" ");
    if (mention.type().equals("PERSON") && oneWord && ownHome(mention, text)) {
      return true;
    }
    String before = text.substring(Math.max(0, mention.start() - 9), mention.start());
    return mention.type().equals("PERSON")
        && (oneWord
            ? !longerNames.contains(mention.text())
            : namedOnlyHere(mention, entities) && mention.text().split("\\s+").length <= 3)
        && mention.text().length() >= 3
        && Character.isUpperCase(mention.text().charAt(0))
        && IN_BEFORE.matcher(before).find()
        // "outside Smith's house": the person's; "in Gary's Glen Park neighborhood" is the town's.
        && (!(text.startsWith("'s", mention.end()) || text.startsWith("’s", mention.end()))
            || !OUTSIDE_BEFORE.matcher(before).find());
  }

  /** "his ", "her ", "their " right before a name. */
  private static final Pattern POSSESSIVE_BEFORE =
      Pattern.compile("\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\\s$");

  /** A home after a name: " home", " apartment". */
  private static final Pattern HOME_AFTER =
      Pattern.compile("^\\s(?:home|house|apartment|residence)\\b");

  /**
   * Whether a name stands between a possessive and a home: "leaving her Paterson home", "in his
   * Toledo apartment". A family's name comes after an article ("the Smith home"), never after
   * "her", so the name is the home's town.
   */
  private static boolean ownHome(EntityMention mention, String text) {
    String before = text.substring(Math.max(0, mention.start() - 7), mention.start());
    String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 12));
    return Character.isUpperCase(mention.text().charAt(0))
        && POSSESSIVE_BEFORE.matcher(before).find()
        && HOME_AFTER.matcher(after).find();
  }

  /**
   * Whether the words of a name of two or more words are capitalized and borne by no other person
   * the report names: "Harper Woods" alone is a town; beside "Jo Harper" it may be a person.
   */
  private static boolean namedOnlyHere(EntityMention mention, List<EntityMention> entities) {
    List<String> words = Arrays.asList(mention.text().split("\\s+"));
    if (!words.stream().allMatch(PlaceFinder::capitalizedWord)) {
      return false;
    }
    return entities.stream()
        .filter(other -> other.type().equals("PERSON") && other.start() != mention.start())
        .flatMap(other -> Arrays.stream(other.text().split("\\s+")))
        .noneMatch(words::contains);
  }

  /**
   * Words that name no place in a report, though towns bear them; a street's word alone is the end
   * of a street's name the tagger cut off ("after 35th Street shooting", not Street, England).
   */
  private static final Pattern NO_PLACE =
      Pattern.compile(
          "January|February|March|April|May|June|July|August|September|October|November|December"
              + "|Metro|Street|Avenue|Road|Drive|Boulevard|Lane|Parkway|Highway");

  /**
   * Whether a name the tagger or a pattern took for a place is none: a month ("shot near their home
   * in August", not August, California), "Metro", the word of a city's government ("Metro Police",
   * "Louisville Metro"), not Metro in Indonesia, or a street's word alone.
   */
  static boolean namesNoPlace(String name) {
    return NO_PLACE.matcher(name).matches();
  }

  /** "A " or "an " right before a name. */
  private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(?:[Aa]n?)\\s$");

  /**
   * A town the tagger took for an organization ("A Browns Mills teenager has been charged"): a name
   * after "a" or "an" and before a word for a person that makes it the person's town. Whether the
   * name is a town is the gazetteer's to say.
   */
  private static boolean takenForAnOrganization(EntityMention mention, String text) {
    return mention.type().equals("ORGANIZATION")
        && ARTICLE_BEFORE
            .matcher(text.substring(Math.max(0, mention.start() - 4), mention.start()))
            .find()
        && IncidentalPlaces.beforeAResident(text, mention.end());
  }

  /** The words of the people a report names with more than one word ("Kendell", "Washington"). */
  private static Set<String> wordsOfLongerNames(AnnotatedDocument annotated) {
    Set<String> words = new HashSet<>();
    for (EntityMention mention : annotated.entities()) {
      if (mention.type().equals("PERSON") && mention.text().contains(" ")) {
        words.addAll(Arrays.asList(mention.text().split("\\s+")));
      }
    }
    return words;
  }

  /**
   * The capitalized words of the people a report names ("Aaron", "Turk" of "Lt. Aaron Turk"),
   * leaving out the towns the tagger took for people.
   */
  static Set<String> personWords(AnnotatedDocument annotated) {
    String text = annotated.document().text();
    Set<String> longerNames = wordsOfLongerNames(annotated);
    Set<String> towns = new HashSet<>();
    for (EntityMention mention : annotated.entities()) {
      if (takenForAPerson(mention, text, longerNames, annotated.entities())) {
        towns.add(mention.text());
      }
    }
    Set<String> words = new HashSet<>();
    for (EntityMention mention : annotated.entities()) {
      if (mention.type().equals("PERSON") && !towns.contains(mention.text())) {
        for (String word : mention.text().split("\\s+")) {
          if (word.length() >= 3 && Character.isUpperCase(word.charAt(0))) {
            words.add(word);
          }
        }
      }
    }
    return words;
  }

  /**
   * A one-word place that is also the name of a person the report names elsewhere ("Washington was
   * playing with the gun" after "Kendell Washington", "Turk is leading the investigation" after
   * "Lt. Aaron Turk") is the person, unless a preposition of place comes before it ("in Houston")
   * or a state after it ("Washington, D.C.").
   */
  static boolean namesAPerson(EntityMention mention, Set<String> personWords, String text) {
    String before = text.substring(Math.max(0, mention.start() - 24), mention.start());
    return !mention.text().contains(" ")
        && personWords.contains(mention.text())
        && !LOCATIVE_BEFORE.matcher(before).find()
        && StateAbbreviations.stateAfter(text, mention.end()).isEmpty();
  }

  /**
   * The most precise place of the sentence that the gazetteer knows, with its evidence. A place
   * word inside an actor's name ("Islamic State Pakistan Province") is not a place of the event. A
   * town keeps the name the report gives it ("Tal Afar", not the gazetteer's "Tall 'Afar").
   */
  Optional<PlaceMention> placeOf(Sentence sentence, List<EntityMention> sentencePlaces) {
    PlaceMention finest = null;
    PlaceMention incidental = null;
    PlaceMention agency = null;
    PlaceMention stateAgency = null;
    Optional<int[]> dateline = Datelines.find(text, sentence.start(), sentence.end());
    if (dateline.isPresent()) {
      int start = dateline.get()[0];
      int end = dateline.get()[1];
      Optional<Place> place = places.resolve(text.substring(start, end));
      if (place.isPresent()) {
        incidental = new PlaceMention(place.get(), start, end, true);
      }
    }
    for (EntityMention mention : sentencePlaces) {
      if (NATIONALITY_USE
              .matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 25)))
              .find()
          || ACCOUNT_NAME
              .matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 40)))
              .find()
          || insideActor(mention, actors)
          || isStreet(text, mention)
          || isOneOfSeveralCounties(text, mention)
          || isInstitution(text, mention)
          || partOfTheReportsTown(text, mention)
          || partOfTheTownAfter(mention, sentencePlaces)
          // "in one Long Island community": the scene is another place.
          || IncidentalPlaces.aroundTheScene(text, mention.start(), mention.end())
          || IncidentalPlaces.afterTheEvent(text, mention.start())) {
        continue;
      }
      int end =
          landmarkEnd(
              text, StateAbbreviations.stateAfter(text, mention.end()).orElse(mention.end()));
      Optional<Place> place =
          places
              .resolve(text.substring(mention.start(), end))
              .map(reading -> residentsTown(reading, mention, end));
      if (place.isEmpty()
          || place.get().name().equals(mention.text()) && toldAsANeighborhood(text, mention)) {
        continue;
      }
      Place named = asNamed(place.get(), mention.text(), end == mention.end());
      boolean inDateline = inDateline(mention.start(), mention.end(), dateline);
      if (inDateline
          || IncidentalPlaces.incidental(text, mention.start(), end)
          || stateOfSomeoneElsewhere(named, mention)) {
        boolean overDateline =
            !inDateline
                && incidental != null
                && inDateline(incidental.start(), incidental.end(), dateline)
                && !finer(incidental.place(), named)
                && IncidentalPlaces.residence(text, mention.start(), end);
        if (incidental == null || finer(named, incidental.place()) || overDateline) {
          incidental = new PlaceMention(named, mention.start(), end, true);
        }
      } else if (named.precision() == PlacePrecision.TOWN
          && AGENCY_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 25))).find()) {
        if (agency == null) {
          agency = new PlaceMention(named, mention.start(), end, false);
        }
      } else if (named.precision() == PlacePrecision.REGION
          && STATE_AGENCY_AFTER
              .matcher(text.substring(end, Math.min(text.length(), end + 30)))
              .find()) {
        if (stateAgency == null) {
          stateAgency = new PlaceMention(named, mention.start(), end, false);
        }
      } else if (finest == null || finer(named, finest.place())) {
        finest = new PlaceMention(named, mention.start(), end, false);
      }
    }
    if (stateAgency != null
        && !(finest == null
            ? datelineTownWithin(incidental, stateAgency, dateline)
            : finer(finest.place(), stateAgency.place())
                || finest.place().precision() == stateAgency.place().precision()
                    && finest.start() < stateAgency.start())) {
      finest = stateAgency;
    }
    if (incidental != null && inDateline(incidental.start(), incidental.end(), dateline)) {
      PlaceMention dated = incidental;
      incidental =
          untaggedResidentsTown(sentence)
              .filter(town -> !finer(dated.place(), town.place()))
              .orElse(dated);
    }
    Optional<PlaceMention> scene = sceneTown(sentence);
    if (scene.isPresent()
        && (finest == null
            || finer(scene.get().place(), finest.place())
                && inside(scene.get().place(), finest.place()))) {
      finest = scene.get();
    }
    if (finest == null) {
      finest = untaggedTown(sentence).or(() -> venueTown(sentence)).orElse(null);
    }
    if (agency != null && !withinTheAgencys(finest, agency)) {
      finest = agency;
    }
    Optional<PlaceMention> found = Optional.ofNullable(finest != null ? finest : incidental);
    return namedTown(sentence, finest).or(() -> found);
  }

  /**
   * Whether the sentence's incidental place is the dateline's town, in the state whose agency the
   * sentence names: "NEW STANTON, Pa. (AP) — A 14-year-old boy is accused of shooting his mother …,
   * Pennsylvania state police said" tells of New Stanton, which the state police serve.
   */
  private static boolean datelineTownWithin(
      PlaceMention incidental, PlaceMention stateAgency, Optional<int[]> dateline) {
    return incidental != null
        && inDateline(incidental.start(), incidental.end(), dateline)
        && finer(incidental.place(), stateAgency.place())
        && inside(incidental.place(), stateAgency.place());
  }

  /** "in the ", "at ", "near ": a preposition of place right before a scene's name. */
  private static final Pattern SCENE_BEFORE =
      Pattern.compile("(?i)\\b(?:in|at|near|outside|inside)\\s+(?:the\\s+)?$");

  /**
   * Whether the sentence's place is a scene within the town whose agency the sentence names before
   * it: "New York City police say a boy was shot … in the Bronx". The scene must be introduced as
   * one ("in", "at", "near") and lie in the agency town's state, else the agency's town stands: a
   * newspaper's town ("told The Atlanta Journal-Constitution") or a street named for a town ("near
   * 35th and Silver Spring") is no scene. A town named before the agency keeps its place.
   */
  private boolean withinTheAgencys(PlaceMention place, PlaceMention agency) {
    if (place == null || finer(agency.place(), place.place())) {
      return false;
    }
    if (place.start() < agency.start() || finer(place.place(), agency.place())) {
      return true;
    }
    String before = text.substring(Math.max(0, place.start() - 12), place.start());
    return place.place().precision() == PlacePrecision.TOWN
        && Objects.equals(place.place().admin1(), agency.place().admin1())
        && SCENE_BEFORE.matcher(before).find();
  }

  /**
   * Whether a state is written after an incidental town ("Christian Merced, of Miami, Florida", in
   * a report from "SALEM, Mass.") in a report that names another state of its country: the state is
   * then where the victim lives or was taken, not where it happened. A report that names no other
   * state ("Blake Shurling, 20, of Tennille, Georgia" alone) most likely tells of a shooting in it.
   */
  private boolean stateOfSomeoneElsewhere(Place named, EntityMention mention) {
    return named.precision() == PlacePrecision.REGION
        && IncidentalPlaces.afterAnIncidentalTown(text, mention.start())
        && places.namesAnotherRegion(named);
  }

  /**
   * "The East Lake neighborhood of Tarpon Springs", "the Germantown section of Philadelphia", "Lake
   * Park in Granite City", "the Oak Creek complex in Austin": a place named, then the town it lies
   * in.
   */
  private static final Pattern PART_BEFORE_ITS_TOWN =
      Pattern.compile(
          "^\\s+(?:(?:neighborhood|neighbourhood|section|community|area|district|part)\\s+of"
              // "the Oak Creek complex in Austin", "the Pine Ridge subdivision in Conroe".
              + "|(?:(?:neighborhood|neighbourhood|section|community|area|district|complex"
              + "|apartments|subdivision|mall|park|plaza)\\s+)?in)\\s+");

  /**
   * Whether a place is named as a part of the town named right after it ("in the East Lake
   * neighborhood of Tarpon Springs", "at Lake Park in Granite City"): the town is where it
   * happened, though a namesake of the part may be a town of its own elsewhere. A part named as
   * where someone lives is left to the rules of residences.
   */
  private boolean partOfTheTownAfter(EntityMention mention, List<EntityMention> sentencePlaces) {
    Matcher part =
        PART_BEFORE_ITS_TOWN.matcher(
            text.substring(mention.end(), Math.min(text.length(), mention.end() + 40)));
    if (!part.find() || IncidentalPlaces.incidental(text, mention.start(), mention.end())) {
      return false;
    }
    int townStart = mention.end() + part.end();
    for (EntityMention town : sentencePlaces) {
      if (town.start() == townStart) {
        int end = StateAbbreviations.stateAfter(text, town.end()).orElse(town.end());
        return places
            .resolve(text.substring(town.start(), end))
            .filter(place -> place.precision() == PlacePrecision.TOWN)
            .isPresent();
      }
    }
    return false;
  }

  /**
   * A country's name before a word for a person ("The Denmark man said little") is a town's: a
   * country makes an adjective ("a Danish man"), a town or a state does not. The most populous town
   * or state of the name then, or the country when there is none.
   */
  private Place residentsTown(Place reading, EntityMention mention, int end) {
    if (reading.precision() != PlacePrecision.COUNTRY
        || end != mention.end()
        || !IncidentalPlaces.beforeAResident(text, end)) {
      return reading;
    }
    return gazetteer.candidates(mention.text()).stream()
        .filter(candidate -> candidate.kind() != PlaceCandidate.Kind.COUNTRY)
        .filter(candidate -> candidate.place().name().equalsIgnoreCase(mention.text()))
        .max(Comparator.comparingLong(PlaceCandidate::population))
        .map(PlaceCandidate::place)
        .orElse(reading);
  }

  /**
   * Whether the words {@code [start, end)} lie in the sentence's dateline ("MIAMI (CBSMiami) – A
   * Florida City teen has been charged"), which tells where the report was filed: the town of the
   * people the sentence names comes before it.
   */
  private static boolean inDateline(int start, int end, Optional<int[]> dateline) {
    return dateline.isPresent() && dateline.get()[0] <= start && end <= dateline.get()[1];
  }

  /**
   * The town a range, a gun club or the home where it happened names, when the gazetteer knows it.
   */
  private Optional<PlaceMention> sceneTown(Sentence sentence) {
    Matcher scene = SCENE_TOWN.matcher(text).region(sentence.start(), sentence.end());
    while (scene.find()) {
      int group = scene.group(1) != null ? 1 : scene.group(2) != null ? 2 : 3;
      String name = LEADING_ARTICLE.matcher(scene.group(group)).replaceFirst("");
      if (Arrays.stream(name.split("\\s+")).anyMatch(personWords::contains) || namesNoPlace(name)) {
        continue;
      }
      int start = scene.end(group) - name.length();
      Optional<Place> town =
          places.resolve(name).filter(place -> place.precision() == PlacePrecision.TOWN);
      if (town.isPresent()) {
        return Optional.of(new PlaceMention(town.get(), start, scene.end(group), false));
      }
    }
    return Optional.empty();
  }

  /**
   * A town named before the place where it happened, as news writes it: "outside a Warren bar", "at
   * a Taylor home", "at a Romulus motel", "at a Dearborn Heights apartment complex".
   */
  private static final Pattern VENUE_TOWN =
      Pattern.compile(
          "\\b(?:[Aa]t|[Oo]utside|[Nn]ear|[Ii]nside|[Bb]ehind|[Ii]n)\\s+(?:a|an)\\s+"
              + "(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2}?)\\s+(?:home|house|residence"
              + "|apartment(?:\\s+complex)?|bar|nightclub|motel|hotel)\\b");

  /**
   * The town of "outside a Warren bar", "at a Taylor home": the tagger takes such a name for a
   * person or leaves it, so it is taken only when the report names it nowhere else (a person named
   * Taylor would be) and the gazetteer has a town of it in a state or region the report's other
   * places name.
   */
  private Optional<PlaceMention> venueTown(Sentence sentence) {
    Matcher venue = VENUE_TOWN.matcher(text).region(sentence.start(), sentence.end());
    while (venue.find()) {
      String name = venue.group(1);
      if (namesNoPlace(name)
          || Pattern.compile("\\b" + Pattern.quote(name.split("\\s+")[0]) + "\\b")
                  .matcher(text)
                  .results()
                  .count()
              > 1) {
        continue;
      }
      Optional<Place> town = townOfTheReportsStates(name);
      if (town.isPresent()) {
        return Optional.of(new PlaceMention(town.get(), venue.start(1), venue.end(1), false));
      }
    }
    return Optional.empty();
  }

  /**
   * A town named before a word for a person, after "a" or "an" and an age: "A 19-year-old Beverly
   * man", "an Elgin teenager". Words for a people or a colour of skin are no towns.
   */
  private static final Pattern RESIDENTS_TOWN =
      Pattern.compile(
          "\\b[Aa]n?\\s+(?:\\d{1,3}-year-old\\s+)?"
              + "(?!(?:Black|White|Hispanic|Latino|Latina|Asian|Native|American|African|Arab)\\b)"
              + "(\\p{Lu}[\\p{Ll}'’-]+(?:\\s\\p{Lu}[\\p{Ll}'’-]+){0,2}?)\\s+"
              + "(?:man|woman|boy|girl|teen|teenager|resident)\\b");

  /**
   * The town of the people of a dateline's sentence when the tagger left it untagged ("SALEM, Mass.
   * — A 19-year-old Beverly man has been held without bail"): the dateline tells where the report
   * was filed, the people's town where they are from, which comes first, as a tagged one does. The
   * words must be tagged as nothing and be a town of a state the report names.
   */
  private Optional<PlaceMention> untaggedResidentsTown(Sentence sentence) {
    Matcher resident = RESIDENTS_TOWN.matcher(text).region(sentence.start(), sentence.end());
    while (resident.find()) {
      int start = resident.start(1);
      int end = resident.end(1);
      boolean tagged =
          sentence.tokens().stream()
              .anyMatch(
                  token -> token.start() < end && start < token.end() && !token.ner().equals("O"));
      String name = resident.group(1);
      if (tagged
          || Arrays.stream(name.split("\\s+")).anyMatch(personWords::contains)
          || namesNoPlace(name)) {
        continue;
      }
      Optional<Place> town = townOfTheReportsStates(name);
      if (town.isPresent()) {
        return Optional.of(new PlaceMention(town.get(), start, end, true));
      }
    }
    return Optional.empty();
  }

  /** Words of place that come before a town the tagger may miss: "shot in Humble". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside");

  /**
   * What may follow such a town: a stop or a comma, or a word that goes on with the day, the hour
   * or another clause ("in Humble on Sunday", "in Troy early Monday", "in Normal Sunday").
   */
  private static final Pattern AFTER_UNTAGGED_TOWN =
      Pattern.compile(
          "[.,;]|on|at|around|about|early|late|last|overnight|after|when|while|and|just|shortly"
              + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");

  /**
   * A town the tagger left untagged after "in", "near" or "outside" ("A man was shot Sunday in
   * Humble.", "was killed in Pine Bluff on Monday", "a shooting in Normal"): one to three
   * capitalized words no entity covers, after a word in lower case or a day ("shot Sunday in"; not
   * a headline's capitals), before a stop or the words of the day. Many such towns are words
   * ("Normal", "Humble", "Independence") or given names ("Troy", "Warren"), which is why the tagger
   * leaves them. The gazetteer's town is taken only when it lies in a state or region the report's
   * other places name (its dateline's, most often), and is no name of a person the report names.
   */
  private Optional<PlaceMention> untaggedTown(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i < tokens.size() - 1; i++) {
      Token before = tokens.get(i - 1);
      if (!PLACE_PREPOSITIONS.contains(tokens.get(i).text())
          || before.text().isEmpty()
          || !Character.isLowerCase(before.text().charAt(0))
              && !before.ner().equals("DATE")
              && !before.ner().equals("TIME")
              // "hunting in a field on River Road in Moretown Sunday": a street, then its town.
              && !STREET_NAME.matcher(" " + before.text()).find()) {
        continue;
      }
      int last = i;
      while (last + 1 < tokens.size()
          && last - i < 3
          && tokens.get(last + 1).ner().equals("O")
          && capitalizedWord(tokens.get(last + 1).text())) {
        last++;
      }
      if (last == i
          || last + 1 >= tokens.size()
          || !AFTER_UNTAGGED_TOWN.matcher(tokens.get(last + 1).text()).matches()) {
        continue;
      }
      int start = tokens.get(i + 1).start();
      int end = tokens.get(last).end();
      String name = text.substring(start, end);
      if (Arrays.stream(name.split("\\s+")).anyMatch(personWords::contains) || namesNoPlace(name)) {
        continue;
      }
      Optional<Place> town = townOfTheReportsStates(name);
      if (town.isPresent()) {
        return Optional.of(new PlaceMention(town.get(), start, end, false));
      }
    }
    return Optional.empty();
  }

  /**
   * The gazetteer's town of {@code name} when it lies in a state or region the report's other
   * places name: a word the tagger left untagged is read as a town only where the report is.
   */
  private Optional<Place> townOfTheReportsStates(String name) {
    return places
        .resolve(name)
        .filter(place -> place.precision() == PlacePrecision.TOWN)
        .filter(place -> places.regions().contains(place.admin1()));
  }

  private static boolean capitalizedWord(String word) {
    return word.length() >= 2
        && Character.isUpperCase(word.charAt(0))
        && word.chars().skip(1).allMatch(Character::isLowerCase);
  }

  /**
   * A town the text calls one ("in Baidoa town, Bay region", "near Mangina village, Beni
   * territory"): the gazetteer's town of that name in the country of the sentence's other places,
   * or, when the gazetteer does not know it and the words go on to name its region or country, a
   * town of that name there without coordinates.
   */
  private Optional<PlaceMention> namedTown(Sentence sentence, PlaceMention finest) {
    Matcher named = NAMED_TOWN.matcher(text.substring(sentence.start(), sentence.end()));
    if (!named.find()) {
      return Optional.empty();
    }
    String name = named.group(1);
    int start = sentence.start() + named.start(1);
    int end = sentence.start() + named.end(1);
    if (IncidentalPlaces.aroundTheScene(text, start, end)) {
      // "a Long Island village" is a village on Long Island, not one named so.
      return Optional.empty();
    }
    String country = finest != null ? finest.place().country() : null;
    Optional<Place> town = gazetteer.town(name, country);
    if (town.isPresent()) {
      return Optional.of(new PlaceMention(asNamed(town.get(), name, true), start, end, false));
    }
    boolean regionFollows = text.startsWith(",", sentence.start() + named.end());
    if (finest == null || !regionFollows) {
      return Optional.empty();
    }
    Place around = finest.place();
    String admin1 = around.region();
    return Optional.of(
        new PlaceMention(
            new Place(
                name,
                admin1,
                around.country(),
                around.countryName(),
                null,
                null,
                PlacePrecision.TOWN),
            start,
            end,
            false));
  }

  /**
   * "St. Vincent Hospital", "St. Mary's Medical Center", "a spokesman for St. Vincent": an
   * institution named after a saint is no town of that name.
   */
  static boolean isInstitution(String text, EntityMention mention) {
    String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 40));
    String before = text.substring(Math.max(0, mention.start() - 30), mention.start());
    return SAINT.matcher(mention.text()).find()
        && (INSTITUTION_AFTER.matcher(after).find() || SPOKESPERSON_BEFORE.matcher(before).find());
  }

  /**
   * "The 300 block of Madrid", "Commerce Street, between West Jackson and West Jefferson", "the
   * corner of Golden Gate and Tamiami", "at 4100 Lansing Court", "the business at Flamingo and
   * Durango", "a home near Wallace and 33rd Street", "on River Road": a street named after a town
   * is no town.
   */
  static boolean isStreet(String text, EntityMention mention) {
    String before = text.substring(Math.max(0, mention.start() - 60), mention.start());
    String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 40));
    return BLOCK_BEFORE.matcher(before).find()
        || STREETS_AFTER.matcher(after).find()
        || NUMBERED_STREET_AFTER.matcher(after).find()
        || AT_BEFORE.matcher(before).find() && CROSSING_AFTER.matcher(after).find()
        || STREET_CROSSING_AFTER.matcher(after).find()
        || STREET_NAME.matcher(mention.text()).find();
  }

  /**
   * "Affected lands would span Boulder, Grand, Clear Creek and Park counties": a name in a list of
   * counties is a county, not its namesake town.
   */
  static boolean isOneOfSeveralCounties(String text, EntityMention mention) {
    String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 160));
    return COUNTIES_AFTER.matcher(after).find();
  }

  /**
   * Whether a name is told as a part of the town the report is about: "shot in the city's Garfield
   * neighborhood" after "PITTSBURGH (KDKA) —" is Pittsburgh's, though Garfield, New Jersey is a
   * town.
   */
  static boolean partOfTheReportsTown(String text, EntityMention mention) {
    String before = text.substring(Math.max(0, mention.start() - 20), mention.start());
    return TOWNS_PART_BEFORE.matcher(before).find();
  }

  /**
   * Whether a name is told as a neighborhood ("in the Shawnee neighborhood"), not as a part of the
   * town it names ("the Shawnee neighborhood of Louisville"). Read as a town of its own name, it is
   * a namesake elsewhere (Shawnee, Kansas); a neighborhood the gazetteer knows is read as its city.
   */
  static boolean toldAsANeighborhood(String text, EntityMention mention) {
    String before = text.substring(Math.max(0, mention.start() - 20), mention.start());
    String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 20));
    return THE_BEFORE.matcher(before).find() && NEIGHBORHOOD_AFTER.matcher(after).find();
  }

  static boolean insideActor(EntityMention mention, List<Span> actors) {
    return actors.stream()
        .anyMatch(
            actor ->
                actor.start() <= mention.start()
                    && mention.end() <= actor.end()
                    && actor.end() - actor.start() > mention.end() - mention.start());
  }

  private static Place asNamed(Place place, String named, boolean plainName) {
    if (!plainName
        || place.precision() != PlacePrecision.TOWN
        || named.isBlank()
        || named.equals(place.name())
        || named.endsWith(" " + place.name())
        // A dateline's capitals ("JACKSONVILLE") are its style, not the town's name.
        || named.equals(named.toUpperCase(Locale.ROOT))
        || namesItsDivision(named, place)) {
      // "North Philadelphia" is a part of Philadelphia, which is the town's name; "D.C." and
      // "Southeast D.C." name the division that Washington is.
      return place;
    }
    String name = DESIGNATOR.matcher(named.strip()).replaceFirst("");
    if (name.isEmpty()) {
      return place;
    }
    return new Place(
        name,
        place.admin1(),
        place.country(),
        place.countryName(),
        place.lat(),
        place.lon(),
        place.precision(),
        place.admin2(),
        place.seat());
  }

  private static final Pattern COMPASS_WORD =
      Pattern.compile("^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)\\s+");

  /** Whether a town's name as written is the name of its division ("D.C.", "Southeast D.C."). */
  private static boolean namesItsDivision(String named, Place town) {
    String division = COMPASS_WORD.matcher(named.strip()).replaceFirst("");
    // "Kandahar" is the town's own name (Kandahār) as well as its province's: kept as written.
    return !lettersOf(division).equals(lettersOf(town.name()))
        && (StateAbbreviations.apStyle(division).isPresent()
            || division.equalsIgnoreCase(town.admin1()));
  }

  /** A name's letters without their accents, in lower case: "Kandahār" is "kandahar". */
  private static String lettersOf(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether a place lies within another, as far as their country and region tell, and a spot's town
   * tells. A country alone ("heading to Mexico") says too little to hold against a town.
   */
  static boolean inside(Place place, Place around) {
    if (around.precision() == PlacePrecision.COUNTRY) {
      return true;
    }
    if (around.country() != null && !around.country().equals(place.country())) {
      return false;
    }
    if (place.precision() == PlacePrecision.POINT
        && around.precision() == PlacePrecision.TOWN
        && !place.name().equalsIgnoreCase(around.name())) {
      // A spot bears its town's name ("Johns Island" is a spot in Charleston): in another town,
      // it is none of this one's.
      return false;
    }
    String region = around.region();
    return region == null || region.equals(place.admin1());
  }

  static boolean finer(Place one, Place other) {
    return one.precision().ordinal() < other.precision().ordinal();
  }

  /** Takes "airport" after a town into the mention: "Kabul airport" is a point in Kabul. */
  private static int landmarkEnd(String text, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 30));
    Matcher landmark = AIRPORT_AFTER.matcher(after);
    return landmark.find() ? end + landmark.end() : end;
  }
}
