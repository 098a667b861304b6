package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ActorReference;
import org.sitrep.model.Claim;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.testkit.Corpus;

/**
 * Scores the extraction of the five seed reports against the events a careful coder reads in each
 * of them ({@code golden/seed-events/*.expected.json}, conventions in the README beside them).
 * Prints the score table, writes it to {@code target/seed-event-score.txt}, and fails only when a
 * score falls below a floor set a little under what the extraction achieved when the floors were
 * last set: a regression, not a known gap.
 */
class SeedEventScoreTest {
  // Floors a little below the scores measured on 2026-11-23 (precision 0.71, recall 0.63; the slot
  // accuracies in target/seed-event-score.txt, date 0.80 since the places-and-dates work): one
  // more miss or extra event still passes.
  private static final double MIN_PRECISION = 0.65;
  private static final double MIN_RECALL = 0.55;
  private static final Map<String, Double> MIN_SLOT_ACCURACY =
      Map.ofEntries(
          Map.entry("subtype", 0.9),
          Map.entry("date", 0.7),
          Map.entry("place", 0.5),
          Map.entry("fatalities", 0.8),
          Map.entry("injuries", 0.9),
          Map.entry("casualties", 0.8),
          Map.entry("perpetrator", 0.4),
          Map.entry("claimed", 0.7),
          Map.entry("background", 0.6),
          Map.entry("attribution", 0.65),
          Map.entry("figure claims found", 0.75));

  private static final Path TABLE = Path.of("target", "seed-event-score.txt");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Seed> SEEDS = new TreeMap<>();
  private static Score score;

  @TempDir static Path store;

  @BeforeAll
  static void extractAndScoreTheSeeds() throws IOException {
    List<Extraction> extractions = new ArrayList<>();
    try (Engine engine = Engine.open(EngineConfig.defaults(store))) {
      engine.extract(List.of(Corpus.seeds()), true, extractions::add);
    }
    for (Extraction extraction : extractions) {
      assertThat(extraction.refusal()).as(extraction.input()).isNull();
      String id = extraction.document().id();
      String name = id.endsWith(".txt") ? id.substring(0, id.length() - 4) : id;
      SEEDS.put(name, new Seed(name, extraction.report(), expected(name, extraction.report())));
    }
    score = new Score();
    SEEDS.values().forEach(score::add);
    String table = score.table();
    System.out.println(table);
    Files.createDirectories(TABLE.getParent());
    Files.writeString(TABLE, table, StandardCharsets.UTF_8);
  }

  @Test
  void hasAnAnswerKeyForEverySeedReport() {
    assertThat(SEEDS).hasSize(5);
    assertThat(SEEDS.values()).allSatisfy(seed -> assertThat(seed.expected()).isNotEmpty());
  }

