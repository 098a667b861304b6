package org.sitrep.resolve.link;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.ActorReference;
import org.sitrep.model.Claim;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/** Reads the linking features off each account of a collection of reports. */
public final class Profiles {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]+");
  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])");

  private Profiles() {}

  /**
   * The profiles of every account of the reports, in report order then the order each report tells
   * them, with word vectors weighed over the whole collection.
   */
  public static List<MentionProfile> of(List<Report> reports) {
    List<MentionProfile> profiles = new ArrayList<>();
    List<Map<String, Integer>> bags = new ArrayList<>();
    List<Map<String, Integer>> documents = new ArrayList<>();
    for (Report report : reports) {
      EventMention main = mainAccount(report.events());
      Map<String, Integer> whole = documentBag(report);
      documents.add(whole);
      List<PersonNames.Told> told = PersonNames.of(report);
      Map<EventMention, Set<Integer>> owned = new HashMap<>();
      for (EventMention mention : report.events()) {
        owned.put(mention, sentencesOf(report, mention));
      }
      Map<EventMention, Scene> scenes = new HashMap<>();
      for (EventMention mention : report.events()) {
        scenes.put(mention, scene(report, mention, owned));
      }
      for (EventMention mention : report.events()) {
        boolean isMain = mention == main;
        Set<String> names =
            isMain
                ? PersonNames.before(told, pastFrom(report, mention))
                : PersonNames.in(told, owned.get(mention));
        Scene scene = isMain ? roundUp(scenes, mention) : scenes.get(mention);
        profiles.add(profile(report, mention, isMain, names, scene));
        bags.add(isMain ? whole : sentenceBag(report, mention));
      }
    }
    List<Map<String, Double>> vectors = TermVectors.weigh(bags, documents);
    List<MentionProfile> weighed = new ArrayList<>(profiles.size());
    for (int i = 0; i < profiles.size(); i++) {
      weighed.add(profiles.get(i).withTerms(vectors.get(i)));
    }
    return weighed;
  }

  /**
   * A report's main account: its first current event that counts victims, else its first current
   * event; in a report that only recalls events (a follow-up on a trial), the first it recalls, the
   * one its lead is about ("a hearing for the brothers charged in the 7 January killings"), not a
   * killing with a count that the report brings up later as the past of the past; null when the
   * report tells of no event. A count of the arrested counts no victim: "Three men are in custody"
   * before "a girl was shot and killed" is a report about the killing, and its main account must
   * meet the other reports' killing.
   */
  static EventMention mainAccount(List<EventMention> events) {
    EventMention current = firstCurrent(events);
    return current != null ? current : events.isEmpty() ? null : events.get(0);
  }

  /** The first current event that counts victims, else the first current one, or null. */
  private static EventMention firstCurrent(List<EventMention> events) {
    EventMention first = null;
    for (EventMention event : events) {
      if (event.background()) {
        continue;
      }
      if (first == null) {
        first = event;
      }
      if (event.claims().stream().anyMatch(claim -> countsVictims(claim.slot()))) {
        return event;
      }
    }
    return first;
  }

  /**
   * Where a report about a killing turns to the past: the first sentence, after its main account's
   * own, of an earlier killing it recalls on another day ("On April 16, 4-year-old … was in a
   * bedroom with her father"). The people named from there on are that killing's, not the news's. A
   * report whose main account is an arrest, a charge or a trial has no such turn: the killing it
   * recalls is the one it follows up. {@link Integer#MAX_VALUE} when there is none.
   */
  private static int pastFrom(Report report, EventMention main) {
    EventDate day = dateOf(main);
    if (main.background()
        || day == null
        || main.subtype().type() == EventType.STRATEGIC_DEVELOPMENTS) {
      return Integer.MAX_VALUE;
    }
    int own = sentencesOf(report, main).stream().mapToInt(Integer::intValue).min().orElse(0);
    int from = Integer.MAX_VALUE;
    for (EventMention event : report.events()) {
      EventDate other = dateOf(event);
      if (event != main
          && event.background()
          && other != null
          && event.subtype().type() != EventType.STRATEGIC_DEVELOPMENTS
          && PairScorer.contradictDay(day, other)) {
        for (int sentence : sentencesOf(report, event)) {
          if (sentence > own) {
            from = Math.min(from, sentence);
          }
        }
      }
    }
    return from;
  }

  private static EventDate dateOf(EventMention mention) {
    for (Claim claim : mention.claims()) {
      if (claim.value() instanceof EventDate value) {
        return value;
      }
    }
    return null;
  }

  private static boolean countsVictims(Slot slot) {
    return slot.isFigure() && slot != Slot.ARRESTED;
  }

  /**
   * The scene an account tells ({@link Scene}): read off its own sentences, those between them and
   * those after them up to a sentence of another account of its report ("Officers found the man in
   * an alley near West Market Street" after "A man was shot and killed Thursday night").
   */
  private static Scene scene(
      Report report, EventMention mention, Map<EventMention, Set<Integer>> owned) {
    Set<Integer> own = owned.get(mention);
    if (own.isEmpty()) {
      return Scene.NONE;
    }
    Set<Integer> others = new TreeSet<>();
    owned.forEach(
        (event, sentences) -> {
          if (event != mention) {
            others.addAll(sentences);
          }
        });
    int first = own.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int last = own.stream().mapToInt(Integer::intValue).max().orElseThrow();
    String text = report.document().text();
    StringBuilder told = new StringBuilder();
    for (Sentence sentence : report.annotated().sentences()) {
      int index = sentence.index();
      if (index < first) {
        continue;
      }
      boolean another = others.contains(index) && !own.contains(index);
      if (another && index > last) {
        break;
      }
      if (!another) {
        told.append(text, sentence.start(), sentence.end()).append('\n');
      }
    }
    return Scene.of(told.toString());
  }

  /** A main account's scene with the streets its report's other current accounts tell. */
  private static Scene roundUp(Map<EventMention, Scene> scenes, EventMention main) {
    Set<String> others = new TreeSet<>();
    scenes.forEach(
        (event, scene) -> {
          if (event != main && !event.background()) {
            others.addAll(scene.streets());
          }
        });
    return scenes.get(main).withAlsoTold(others);
  }

  private static MentionProfile profile(
      Report report, EventMention mention, boolean main, Set<String> names, Scene scene) {
    EventDate date = dateOf(mention);
    Place place = null;
    Set<String> perpetrators = new TreeSet<>();
    for (Claim claim : mention.claims()) {
      if (claim.value() instanceof Place value && place == null) {
        place = value;
      } else if (claim.value() instanceof ActorReference actor
          && actor.actor() != null
          && (claim.slot() == Slot.PERPETRATOR || claim.slot() == Slot.CLAIMED_BY)) {
        perpetrators.add(actor.actor().name());
      }
    }
    return new MentionProfile(
        mention,
        report.document().id(),
        report.document().published().value(),
        date,
        place,
        perpetrators,
        Map.of(),
        main,
        date == null && !report.document().published().isKnown() ? weekday(report, mention) : null,
        names,
        scene);
  }

  /** The one weekday the sentences of an account name ("Thursday": XXXX-WXX-4), or null. */
  private static DayOfWeek weekday(Report report, EventMention mention) {
    Set<Integer> sentences = sentencesOf(report, mention);
    DayOfWeek found = null;
    for (TimeExpression time : report.annotated().times()) {
      Matcher matcher = time.value() == null ? null : WEEKDAY.matcher(time.value());
      if (matcher != null && matcher.matches() && sentences.contains(time.sentence())) {
        DayOfWeek day = DayOfWeek.of(Integer.parseInt(matcher.group(1)));
        if (found != null && found != day) {
          return null;
        }
        found = day;
      }
    }
    return found;
  }

  private static Set<Integer> sentencesOf(Report report, EventMention mention) {
    List<Span> spans = spans(mention);
    Set<Integer> indexes = new TreeSet<>();
    for (Sentence sentence : report.annotated().sentences()) {
      if (spans.stream()
          .anyMatch(
              span ->
                  !span.inTitle()
                      && span.start() < sentence.end()
                      && span.end() > sentence.start())) {
        indexes.add(sentence.index());
      }
    }
    return indexes;
  }

  private static List<Span> spans(EventMention mention) {
    List<Span> spans = new ArrayList<>();
    spans.add(mention.trigger());
    mention.claims().forEach(claim -> spans.add(claim.evidence()));
    return spans;
  }

  /** The words of the whole report and its title: a main account is what the report is about. */
  private static Map<String, Integer> documentBag(Report report) {
    Map<String, Integer> bag = new HashMap<>();
    String title = report.document().title();
    if (title != null) {
      Matcher words = WORD.matcher(title);
      while (words.find()) {
        add(bag, words.group());
      }
    }
    for (Sentence sentence : report.annotated().sentences()) {
      sentence.tokens().forEach(token -> add(bag, token));
    }
    return bag;
  }

  /** The words of the sentences that tell of one account: its trigger's and its claims'. */
  private static Map<String, Integer> sentenceBag(Report report, EventMention mention) {
    Set<Integer> indexes = sentencesOf(report, mention);
    Map<String, Integer> bag = new HashMap<>();
    for (Sentence sentence : report.annotated().sentences()) {
      if (indexes.contains(sentence.index())) {
        sentence.tokens().forEach(token -> add(bag, token));
      }
    }
    return bag;
  }

  private static void add(Map<String, Integer> bag, Token token) {
    add(bag, token.lemma() != null ? token.lemma() : token.text());
  }

  private static void add(Map<String, Integer> bag, String word) {
    String term = TermVectors.term(word);
    if (term != null) {
      bag.merge(term, 1, Integer::sum);
    }
  }
}
