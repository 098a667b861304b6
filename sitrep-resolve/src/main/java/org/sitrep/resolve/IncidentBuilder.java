package org.sitrep.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sitrep.model.ActorReference;
import org.sitrep.model.Claim;
import org.sitrep.model.Conflict;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.Estimate;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventFigures;
import org.sitrep.model.EventMention;
import org.sitrep.model.GroupEstimate;
import org.sitrep.model.Incident;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Slot;
import org.sitrep.model.Sources;
import org.sitrep.model.SubEventType;
import org.sitrep.resolve.link.Linker;
import org.sitrep.resolve.link.MentionProfile;
import org.sitrep.resolve.reconcile.FigureReconciler;
import org.sitrep.resolve.reconcile.GroupNames;
import org.sitrep.resolve.reconcile.LaterDeaths;
import org.sitrep.resolve.reconcile.Reconciled;
import org.sitrep.resolve.reconcile.ReportFigure;
import org.sitrep.resolve.reconcile.ReportFigures;
import org.sitrep.resolve.source.CopyDetector;

/** Turns one group of linked accounts into an incident: its reconciled values and sources. */
final class IncidentBuilder {
  private final Map<String, Document> documents;
  private final CopyDetector copies;

  IncidentBuilder(Map<String, Document> documents, CopyDetector copies) {
    this.documents = documents;
    this.copies = copies;
  }

  Incident build(Linker.Group group) {
    List<EventMention> mentions = group.accounts().stream().map(MentionProfile::mention).toList();
    List<String> documentIds =
        List.copyOf(
            new TreeSet<>(group.accounts().stream().map(MentionProfile::documentId).toList()));
    List<Conflict> conflicts = new ArrayList<>();
    Estimate fatalities = figure(group, Slot.FATALITIES, "fatalities", conflicts);
    Estimate injuries = injuries(group, fatalities, conflicts);
    List<GroupEstimate> breakdown = breakdown(group, conflicts);
    List<Document> docs = documentIds.stream().map(documents::get).toList();
    Map<String, String> copied = copies.copies(docs);
    return new Incident(
        id(mentions.get(0)),
        subtype(mentions),
        date(group.accounts()),
        place(mentions),
        mentions.stream().allMatch(EventMention::background),
        mentions,
        fatalities,
        injuries,
        breakdown,
        claimedBy(mentions),
        documentIds,
        new Sources(documentIds.size(), documentIds.size() - copied.size(), copied),
        conflicts,
        group.decisions());
  }

  private Estimate figure(Linker.Group group, Slot slot, String name, List<Conflict> conflicts) {
    return figure(group, slot, name, conflicts, (figure, account, document) -> figure);
  }

  /** The injured, less the victims that reports written before their deaths count as wounded. */
  private Estimate injuries(Linker.Group group, Estimate dead, List<Conflict> conflicts) {
    ReportFigure died = woundedWhoDied(group);
    return figure(
        group,
        Slot.INJURIES,
        "injuries",
        conflicts,
        (figure, account, document) -> {
          ReportFigure ownDead = ReportFigures.total(account.mention(), Slot.FATALITIES, document);
          boolean shotLessDead = EventFigures.injuredAsShotLessDead(account.mention(), document);
          ReportFigure read = LaterDeaths.lessLaterDeaths(figure, ownDead, shotLessDead, dead);
          boolean movedItself =
              EventFigures.woundedTakenFromTheInjured(account.mention(), document) > 0;
          return !read.equals(figure) || shotLessDead || movedItself || died == null
              ? read
              : LaterDeaths.lessWoundedWhoDied(figure, ownDead, died, dead);
        });
  }

  /**
   * The most wounded any report of the incident tells died ("One of the injured later died"), with
   * the claims that tell it; null when none does.
   */
  private ReportFigure woundedWhoDied(Linker.Group group) {
    ReportFigure most = null;
    for (MentionProfile account : group.accounts()) {
      Document document = documents.get(account.documentId());
      long died = EventFigures.woundedTakenFromTheInjured(account.mention(), document);
      if (died > 0 && (most == null || died > most.best())) {
        List<Claim> claims =
            account.mention().claims().stream()
                .filter(claim -> EventFigures.WOUNDED_WHO_DIED.equals(claim.group()))
                .toList();
        most =
            new ReportFigure(
                document.id(), died, died, died, died + " of the wounded", claims, false);
      }
    }
    return most;
  }

