package org.sitrep.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Claim;
import org.sitrep.model.EventMention;
import org.sitrep.model.Incident;
import org.sitrep.model.Report;
import org.sitrep.model.Slot;
import org.sitrep.resolve.Resolver;

/**
 * Articles grouped by the incidents their accounts joined, and that grouping scored against true
 * incidents, as {@code scripts/gvc_incidents.py} does it: each article belongs to the incident of
 * its main account, and an article with no account is a group of its own.
 */
final class ArticleGrouping {
  private static final Set<Slot> CASUALTY_SLOTS =
      EnumSet.of(Slot.FATALITIES, Slot.INJURIES, Slot.CASUALTIES);

  private ArticleGrouping() {}

  /**
   * The reports of the documents of JSON lines ({@code id}, {@code title}, {@code published},
   * {@code url}, {@code text}) as the whole flow reads them, the refused left out, and each
   * article's incident once they are resolved together.
   */
  static Map<String, String> extractAndGroup(Path store, byte[] lines, List<Report> reports)
      throws IOException {
    try (Engine engine = Engine.open(EngineConfig.defaults(store))) {
      engine.extract(
          new ByteArrayInputStream(lines),
          true,
          extraction -> {
            if (!extraction.isRefused()) {
              reports.add(extraction.report());
            }
          });
    }
    return incidentOfEachArticle(reports, Resolver.standard().resolve(reports));
  }

  /** Each article's incident (by id), the incident holding its main account. */
  static Map<String, String> incidentOfEachArticle(
      List<Report> reports, Collection<Incident> incidents) {
    Map<String, String> incidentOfMention = new HashMap<>();
    for (Incident incident : incidents) {
      for (EventMention mention : incident.mentions()) {
        incidentOfMention.put(mention.id(), incident.id());
      }
    }
    Map<String, String> grouped = new HashMap<>();
    for (Report report : reports) {
      EventMention main = mainAccount(report.events());
      if (main != null) {
        grouped.put(report.document().id(), incidentOfMention.get(main.id()));
      }
    }
    return grouped;
  }

  /**
   * The script's rule: the first current account with a count, else the first current, else the
   * first; null for a report of no account.
   */
  static EventMention mainAccount(List<EventMention> events) {
    EventMention first = null;
    for (EventMention event : events) {
      if (event.background()) {
        continue;
      }
      if (first == null) {
        first = event;
      }
      if (event.claims().stream().map(Claim::slot).anyMatch(CASUALTY_SLOTS::contains)) {
        return event;
      }
    }
    return first != null ? first : events.isEmpty() ? null : events.get(0);
  }

  /**
   * B-cubed precision, recall and F1 of the grouping {@code groupOf} of {@code articles} against
   * their true incidents {@code trueIncidentOf}; an article missing from {@code groupOf} is alone.
   */
  static double[] bcubed(
      Collection<String> articles,
      Map<String, String> trueIncidentOf,
      Map<String, String> groupOf) {
    Map<String, List<String>> groups = new HashMap<>();
    Map<String, List<String>> truth = new HashMap<>();
    for (String article : articles) {
      groups.computeIfAbsent(group(groupOf, article), key -> new ArrayList<>()).add(article);
      truth.computeIfAbsent(trueIncidentOf.get(article), key -> new ArrayList<>()).add(article);
    }
    double precision = 0;
    double recall = 0;
    for (String article : articles) {
      List<String> group = groups.get(group(groupOf, article));
      String incident = trueIncidentOf.get(article);
      long same =
          group.stream().filter(other -> trueIncidentOf.get(other).equals(incident)).count();
      precision += same / (double) group.size();
      recall += same / (double) truth.get(incident).size();
    }
    precision /= articles.size();
    recall /= articles.size();
    return new double[] {precision, recall, 2 * precision * recall / (precision + recall)};
  }

  private static String group(Map<String, String> groupOf, String article) {
    return groupOf.getOrDefault(article, "alone:" + article);
  }
}
