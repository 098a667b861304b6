package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.engine.output.IncidentFacts;
import org.sitrep.model.ActorReference;
import org.sitrep.model.Claim;
import org.sitrep.model.Conflict;
import org.sitrep.model.Document;
import org.sitrep.model.Estimate;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.GroupEstimate;
import org.sitrep.model.Incident;
import org.sitrep.model.MergeDecision;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Slot;
import org.sitrep.model.Span;

/**
 * One incident for people to read ({@code sitrep show}): what, when, where, who; the estimates and
 * the claims they came from; the conflicts and how each was settled; every claim with its sentence
 * and document; the documents and which copy which; why each account was linked.
 */
final class IncidentText {
  private final PrintWriter out;
  private final Map<String, Report> reports;

  /**
   * @param reports the reports of the incident's documents, by document id: their texts and
   *     sentences
   */
  IncidentText(PrintWriter out, Map<String, Report> reports) {
    this.out = out;
    this.reports = reports;
  }

  void print(Incident incident) {
    out.println(
        incident.id()
            + "  "
            + incident.type().label()
            + " / "
            + incident.subtype().label()
            + (incident.background() ? " (recalled by every report)" : ""));
    line("date", date(incident.date()));
    line("place", place(incident.place()));
    line("perpetrators", orUnknown(IncidentFacts.actors(incident, Slot.PERPETRATOR)));
    line("targets", orUnknown(IncidentFacts.actors(incident, Slot.TARGET)));
    line("claimed", claimed(incident.claimedBy()));
    line("fatalities", estimate(incident.fatalities()));
    line("injuries", estimate(incident.injuries()));
    for (GroupEstimate group : incident.breakdown()) {
      line("  " + group.group(), estimate(group.fatalities()));
    }
    line(
        "sources",
        incident.sources().reports()
            + " reports, "
            + incident.sources().independent()
            + " independent");
    conflicts(incident.conflicts());
    claims(incident.mentions());
    documents(incident);
    decisions(incident.decisions());
    out.flush();
  }

  private void conflicts(List<Conflict> conflicts) {
    out.println();
    out.println("Conflicts" + (conflicts.isEmpty() ? ": none" : ""));
    for (Conflict conflict : conflicts) {
      out.println("  " + conflict.slot() + ": " + conflict.resolution());
      for (Conflict.Value value : conflict.values()) {
        out.println("    " + value.value() + "  ← " + String.join(", ", documents(value.claims())));
      }
    }
  }

  private void claims(List<EventMention> mentions) {
    out.println();
    out.println("Claims, by account");
    for (EventMention mention : mentions) {
      out.println(
          "  "
              + mention.id()
              + "  "
              + mention.subtype().label()
              + (mention.background() ? " (recalled)" : ""));
      for (Claim claim : mention.claims()) {
        out.println("    " + claim(claim));
        out.println("      \"" + sentence(claim.evidence()) + "\"");
      }
    }
  }

  private void documents(Incident incident) {
    out.println();
    out.println("Documents");
    for (String id : incident.documents()) {
      Report report = reports.get(id);
      Document document = report != null ? report.document() : null;
      StringBuilder line = new StringBuilder("  " + id);
      if (document != null) {
        line.append("  published ")
            .append(document.published().isKnown() ? document.published().value() : "unknown")
            .append(" (")
            .append(document.published().evidence().label())
            .append(')');
        if (document.title() != null) {
          line.append("  \"").append(document.title()).append('"');
        }
        line.append("  ").append(document.url() != null ? document.url() : document.source());
      }
      String original = incident.sources().copies().get(id);
      if (original != null) {
        line.append("  — a copy of ").append(original).append(", not counted as independent");
      }
      out.println(line);
    }
  }