  /** How a report's figure is read once the other reports of the incident are known. */
  private interface Reading {
    ReportFigure read(ReportFigure figure, MentionProfile account, Document document);
  }

  private Estimate figure(
      Linker.Group group, Slot slot, String name, List<Conflict> conflicts, Reading reading) {
    List<ReportFigure> figures = new ArrayList<>();
    for (MentionProfile account : group.accounts()) {
      Document document = documents.get(account.documentId());
      ReportFigure figure = ReportFigures.total(account.mention(), slot, document);
      if (figure != null) {
        figures.add(reading.read(figure, account, document));
      }
    }
    Reconciled reconciled = FigureReconciler.reconcile(name, figures);
    if (reconciled.conflict() != null) {
      conflicts.add(reconciled.conflict());
    }
    return reconciled.estimate();
  }

  private List<GroupEstimate> breakdown(Linker.Group group, List<Conflict> conflicts) {
    Map<String, List<ReportFigure>> byGroup = new TreeMap<>();
    for (MentionProfile account : group.accounts()) {
      Document document = documents.get(account.documentId());
      Map<String, ReportFigure> parts =
          ReportFigures.groups(account.mention(), Slot.FATALITIES, document);
      Map<String, List<ReportFigure>> mine = new LinkedHashMap<>();
      parts.forEach(
          (words, figure) ->
              mine.computeIfAbsent(GroupNames.normalize(words), key -> new ArrayList<>())
                  .add(figure));
      // One report naming one group twice ("13 US troops", "the 13 service members") is one
      // figure: the highest it gives.
      mine.forEach(
          (name, list) ->
              byGroup
                  .computeIfAbsent(name, key -> new ArrayList<>())
                  .add(
                      list.stream()
                          .filter(figure -> figure.best() != null)
                          .max(Comparator.comparing(ReportFigure::best))
                          .orElse(list.get(0))));
    }
    List<GroupEstimate> breakdown = new ArrayList<>();
    byGroup.forEach(
        (name, figures) -> {
          Reconciled reconciled = FigureReconciler.reconcile("fatalities/" + name, figures);
          if (!reconciled.estimate().isUnknown()) {
            breakdown.add(new GroupEstimate(name, reconciled.estimate()));
          }
          if (reconciled.conflict() != null) {
            conflicts.add(reconciled.conflict());
          }
        });
    return breakdown;
  }

  /** The sub-type most accounts give; on a tie the more specific, then the first told. */
  private static SubEventType subtype(List<EventMention> mentions) {
    Map<SubEventType, Integer> votes = new LinkedHashMap<>();
    mentions.stream()
        .filter(mention -> !mention.background())
        .forEach(mention -> votes.merge(mention.subtype(), 1, Integer::sum));
    if (votes.isEmpty()) {
      mentions.forEach(mention -> votes.merge(mention.subtype(), 1, Integer::sum));
    }
    SubEventType chosen = null;
    int most = -1;
    for (Map.Entry<SubEventType, Integer> vote : votes.entrySet()) {
      int count = vote.getValue();
      if (count > most || count == most && generic(chosen) && !generic(vote.getKey())) {
        chosen = vote.getKey();
        most = count;
      }
    }
    return chosen;
  }

  private static boolean generic(SubEventType subtype) {
    return subtype == SubEventType.ATTACK
        || subtype == SubEventType.ARMED_CLASH
        || subtype == SubEventType.OTHER;
  }