  @Test
  void findsEveryQuoteOfTheAnswerKeyInItsReport() {
    List<String> missing = new ArrayList<>();
    for (Seed seed : SEEDS.values()) {
      for (Expected event : seed.expected()) {
        if (event.mentions().isEmpty()) {
          missing.add(event.id() + ": no mention located");
        }
        for (ExpectedClaim claim : event.claims()) {
          if (claim.quote() == null) {
            missing.add(event.id() + ": " + claim.text());
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void findsTheExpectedEventsWithoutTooManyExtraOnes() {
    assertThat(score.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
    assertThat(score.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
  }

  @Test
  void fillsTheSlotsOfTheEventsItFindsAtLeastAsWellAsBefore() {
    MIN_SLOT_ACCURACY.forEach(
        (slot, floor) -> assertThat(score.accuracy(slot)).as(slot).isGreaterThanOrEqualTo(floor));
  }

  // ---------------------------------------------------------------- the answer key

  record Seed(String name, Report report, List<Expected> expected) {}

  /** A closed interval of days; {@code null} stands for an unknown date. */
  record Days(LocalDate from, LocalDate to) {
    boolean within(Days other) {
      return other != null && !from.isBefore(other.from) && !to.isAfter(other.to);
    }

    boolean overlaps(Days other) {
      return other != null && !from.isAfter(other.to) && !to.isBefore(other.from);
    }

    static Days of(EventDate date) {
      LocalDate start = date.value();
      LocalDate end =
          switch (date.precision()) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> start.with(TemporalAdjusters.lastDayOfYear());
          };
      return new Days(start, end);
    }

    /** "2021-08-30", "2021-08", "2001", "2021-W34". */
    static Days parse(String text) {
      if (text.matches("\\d{4}-W\\d{2}")) {
        LocalDate monday = LocalDate.parse(text + "-1", DateTimeFormatter.ISO_WEEK_DATE);
        return new Days(monday, monday.plusDays(6));
      }
      if (text.matches("\\d{4}-\\d{2}")) {
        LocalDate first = LocalDate.parse(text + "-01");
        return new Days(first, first.with(TemporalAdjusters.lastDayOfMonth()));
      }
      if (text.matches("\\d{4}")) {
        LocalDate first = LocalDate.parse(text + "-01-01");
        return new Days(first, first.with(TemporalAdjusters.lastDayOfYear()));
      }
      LocalDate day = LocalDate.parse(text);
      return new Days(day, day);
    }
  }

  record Expected(
      String id,
      boolean optional,
      List<SubEventType> subtypes,
      boolean background,
      boolean backgroundEither,
      Days date,
      Days dateAccept,
      String town,
      String country,
      Set<String> perpetrators,
      Set<String> claimedBy,
      Set<String> lenient,
      List<Span> mentions,
      List<ExpectedClaim> claims) {

    Set<EventType> types() {
      Set<EventType> types = new HashSet<>();
      subtypes.forEach(subtype -> types.add(subtype.type()));
      return types;
    }

    /** The days the event may fall on: its date, else the days also accepted; null if unknown. */
    List<Days> days() {
      List<Days> days = new ArrayList<>();
      if (date != null) {
        days.add(date);
      }
      if (dateAccept != null) {
        days.add(dateAccept);
      }
      return days;
    }
  }

  record ExpectedClaim(
      Slot slot,
      String group,
      Pattern groupPattern,
      Long low,
      Long high,
      Long stated,
      Set<String> attributions,
      String text,
      Span quote) {

    boolean matches(Claim claim) {
      if (claim.slot() != slot || !(claim.value() instanceof Quantity quantity)) {
        return false;
      }
      boolean groupMatches =
          group == null
              ? claim.group() == null
              : claim.group() != null && groupPattern.matcher(claim.group()).find();
      boolean valueMatches =
          Objects.equals(low, quantity.low())
              && Objects.equals(high, quantity.high())
              && (low != null || high != null || Objects.equals(stated, quantity.stated()));
      return groupMatches && valueMatches;
    }
  }

  private static List<Expected> expected(String name, Report report) {
    String resource = "/golden/seed-events/" + name + ".expected.json";
    JsonNode root;
    try (InputStream in = SeedEventScoreTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      root = JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = report.document().text();
    String documentId = report.document().id();
    List<Expected> events = new ArrayList<>();
    for (JsonNode event : root.path("events")) {
      List<SubEventType> subtypes = new ArrayList<>();
      subtypes.add(subtype(event.path("subtype").asText()));
      event.path("subtypeAlso").forEach(also -> subtypes.add(subtype(also.asText())));
      List<Span> mentions = new ArrayList<>();
      event.path("mentions").forEach(m -> mentions.addAll(locateAll(text, documentId, m.asText())));
      List<ExpectedClaim> claims = new ArrayList<>();
      for (JsonNode claim : event.path("claims")) {
        Set<String> attributions = new LinkedHashSet<>();
        attributions.add(claim.path("attribution").asText());
        claim.path("attributionAlso").forEach(a -> attributions.add(a.asText()));
        String group = textOrNull(claim.path("group"));
        String pattern = textOrNull(claim.path("groupPattern"));
        JsonNode value = claim.path("value");
        String quote = claim.path("quote").asText();
        List<Span> found = locateAll(text, documentId, quote);
        int occurrence = claim.path("occurrence").asInt(1);
        claims.add(
            new ExpectedClaim(
                Slot.valueOf(claim.path("slot").asText().toUpperCase(Locale.ROOT)),
                group,
                group == null
                    ? null
                    : Pattern.compile(
                        pattern != null ? pattern : Pattern.quote(group), Pattern.CASE_INSENSITIVE),
                longOrNull(value.path("low")),
                longOrNull(value.path("high")),
                longOrNull(value.path("stated")),
                attributions,
                quote,
                found.size() >= occurrence ? found.get(occurrence - 1) : null));
      }
      Set<String> lenient = new HashSet<>();
      event.path("lenient").forEach(slot -> lenient.add(slot.asText()));
      JsonNode place = event.path("place");
      events.add(
          new Expected(
              event.path("id").asText(),
              event.path("optional").asBoolean(false),
              subtypes,
              event.path("background").asBoolean(),
              event.path("backgroundEither").asBoolean(false),
              days(event.path("date")),
              acceptedDays(event.path("dateAccept")),
              textOrNull(place.path("town")),
              textOrNull(place.path("country")),
              names(event, "perpetrator"),
              names(event, "claimedBy"),
              lenient,
              mentions,
              claims));
    }
    return events;
  }

  private static SubEventType subtype(String label) {
    return SubEventType.ofLabel(label)
        .orElseThrow(() -> new IllegalArgumentException("no ACLED sub-event type " + label));
  }

  /** The accepted names: the canonical one (null when none is known) and the also-accepted ones. */
  private static Set<String> names(JsonNode event, String field) {
    Set<String> names = new HashSet<>();
    names.add(textOrNull(event.path(field)));
    event.path(field + "Also").forEach(name -> names.add(textOrNull(name)));
    return names;
  }

  private static Days days(JsonNode node) {
    return node.isTextual() ? Days.parse(node.asText()) : null;
  }

  private static Days acceptedDays(JsonNode node) {
    return node.isArray() && node.size() == 2
        ? new Days(Days.parse(node.get(0).asText()).from(), Days.parse(node.get(1).asText()).to())
        : null;
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
  }

  private static Long longOrNull(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asLong();
  }

  /**
   * Every place the words occur in the clean text, ignoring case, runs of white space and the kind
   * of quote marks.
   */
  private static List<Span> locateAll(String text, String documentId, String words) {
    StringBuilder regex = new StringBuilder();
    for (String part : words.trim().split("\\s+")) {
      if (!regex.isEmpty()) {
        regex.append("\\s+");
      }
      for (char c : part.toCharArray()) {
        if ("'’‘".indexOf(c) >= 0) {
          regex.append("['’‘]");
        } else if ("\"“”".indexOf(c) >= 0) {
          regex.append("[\"“”]");
        } else {
          regex.append(Pattern.quote(String.valueOf(c)));
        }
      }
    }
    Matcher matcher = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(text);
    List<Span> spans = new ArrayList<>();
    while (matcher.find()) {
      spans.add(new Span(documentId, matcher.start(), matcher.end()));
    }
    return spans;
  }

  private static boolean overlaps(Span a, Span b) {
    return a != null && b != null && a.start() < b.end() && b.start() < a.end();
  }

  // ---------------------------------------------------------------- the score

  private static <T> List<T> values(EventMention event, Slot slot, Class<T> type) {
    return event.claims().stream()
        .filter(claim -> claim.slot() == slot)
        .map(Claim::value)
        .map(type::cast)
        .toList();
  }

  private static Days dateOf(EventMention event) {
    List<EventDate> dates = values(event, Slot.DATE, EventDate.class);
    return dates.isEmpty() ? null : Days.of(dates.get(0));
  }

  /**
   * How well an extracted event fits an expected one: 3 when its trigger lies in the quoted words
   * of a mention, 2 for the same sub-event family on overlapping dates, 1 for the same family when
   * a date is unknown, 0 when they are not the same event.
   */
  private static int affinity(Expected expected, EventMention event) {
    if (expected.mentions().stream().anyMatch(mention -> overlaps(mention, event.trigger()))) {
      return 3;
    }
    if (expected.optional() || !expected.types().contains(event.type())) {
      // optional events match only at their words
      return 0;
    }
    Days date = dateOf(event);
    List<Days> days = expected.days();
    if (date == null || days.isEmpty()) {
      return 1;
    }
    return days.stream().anyMatch(date::overlaps) ? 2 : 0;
  }

  record Pair(Expected expected, EventMention event) {}

  /** One-to-one matching, best affinity first, then in the report's order. */
  private static List<Pair> match(Seed seed) {
    record Candidate(Expected expected, EventMention event, int affinity, int order) {}
    List<Candidate> candidates = new ArrayList<>();
    List<EventMention> events = seed.report().events();
    for (int i = 0; i < seed.expected().size(); i++) {
      for (int j = 0; j < events.size(); j++) {
        int affinity = affinity(seed.expected().get(i), events.get(j));
        if (affinity > 0) {
          candidates.add(
              new Candidate(seed.expected().get(i), events.get(j), affinity, i * 1000 + j));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::affinity).reversed().thenComparingInt(Candidate::order));
    Set<Expected> taken = new HashSet<>();
    Set<EventMention> used = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (!taken.contains(candidate.expected()) && !used.contains(candidate.event())) {
        taken.add(candidate.expected());
        used.add(candidate.event());
        pairs.add(new Pair(candidate.expected(), candidate.event()));
      }
    }
    return pairs;
  }

  /** Correct and total counts for one row of the table. */
  static final class Tally {
    int correct;
    int total;

    void add(boolean right) {
      total++;
      if (right) {
        correct++;
      }
    }

    double accuracy() {
      return total == 0 ? 1.0 : (double) correct / total;
    }
  }

  static final class Score {
    final StringBuilder perSeed = new StringBuilder();
    final StringBuilder details = new StringBuilder();
    int expected;
    int optional;
    int extracted;
    int found;
    int optionalFound;
    int extra;
    final Map<String, Tally> slots = new LinkedHashMap<>();
    final Map<Slot, int[]> claims = new LinkedHashMap<>();
    final Tally attribution = new Tally();
    final Tally evidence = new Tally();
    final Tally backgroundKept = new Tally();
    final Tally currentKept = new Tally();

    Score() {
      for (String slot :
          List.of(
              "subtype",
              "date",
              "place",
              "fatalities",
              "injuries",
              "casualties",
              "perpetrator",
              "claimed",
              "background")) {
        slots.put(slot, new Tally());
      }
      for (Slot slot : List.of(Slot.FATALITIES, Slot.INJURIES, Slot.CASUALTIES)) {
        claims.put(slot, new int[3]);
      }
    }

    double precision() {
      int counted = extracted - optionalFound;
      return counted == 0 ? 1.0 : (double) found / counted;
    }

    double figureRecall() {
      int wanted = claims.values().stream().mapToInt(c -> c[0]).sum();
      int hits = claims.values().stream().mapToInt(c -> c[1]).sum();
      return wanted == 0 ? 1.0 : (double) hits / wanted;
    }

    double recall() {
      return expected == 0 ? 1.0 : (double) found / expected;
    }

    double accuracy(String slot) {
      return switch (slot) {
        case "attribution" -> attribution.accuracy();
        case "figure claims found" -> figureRecall();
        default -> slots.get(slot).accuracy();
      };
    }

    void add(Seed seed) {
      List<Pair> pairs = match(seed);
      int seedExpected = (int) seed.expected().stream().filter(e -> !e.optional()).count();
      int seedOptional = seed.expected().size() - seedExpected;
      int seedFound = (int) pairs.stream().filter(p -> !p.expected().optional()).count();
      int seedOptionalFound = pairs.size() - seedFound;
      int seedExtracted = seed.report().events().size();
      int seedExtra = seedExtracted - pairs.size();
      expected += seedExpected;
      optional += seedOptional;
      extracted += seedExtracted;
      found += seedFound;
      optionalFound += seedOptionalFound;
      extra += seedExtra;
      perSeed.append(
          String.format(
              Locale.ROOT,
              "%-24s %8d %8s %9d %6d %8s %6d%n",
              seed.name(),
              seedExpected,
              "+" + seedOptional,
              seedExtracted,
              seedFound,
              "+" + seedOptionalFound,
              seedExtra));
      String text = seed.report().document().text();
      Set<EventMention> matched = new HashSet<>();
      for (Pair pair : pairs) {
        matched.add(pair.event());
        Days date = dateOf(pair.event());
        details.append(
            String.format(
                Locale.ROOT,
                "  matched %s <- %s%s %s \"%s\"%n",
                pair.expected().id(),
                pair.event().subtype().label(),
                pair.event().background() ? " (background)" : "",
                date == null ? "no date" : date.from(),
                excerpt(text, pair.event().trigger())));
        if (!pair.expected().optional()) {
          scoreSlots(pair.expected(), pair.event(), text);
        }
      }
      for (Expected missed : seed.expected()) {
        if (!missed.optional() && pairs.stream().noneMatch(p -> p.expected() == missed)) {
          details.append("  missed  ").append(missed.id()).append('\n');
        }
      }
      for (EventMention event : seed.report().events()) {
        if (!matched.contains(event)) {
          details.append(
              String.format(
                  Locale.ROOT,
                  "  extra   %s %s%s %s \"%s\"%n",
                  seed.name().substring(0, 3),
                  event.subtype().label(),
                  event.background() ? " (background)" : "",
                  dateOf(event) == null ? "no date" : dateOf(event).from(),
                  excerpt(text, event.trigger())));
        }
      }
    }

    private void scoreSlots(Expected expected, EventMention event, String text) {
      String id = expected.id();
      check(id, "subtype", expected.subtypes().contains(event.subtype()), event.subtype().label());
      Days date = dateOf(event);
      boolean dateRight =
          date == null
              ? expected.date() == null || expected.lenient().contains("date")
              : date.within(expected.date()) || date.within(expected.dateAccept());
      check(id, "date", dateRight, date == null ? "none" : date.from() + ".." + date.to());
      List<Place> places = values(event, Slot.PLACE, Place.class);
      Place place = places.isEmpty() ? null : places.get(0);
      boolean placeRight =
          place == null
              ? expected.country() == null || expected.lenient().contains("place")
              : Objects.equals(expected.country(), place.country())
                  && (expected.town() == null || expected.town().equalsIgnoreCase(place.name()));
      check(id, "place", placeRight, place == null ? "none" : place.name() + "/" + place.country());
      List<String> perpetrators =
          values(event, Slot.PERPETRATOR, ActorReference.class).stream()
              .map(ActorReference::name)
              .distinct()
              .toList();
      boolean perpetratorRight =
          perpetrators.isEmpty()
              ? expected.perpetrators().contains(null) || expected.lenient().contains("perpetrator")
              : expected.perpetrators().containsAll(perpetrators);
      check(id, "perpetrator", perpetratorRight, perpetrators.toString());
      List<ActorReference> claimants = values(event, Slot.CLAIMED_BY, ActorReference.class);
      String claimant = claimants.isEmpty() ? null : claimants.get(0).name();
      boolean claimedRight =
          claimant == null
              ? expected.claimedBy().contains(null) || expected.lenient().contains("claimedBy")
              : expected.claimedBy().contains(claimant);
      check(id, "claimed", claimedRight, String.valueOf(claimant));
      check(
          id,
          "background",
          expected.backgroundEither() || expected.background() == event.background(),
          "background=" + event.background());
      if (!expected.backgroundEither()) {
        (expected.background() ? backgroundKept : currentKept)
            .add(expected.background() == event.background());
      }
      for (Slot slot : claims.keySet()) {
        scoreFigures(expected, event, slot, text);
      }
    }

    private void scoreFigures(Expected expected, EventMention event, Slot slot, String text) {
      List<ExpectedClaim> wanted =
          expected.claims().stream().filter(claim -> claim.slot() == slot).toList();
      List<Claim> given = event.claims().stream().filter(claim -> claim.slot() == slot).toList();
      Set<Claim> used = new HashSet<>();
      int hits = 0;
      List<String> misses = new ArrayList<>();
      for (ExpectedClaim want : wanted) {
        Claim hit =
            given.stream()
                .filter(claim -> !used.contains(claim) && want.matches(claim))
                .min(
                    Comparator.comparingInt(
                        claim -> overlaps(claim.evidence(), want.quote()) ? 0 : 1))
                .orElse(null);
        if (hit == null) {
          misses.add("\"" + want.text() + "\"");
          continue;
        }
        used.add(hit);
        hits++;
        boolean attributed = want.attributions().contains(hit.attribution().kind().label());
        attribution.add(attributed);
        if (!attributed) {
          details.append(
              String.format(
                  Locale.ROOT,
                  "  wrong   %s attribution of \"%s\": %s%n",
                  expected.id(),
                  want.text(),
                  hit.attribution().kind().label()));
        }
        evidence.add(overlaps(hit.evidence(), want.quote()));
      }
      List<String> extras = new ArrayList<>();
      for (Claim claim : given) {
        if (!used.contains(claim)) {
          Quantity q = (Quantity) claim.value();
          extras.add(
              String.format(
                  Locale.ROOT,
                  "%s/%s %s..%s (%s) \"%s\"",
                  claim.group(),
                  q.hedge(),
                  q.low(),
                  q.high(),
                  claim.attribution().kind().label(),
                  excerpt(text, claim.evidence())));
        }
      }
      int[] counts = claims.get(slot);
      counts[0] += wanted.size();
      counts[1] += hits;
      counts[2] += extras.size();
      String label = slot.label();
      check(
          expected.id(),
          label,
          misses.isEmpty() && extras.isEmpty(),
          "missed " + misses + ", extra " + extras);
    }

    private void check(String id, String slot, boolean right, String got) {
      slots.get(slot).add(right);
      if (!right) {
        details.append("  wrong   ").append(id).append(' ').append(slot).append(": ");
        details.append(got).append('\n');
      }
    }

    private static String excerpt(String text, Span span) {
      String words = text.substring(span.start(), span.end()).replaceAll("\\s+", " ");
      return words.length() > 70 ? words.substring(0, 67) + "..." : words;
    }

    String table() {
      StringBuilder out = new StringBuilder();
      out.append("Seed event score: extraction of the five seed reports against\n");
      out.append("sitrep-engine/src/test/resources/golden/seed-events (hand-coded answer key)\n\n");
      out.append(
          String.format(
              Locale.ROOT,
              "%-24s %8s %8s %9s %6s %8s %6s%n",
              "report",
              "expected",
              "optional",
              "extracted",
              "found",
              "opt.found",
              "extra"));
      out.append(perSeed);
      out.append(
          String.format(
              Locale.ROOT,
              "%-24s %8d %8s %9d %6d %8s %6d%n%n",
              "all",
              expected,
              "+" + optional,
              extracted,
              found,
              "+" + optionalFound,
              extra));
      out.append(
          String.format(
              Locale.ROOT,
              "events: precision %.2f (found / (extracted - optional found)), recall %.2f%n%n",
              precision(),
              recall()));
      out.append("slot accuracy on the matched expected events\n");
      out.append(
          String.format(Locale.ROOT, "%-26s %7s %6s %9s%n", "slot", "correct", "of", "accuracy"));
      slots.forEach(
          (slot, tally) ->
              out.append(
                  String.format(
                      Locale.ROOT,
                      "%-26s %7d %6d %9.2f%n",
                      slot,
                      tally.correct,
                      tally.total,
                      tally.accuracy())));
      out.append(
          String.format(
              Locale.ROOT,
              "%-26s %7d %6d %9.2f%n",
              "attribution (of figures)",
              attribution.correct,
              attribution.total,
              attribution.accuracy()));
      out.append(
          String.format(
              Locale.ROOT,
              "%-26s %7d %6d %9.2f%n%n",
              "figure evidence at quote",
              evidence.correct,
              evidence.total,
              evidence.accuracy()));
      out.append(
          String.format(
              Locale.ROOT,
              "background separation: background events kept apart %d/%d, the day's events kept"
                  + " current %d/%d%n%n",
              backgroundKept.correct,
              backgroundKept.total,
              currentKept.correct,
              currentKept.total));
      out.append("figure claims on the matched expected events\n");
      out.append(
          String.format(Locale.ROOT, "%-26s %8s %6s %6s%n", "slot", "expected", "found", "extra"));
      claims.forEach(
          (slot, c) ->
              out.append(
                  String.format(
                      Locale.ROOT, "%-26s %8d %6d %6d%n", slot.label(), c[0], c[1], c[2])));
      out.append(
          String.format(
              Locale.ROOT, "%-26s %8s %6.2f%n", "all (found / expected)", "", figureRecall()));
      out.append("\n(slot rows for fatalities/injuries/casualties count an event correct when");
      out.append(" every expected claim is found and no other one is given)\n\ndetails\n");
      out.append(details);
      return out.toString();
    }
  }
}
