package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Report;

/**
 * Linking over 75 invented local-news reports of 28 US shootings ({@code invented-incidents.jsonl},
 * each line's {@code incident} its true incident): first briefs, a victim named the next day, a
 * death days later, follow-ups weeks later (an arrest, charges, a grand jury, a funeral, a vigil, a
 * mother's interview) that retell the shooting with or without its day, reports dated by a trial a
 * year on; and look-alikes that must stay apart: two shootings in one city a few days or a week
 * apart, two in one state on one day, a second shooting at the same store or on the same block
 * months later, a round-up of a weekend's shootings. Each report belongs to the incident of its
 * main account (as {@code scripts/gvc_incidents.py} picks it); the grouping is scored with B-cubed
 * precision, recall and F1, printed, and fails under floors at today's score.
 */
class InventedIncidentsTest {
  // Scores of 2026-11-25 (sixteenth session): before its rules P 0.964 R 0.804 F1 0.877; with a
  // court's or a funeral's day read as no shooting's, a weekday of a month as that month, and a
  // town's namesake told as a neighborhood dropped, P 0.953 R 0.893 F1 0.922. Seventeenth session:
  // follow-ups joined by the person they name, P 0.948 R 0.929 F1 0.938 (precision is lower only
  // because an arrest report now joins its killing's group, which still holds a second killing).
  // Eighteenth session: two scenes (other streets, and another day or hour) kept apart, P 1.000
  // R 0.949 F1 0.974.
  private static final double PRECISION_FLOOR = 0.99;
  private static final double RECALL_FLOOR = 0.94;
  private static final double F1_FLOOR = 0.97;

  @TempDir static java.nio.file.Path store;

  @Test
  void groupsTheInventedReportsIntoTheirIncidents() throws IOException {
    Map<String, String> incidentOf = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    byte[] lines;
    try (InputStream in =
        InventedIncidentsTest.class.getResourceAsStream("/invented-incidents.jsonl")) {
      lines = Objects.requireNonNull(in, "invented-incidents.jsonl").readAllBytes();
    }
    for (String line : new String(lines, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        var node = json.readTree(line);
        incidentOf.put(node.get("id").asText(), node.get("incident").asText());
      }
    }
    List<Report> reports = new ArrayList<>();
    Map<String, String> groupOf = ArticleGrouping.extractAndGroup(store, lines, reports);
    double[] score = ArticleGrouping.bcubed(incidentOf.keySet(), incidentOf, groupOf);
    System.out.printf(
        Locale.ROOT,
        "invented incidents: %d reports, %d incidents, B3 P %.3f R %.3f F1 %.3f%n",
        incidentOf.size(),
        incidentOf.values().stream().distinct().count(),
        score[0],
        score[1],
        score[2]);
    assertThat(reports).hasSize(75);
    assertThat(score[0]).as("B3 precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
    assertThat(score[1]).as("B3 recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat(score[2]).as("B3 F1").isGreaterThanOrEqualTo(F1_FLOOR);
  }
}