  /**
   * The date most accounts give at the finest precision any gives; on a tie the earliest, except
   * that of two days a day apart the one told by the report published nearest it wins (see {@link
   * #nearestTold}). A week becomes a day when undated accounts name the weekday ("Thursday" in a
   * report without a date, joined to one that says "late last week"): an account without a date
   * takes the incident's.
   */
  private static EventDate date(List<MentionProfile> accounts) {
    EventDate chosen = votedDate(accounts.stream().map(MentionProfile::mention).toList());
    if (chosen == null || chosen.precision() != DatePrecision.WEEK) {
      return chosen;
    }
    Set<DayOfWeek> weekdays =
        accounts.stream()
            .map(MentionProfile::weekday)
            .filter(Objects::nonNull)
            .collect(java.util.stream.Collectors.toSet());
    if (weekdays.size() != 1) {
      return chosen;
    }
    LocalDate monday = chosen.value().with(DayOfWeek.MONDAY);
    LocalDate day = monday.plusDays(weekdays.iterator().next().getValue() - 1L);
    return new EventDate(day, DatePrecision.DAY, chosen.timex());
  }

  private static EventDate votedDate(List<EventMention> mentions) {
    Map<EventDate, Integer> votes =
        new TreeMap<>(Comparator.comparing(EventDate::value).thenComparing(EventDate::precision));
    Map<EventDate, Long> nearestReport = new HashMap<>();
    DatePrecision finest = null;
    for (EventMention mention : mentions) {
      for (Claim claim : mention.claims()) {
        if (claim.value() instanceof EventDate date) {
          EventDate key = new EventDate(date.value(), date.precision(), null);
          votes.merge(key, 1, Integer::sum);
          if (claim.reported() != null) {
            long apart = Math.abs(ChronoUnit.DAYS.between(date.value(), claim.reported()));
            nearestReport.merge(key, apart, Math::min);
          }
          if (finest == null || date.precision().compareTo(finest) < 0) {
            finest = date.precision();
          }
          break;
        }
      }
    }
    List<EventDate> most = new ArrayList<>();
    int count = 0;
    for (Map.Entry<EventDate, Integer> vote : votes.entrySet()) {
      if (vote.getKey().precision() == finest && vote.getValue() >= count) {
        if (vote.getValue() > count) {
          most.clear();
          count = vote.getValue();
        }
        most.add(vote.getKey());
      }
    }
    return most.isEmpty() ? null : nearestTold(most, nearestReport);
  }

  /**
   * Of dates told by as many accounts, in order: two days a day apart are most often one night
   * across midnight ("late Tuesday" and "early Wednesday") or a weekday counted back from a later
   * report ("this past Sunday"), and the report published nearest the day tells it nearest the
   * police's first account, so its day wins; otherwise, or on a tie of that too, the earliest.
   */
  private static EventDate nearestTold(List<EventDate> tied, Map<EventDate, Long> nearestReport) {
    EventDate first = tied.get(0);
    EventDate last = tied.get(tied.size() - 1);
    if (first.precision() != DatePrecision.DAY
        || ChronoUnit.DAYS.between(first.value(), last.value()) > 1) {
      return first;
    }
    EventDate chosen = first;
    for (EventDate day : tied) {
      if (nearestReport.getOrDefault(day, Long.MAX_VALUE)
          < nearestReport.getOrDefault(chosen, Long.MAX_VALUE)) {
        chosen = day;
      }
    }
    return chosen;
  }

  /**
   * The place the accounts agree on: first the country most of them give, then the region most of
   * those give, then the town most of those give (a town and a point within it count alike); on a
   * tie the first told, except that of two regions told as often the one with a town wins. A place
   * one account alone names at a finer precision (the hospital a victim was taken to) does not
   * outvote the town the others give. Without a town, the region; without a region, the country. A
   * headline's town, the last resort of a report, counts as told after every place of the accounts'
   * text: on a tie the text wins. A town whose region its report only guessed counts as the
   * namesake another account gives with its region ({@link #asTold}).
   */
  private static Place place(List<EventMention> mentions) {
    List<Place> told = new ArrayList<>();
    List<Place> headlines = new ArrayList<>();
    for (EventMention mention : mentions) {
      mention.claims().stream()
          .filter(claim -> claim.value() instanceof Place)
          .findFirst()
          .ifPresent(
              claim -> (claim.evidence().inTitle() ? headlines : told).add((Place) claim.value()));
    }
    told.addAll(headlines);
    if (told.isEmpty()) {
      return null;
    }
    return vote(asTold(told));
  }

