package org.sitrep.resolve.link;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.MergeDecision;

/**
 * Groups accounts into incidents. Candidates are blocked by country and by a window around each
 * account's anchor day, so the pairs compared grow with the corpus times the accounts of a
 * country-window, not with its square; then pairs are taken best first, and two groups merge when
 * no pair between them is vetoed and their pairs score, on average, above the threshold (average
 * linkage: one strong pair cannot drag two incidents together).
 *
 * <p>The result depends only on the set of accounts: they are sorted by id before anything else.
 */
public final class Linker {
  private static final Comparator<MentionProfile> BY_ID =
      Comparator.comparing(MentionProfile::documentId)
          .thenComparingInt(profile -> profile.mention().trigger().start())
          .thenComparing(MentionProfile::id);

  private final LinkPolicy policy;
  private final PairScorer scorer;

  public Linker(LinkPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
    this.scorer = new PairScorer(policy);
  }

  /** The accounts grouped into incidents, each group sorted by id, groups by their first id. */
  public List<Group> link(List<MentionProfile> accounts) {
    List<MentionProfile> sorted = new ArrayList<>(accounts);
    sorted.sort(BY_ID);
    List<Candidate> candidates = candidates(sorted);
    candidates.sort(
        Comparator.comparingDouble((Candidate candidate) -> -candidate.score().score())
            .thenComparingInt(Candidate::left)
            .thenComparingInt(Candidate::right));
    Map<Integer, Cluster> clusterOf = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      clusterOf.put(i, new Cluster(i));
    }
    // Main accounts first: a report's main account carries the whole report's words, and linking
    // them before the minor accounts keeps a minor account of one report from taking another
    // report's main account into a group that its own report's main account can then never join.
    for (boolean mainPass : new boolean[] {true, false}) {
      for (Candidate candidate : candidates) {
        boolean bothMain =
            sorted.get(candidate.left()).main() && sorted.get(candidate.right()).main();
        if (bothMain == mainPass) {
          merge(sorted, clusterOf, candidate);
        }
      }
    }
    Map<Cluster, Boolean> seen = new IdentityHashMap<>();
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Cluster cluster = clusterOf.get(i);
      if (seen.put(cluster, Boolean.TRUE) == null) {
        List<MentionProfile> members = cluster.members.stream().sorted().map(sorted::get).toList();
        groups.add(new Group(members, List.copyOf(cluster.decisions)));
      }
    }
    return groups;
  }

  private void merge(
      List<MentionProfile> sorted, Map<Integer, Cluster> clusterOf, Candidate candidate) {
    Cluster left = clusterOf.get(candidate.left());
    Cluster right = clusterOf.get(candidate.right());
    if (left == right) {
      return;
    }
    double average = average(sorted, left, right);
    if (Double.isNaN(average) || average <= policy.threshold()) {
      return;
    }
    left.members.addAll(right.members);
    left.decisions.addAll(right.decisions);
    left.decisions.add(decision(sorted, candidate, average, left, right));
    right.members.forEach(member -> clusterOf.put(member, left));
  }

  /**
   * Pairs worth comparing: within each country, and each account without a country with every
   * other, all only where the anchors lie within the window (accounts without an anchor are
   * compared with all of their block).
   */
  private List<Candidate> candidates(List<MentionProfile> sorted) {
    Map<String, List<Integer>> byCountry = new TreeMap<>();
    List<Integer> anywhere = new ArrayList<>();
    boolean[] countryless = new boolean[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      String country = country(sorted.get(i));
      if (country == null) {
        anywhere.add(i);
        countryless[i] = true;
      } else {
        byCountry.computeIfAbsent(country, key -> new ArrayList<>()).add(i);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (List<Integer> block : byCountry.values()) {
      List<Integer> withCountryless = new ArrayList<>(block);
      withCountryless.addAll(anywhere);
      sweep(sorted, withCountryless, candidates, countryless);
    }
    sweep(sorted, anywhere, candidates, null);
    named(sorted, candidates);
    return candidates;
  }

  /**
   * Compares the members of a block whose anchors lie within the window; members without an anchor,
   * or anchored to a month or a year, are compared with all. With {@code skip}, pairs of two
   * skipped accounts are left out.
   */
  private void sweep(
      List<MentionProfile> sorted, List<Integer> block, List<Candidate> out, boolean[] skip) {
    List<Integer> dated = new ArrayList<>();
    List<Integer> undated = new ArrayList<>();
    for (int index : block) {
      (hasDayOrWeek(sorted.get(index)) ? dated : undated).add(index);
    }
    dated.sort(
        Comparator.comparing((Integer index) -> sorted.get(index).anchor())
            .thenComparingInt(index -> index));
    for (int i = 0; i < dated.size(); i++) {
      LocalDate from = sorted.get(dated.get(i)).anchor();
      for (int j = i + 1; j < dated.size(); j++) {
        if (ChronoUnit.DAYS.between(from, sorted.get(dated.get(j)).anchor())
            > policy.windowDays()) {
          break;
        }
        consider(sorted, dated.get(i), dated.get(j), out, skip);
      }
    }
    for (int i = 0; i < undated.size(); i++) {
      for (int other : dated) {
        consider(sorted, undated.get(i), other, out, skip);
      }
      for (int j = i + 1; j < undated.size(); j++) {
        consider(sorted, undated.get(i), undated.get(j), out, skip);
      }
    }
  }

  /**
   * Adds the pairs that a person's full name joins and that lie further apart than the window: a
   * follow-up (an arrest, a trial) months after the shooting it names.
   */
  private void named(List<MentionProfile> sorted, List<Candidate> out) {
    Map<String, List<Integer>> byName = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      for (String name : sorted.get(i).names()) {
        byName.computeIfAbsent(name, key -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> seen = new HashSet<>();
    for (Candidate candidate : out) {
      seen.add(candidate.left() * (long) sorted.size() + candidate.right());
    }
    for (List<Integer> named : byName.values()) {
      for (int i = 0; i < named.size(); i++) {
        for (int j = i + 1; j < named.size(); j++) {
          int left = Math.min(named.get(i), named.get(j));
          int right = Math.max(named.get(i), named.get(j));
          if (seen.add(left * (long) sorted.size() + right)) {
            PairScore score = scorer.score(sorted.get(left), sorted.get(right));
            if (!score.vetoed() && score.score() > policy.threshold()) {
              out.add(new Candidate(left, right, score));
            }
          }
        }
      }
    }
  }

  /**
   * Whether an account's anchor is a day or a week. A month or a year ("the 2013 shooting at the
   * club") spans more than the window from its first day, so such an account is compared with its
   * whole block, as an undated one is; the scorer's veto on dates still keeps apart periods that
   * lie further apart than the window.
   */
  private static boolean hasDayOrWeek(MentionProfile profile) {
    if (profile.date() == null) {
      return profile.anchor() != null;
    }
    DatePrecision precision = profile.date().precision();
    return precision == DatePrecision.DAY || precision == DatePrecision.WEEK;
  }

  private void consider(
      List<MentionProfile> sorted, int first, int second, List<Candidate> out, boolean[] skip) {
    if (skip != null && skip[first] && skip[second]) {
      return;
    }
    int left = Math.min(first, second);
    int right = Math.max(first, second);
    PairScore score = scorer.score(sorted.get(left), sorted.get(right));
    if (!score.vetoed() && score.score() > policy.threshold()) {
      out.add(new Candidate(left, right, score));
    }
  }

  private double average(List<MentionProfile> sorted, Cluster left, Cluster right) {
    Set<Integer> followUps = followUps(sorted, left, right);
    double sum = 0;
    for (int a : left.members) {
      for (int b : right.members) {
        PairScore score =
            scorer.score(
                sorted.get(Math.min(a, b)),
                sorted.get(Math.max(a, b)),
                followUps.contains(a) || followUps.contains(b));
        if (score.vetoed()) {
          return Double.NaN;
        }
        sum += score.score();
      }
    }
    return sum / (left.members.size() * (double) right.members.size());
  }

  /**
   * The accounts of two groups that follow up an earlier account of either by a person's name: the
   * day of such a follow-up (or of its report) is not its group's, so it vetoes nothing.
   */
  private static Set<Integer> followUps(List<MentionProfile> sorted, Cluster left, Cluster right) {
    // Only accounts that name someone can share a name.
    List<Integer> members = new ArrayList<>();
    for (Cluster cluster : List.of(left, right)) {
      for (int member : cluster.members) {
        if (!sorted.get(member).names().isEmpty()) {
          members.add(member);
        }
      }
    }
    Set<Integer> followUps = new TreeSet<>();
    for (int a : members) {
      for (int b : members) {
        if (a != b && PairScorer.followsUp(sorted.get(a), sorted.get(b))) {
          followUps.add(a);
          break;
        }
      }
    }
    return followUps;
  }

  private MergeDecision decision(
      List<MentionProfile> sorted,
      Candidate candidate,
      double average,
      Cluster left,
      Cluster right) {
    Map<String, Double> features = new LinkedHashMap<>(candidate.score().features());
    return new MergeDecision(
        sorted.get(candidate.right()).id(),
        sorted.get(candidate.left()).id(),
        candidate.score().score(),
        features,
        String.format(
            Locale.ROOT,
            "average score %.3f over %d pairs above the threshold %.2f, none vetoed",
            average,
            left.members.size() * right.members.size(),
            policy.threshold()));
  }

  private static String country(MentionProfile profile) {
    return profile.place() != null ? profile.place().country() : null;
  }

  /** One incident's accounts and the decisions that joined them. */
  public record Group(List<MentionProfile> accounts, List<MergeDecision> decisions) {
    public Group {
      accounts = List.copyOf(requireNonNull(accounts, "accounts"));
      decisions = List.copyOf(requireNonNull(decisions, "decisions"));
    }
  }

  private record Candidate(int left, int right, PairScore score) {}

  private static final class Cluster {
    private final TreeSet<Integer> members = new TreeSet<>();
    private final List<MergeDecision> decisions = new ArrayList<>();

    Cluster(int first) {
      members.add(first);
    }
  }
}