  private void decisions(List<MergeDecision> decisions) {
    out.println();
    out.println("Why the accounts were linked" + (decisions.isEmpty() ? ": one account" : ""));
    for (MergeDecision decision : decisions) {
      StringBuilder features = new StringBuilder();
      decision.features().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              feature ->
                  features
                      .append(features.length() > 0 ? ", " : "")
                      .append(feature.getKey())
                      .append(' ')
                      .append(String.format(Locale.ROOT, "%+.2f", feature.getValue())));
      out.printf(
          Locale.ROOT,
          "  %s joined %s: score %.2f (%s); %s%n",
          decision.mention(),
          decision.joined(),
          decision.score(),
          features,
          decision.rule());
    }
  }

  private void line(String label, String value) {
    out.printf(Locale.ROOT, "%-13s %s%n", label, value);
  }

  private String claim(Claim claim) {
    String who = claim.attribution().kind().label();
    if (claim.attribution().source() != null) {
      who += ": " + claim.attribution().source();
    }
    return claim.slot().label()
        + (claim.group() != null ? " (" + claim.group() + ")" : "")
        + " = "
        + value(claim)
        + "  ["
        + who
        + "; "
        + claim.evidence().documentId()
        + (claim.reported() != null ? ", reported " + claim.reported() : "")
        + "]";
  }

  private static String value(Claim claim) {
    if (claim.value() instanceof Quantity quantity) {
      String hedge = quantity.hedge().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      String stated = quantity.stated() != null ? quantity.stated().toString() : "";
      return (quantity.isExact() ? stated : hedge + " " + stated).strip();
    } else if (claim.value() instanceof EventDate date) {
      return date(date);
    } else if (claim.value() instanceof Place place) {
      return place(place);
    }
    ActorReference actor = (ActorReference) claim.value();
    return actor.name()
        + (actor.named().equals(actor.name()) ? "" : " (\"" + actor.named() + "\")")
        + (actor.via() != null ? " via " + actor.via() : "");
  }

  /** The sentence that holds a span, from the stored annotation; the span's words without one. */
  private String sentence(Span span) {
    Report report = reports.get(span.documentId());
    if (report == null) {
      return "(document not in the store)";
    }
    if (span.inTitle()) {
      return "title: " + oneLine(report.document().title());
    }
    String text = report.document().text();
    for (Sentence sentence : report.annotated().sentences()) {
      if (sentence.start() <= span.start() && span.end() <= sentence.end()) {
        return oneLine(text.substring(sentence.start(), sentence.end()));
      }
    }
    return oneLine(text.substring(span.start(), Math.min(span.end(), text.length())));
  }

  private static List<String> documents(List<Claim> claims) {
    return claims.stream().map(claim -> claim.evidence().documentId()).distinct().sorted().toList();
  }

  private static String estimate(Estimate estimate) {
    if (estimate.isUnknown()) {
      return "unknown";
    }
    return String.format(
        Locale.ROOT,
        "low %s, best %s, high %s  (from %d claims)",
        estimate.low() != null ? estimate.low() : "?",
        estimate.best() != null ? estimate.best() : "?",
        estimate.high() != null ? estimate.high() : "open",
        estimate.claims().size());
  }

  private static String claimed(List<ActorReference> claimedBy) {
    if (claimedBy.isEmpty()) {
      return "no claim reported";
    }
    ActorReference first = claimedBy.get(0);
    String text = "by " + first.name() + (first.via() != null ? " via " + first.via() : "");
    if (claimedBy.size() > 1) {
      text +=
          "; also claimed by "
              + String.join(
                  ", ",
                  claimedBy.subList(1, claimedBy.size()).stream()
                      .map(ActorReference::name)
                      .toList());
    }
    return text;
  }

  private static String date(EventDate date) {
    return date == null ? "unknown" : date.value() + " (" + date.precision().label() + ")";
  }

  private static String place(Place place) {
    if (place == null) {
      return "unknown";
    }
    StringBuilder text = new StringBuilder(place.name());
    if (place.seat() != null) {
      text.append(" (seat ").append(place.seat()).append(')');
    }
    if (place.admin1() != null && !place.admin1().equals(place.name())) {
      text.append(", ").append(place.admin1());
    }
    if (place.countryName() != null && !place.countryName().equals(place.name())) {
      text.append(", ").append(place.countryName());
    }
    if (place.country() != null) {
      text.append(" (").append(place.country()).append(')');
    }
    if (place.lat() != null) {
      text.append(String.format(Locale.ROOT, " %.4f, %.4f", place.lat(), place.lon()));
    }
    return text.append(", ").append(place.precision().name().toLowerCase(Locale.ROOT)).toString();
  }

  private static String orUnknown(List<String> names) {
    return names.isEmpty() ? "unknown" : String.join("; ", names);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