  private static Place vote(List<Place> told) {
    List<Place> inCountry = mostCommon(told, Place::country);
    List<Place> inRegion =
        mostCommon(
            inCountry.stream().filter(place -> place.admin1() != null).toList(),
            Place::admin1,
            IncidentBuilder::namesATown);
    List<Place> towns =
        (inRegion.isEmpty() ? inCountry : inRegion)
            .stream()
                .filter(place -> place.precision().compareTo(PlacePrecision.TOWN) <= 0)
                .toList();
    if (!towns.isEmpty()) {
      List<Place> town =
          mostCommon(towns, place -> place.name().toLowerCase(java.util.Locale.ROOT));
      return town.stream()
          .filter(place -> place.precision() == PlacePrecision.TOWN)
          .findFirst()
          .orElse(town.get(0));
    }
    List<Place> coarser = inRegion.isEmpty() ? inCountry : inRegion;
    return coarser.stream()
        .min(java.util.Comparator.comparing(Place::precision))
        .orElse(told.get(0));
  }

  /**
   * The places with each town whose region its report guessed ("Madison" alone, read as the most
   * populous Madison, in Wisconsin) read as the first town of that name that another account places
   * in another region of the same country by its own words ("Madison, Tennessee"): the accounts
   * tell of one event, so their Madison is one town, and the account that says which knows it.
   */
  private static List<Place> asTold(List<Place> told) {
    List<Place> read = new ArrayList<>(told.size());
    for (Place place : told) {
      read.add(
          !place.regionGuessed()
              ? place
              : told.stream()
                  .filter(other -> !other.regionGuessed())
                  .filter(other -> other.precision().compareTo(PlacePrecision.TOWN) <= 0)
                  .filter(other -> other.name().equalsIgnoreCase(place.name()))
                  .filter(other -> Objects.equals(other.country(), place.country()))
                  .filter(other -> !Objects.equals(other.admin1(), place.admin1()))
                  .findFirst()
                  .orElse(place));
    }
    return read;
  }

  /** The places sharing the value most of them have, in the order told; ties go to the first. */
  private static List<Place> mostCommon(List<Place> places, Function<Place, String> key) {
    return mostCommon(places, key, place -> false);
  }

  /**
   * The places sharing the value most of them have, in the order told; a tie goes to the first
   * group with a place that {@code finer} accepts, else to the first.
   */
  private static List<Place> mostCommon(
      List<Place> places, Function<Place, String> key, Predicate<Place> finer) {
    Map<String, List<Place>> groups = new LinkedHashMap<>();
    for (Place place : places) {
      groups.computeIfAbsent(String.valueOf(key.apply(place)), k -> new ArrayList<>()).add(place);
    }
    List<Place> best = List.of();
    for (List<Place> group : groups.values()) {
      if (group.size() > best.size()
          || group.size() == best.size()
              && group.stream().anyMatch(finer)
              && best.stream().noneMatch(finer)) {
        best = group;
      }
    }
    return best;
  }

  /**
   * Whether a place names a town or a spot in one: of two regions told as often, the one an account
   * names a town of knows more ("SALEM, Mass." with a victim "of Miami, Florida" beside "BEVERLY,
   * Mass." in another report).
   */
  private static boolean namesATown(Place place) {
    return place.precision().compareTo(PlacePrecision.TOWN) <= 0;
  }

  private static List<ActorReference> claimedBy(List<EventMention> mentions) {
    Set<String> seen = new LinkedHashSet<>();
    List<ActorReference> claimed = new ArrayList<>();
    for (EventMention mention : mentions) {
      for (Claim claim : mention.claims()) {
        if (claim.slot() == Slot.CLAIMED_BY
            && claim.value() instanceof ActorReference actor
            && seen.add(actor.name())) {
          claimed.add(actor);
        }
      }
    }
    return claimed;
  }

  /** "inc-" and 8 hex digits of the SHA-256 of the first account's id. */
  static String id(EventMention first) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(first.id().getBytes(StandardCharsets.UTF_8));
      return "inc-" + HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
