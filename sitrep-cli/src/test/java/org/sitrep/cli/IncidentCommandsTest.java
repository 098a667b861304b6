package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testkit.Corpus;

/** The store-backed commands over the five seeds, ingested once. */
class IncidentCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static String store;
  private static CommandRun ingest;

  @BeforeAll
  static void ingestTheSeeds() {
    store = dir.resolve("store").toString();
    ingest = CommandRun.of("ingest", "--store", store, Corpus.seeds().toString());
  }

  private static CommandRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--store");
    all.add(store);
    return CommandRun.of(all.toArray(String[]::new));
  }

  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }

  private static JsonNode kabulBombing() throws IOException {
    for (JsonNode incident : json(run("incidents", "--format", "json").out()).get("incidents")) {
      if (incident.get("subtype").asText().equals("Suicide bomb")) {
        return incident;
      }
    }
    throw new AssertionError("no suicide bombing among the seeds' incidents");
  }

  @Test
  void ingestReportsWhatItExtractedAndHowManyIncidentsTheStoreHolds() {
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.out())
        .contains("read 5, new 5, duplicate 0, refused 0, skipped 0")
        .containsPattern("extracted 5, events \\d+, incidents in the store \\d+");
  }

  @Test
  void incidentsAsJsonAreWhatResolveWritesForTheSameDocuments() {
    CommandRun stored = run("incidents", "--format", "json");
    CommandRun resolved = CommandRun.of("resolve", Corpus.seeds().toString());

    assertThat(stored.exitCode()).as(stored.err()).isZero();
    assertThat(stored.out()).isEqualTo(resolved.out()).contains("\"incidents\"");
  }

  @Test
  void searchFindsTheKabulBombingByAnAliasOfItsPerpetrator() throws IOException {
    String kabul = kabulBombing().get("id").asText();

    CommandRun search = run("search", "--kind", "incidents", "ISIS-K");

    assertThat(search.exitCode()).as(search.err()).isZero();
    assertThat(search.out()).containsPattern("(?m)^incident +" + kabul + " +2021-08-26 ");
    assertThat(search.out()).containsPattern("(?m)^    actors: .*\\[ISIS-K\\]");
  }

  @Test
  void theTableShowsTheKabulBombingWithItsFiguresAndSources() {
    CommandRun table = run("incidents");

    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.lines().get(0)).contains("id", "date", "place", "subtype", "killed");
    assertThat(table.out())
        .containsPattern("inc-\\w+ +2021-08-26 +Kabul, AF +Suicide bomb +60–113–open +141 +4/4");
  }

  @Test
  void filtersByDateCountryTypeAndActor() throws IOException {
    assertThat(ids(run("incidents", "--format", "json", "--since", "2021-08-27")))
        .doesNotContain(kabulBombing().get("id").asText())
        .isNotEmpty();
    assertThat(ids(run("incidents", "--format", "json", "--until", "2021-08-26")))
        .contains(kabulBombing().get("id").asText());
    assertThat(ids(run("incidents", "--format", "json", "--type", "suicide bomb")))
        .containsExactly(kabulBombing().get("id").asText());
    assertThat(ids(run("incidents", "--format", "json", "--country", "Afghanistan")))
        .contains(kabulBombing().get("id").asText());
    assertThat(ids(run("incidents", "--format", "json", "--country", "IQ")))
        .doesNotContain(kabulBombing().get("id").asText());
    assertThat(ids(run("incidents", "--format", "json", "--actor", "islamic state")))
        .contains(kabulBombing().get("id").asText());
    assertThat(ids(run("incidents", "--format", "json", "--actor", "no such group"))).isEmpty();
  }

  @Test
  void badFiltersAreBadUsage() {
    CommandRun badDate = run("incidents", "--since", "26/08/2021");
    CommandRun reversed = run("incidents", "--since", "2021-09-01", "--until", "2021-08-01");
    CommandRun badType = run("incidents", "--type", "Picnic");
    CommandRun badFormat = run("incidents", "--format", "xml");

    assertThat(badDate.exitCode()).isEqualTo(2);
    assertThat(badDate.err()).contains("--since").contains("26/08/2021");
    assertThat(reversed.exitCode()).isEqualTo(2);
    assertThat(reversed.err()).contains("after --until");
    assertThat(badType.exitCode()).isEqualTo(2);
    assertThat(badType.err()).contains("Picnic");
    assertThat(badFormat.exitCode()).isEqualTo(2);
  }

  @Test
  void csvHasAHeaderAndOneRowPerIncidentWithUnknownLeftEmpty() throws IOException {
    CommandRun csv = run("incidents", "--format", "csv");
    int incidents = json(run("incidents", "--format", "json").out()).get("incidents").size();

    List<Map<String, String>> rows = Csv.parse(csv.out());
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(rows).hasSize(incidents);
    Map<String, String> kabul = row(rows, "id", kabulBombing().get("id").asText());
    assertThat(kabul)
        .containsEntry("date", "2021-08-26")
        .containsEntry("subtype", "Suicide bomb")
        .containsEntry("country", "AF")
        .containsEntry("fatalities_low", "60")
        .containsEntry("fatalities_best", "113")
        .containsEntry("fatalities_high", "")
        .containsEntry("reports", "4");
    Map<String, String> strike = row(rows, "subtype", "Air/drone strike");
    assertThat(strike).containsEntry("fatalities_best", "").containsEntry("fatalities_low", "");
  }

  @Test
  void geoJsonIsAFeatureCollectionOfTheIncidentsWithCoordinates() throws IOException {
    CommandRun geo = run("incidents", "--format", "geojson");

    JsonNode root = json(geo.out());
    assertThat(geo.exitCode()).as(geo.err()).isZero();
    assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(root.get("features")).isNotEmpty();
    for (JsonNode feature : root.get("features")) {
      assertThat(feature.get("type").asText()).isEqualTo("Feature");
      assertThat(feature.at("/geometry/type").asText()).isEqualTo("Point");
      assertThat(feature.at("/geometry/coordinates")).hasSize(2);
      assertThat(feature.at("/geometry/coordinates/0").isNumber()).isTrue();
    }
    JsonNode kabul =
        StreamSupport.stream(root.get("features").spliterator(), false)
            .filter(f -> f.at("/properties/subtype").asText().equals("Suicide bomb"))
            .findFirst()
            .orElseThrow();
    assertThat(kabul.at("/geometry/coordinates/0").asDouble()).isBetween(69.0, 69.3);
    assertThat(kabul.at("/geometry/coordinates/1").asDouble()).isBetween(34.4, 34.6);
    assertThat(kabul.at("/properties/fatalities_best").asLong()).isEqualTo(113);
    assertThat(kabul.at("/properties/fatalities_high").isNull()).isTrue();
  }

  @Test
  void showTellsTheEvidenceOfASeedIncident() throws IOException {
    String id = kabulBombing().get("id").asText();

    CommandRun show = run("show", id);

    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out())
        .startsWith(id + "  Explosions/Remote violence / Suicide bomb")
        .contains("fatalities    low 60, best 113, high open")
        .contains("US military")
        .contains("Conflicts")
        .contains("fatalities/US military")
        .contains("\"At least 60 people were killed and more than 140 were injured in two bomb")
        .contains("003_ac14fab8c2e61573.txt  published unknown")
        .contains("Why the accounts were linked")
        .contains("joined");
  }

  @Test
  void showAsJsonIsTheIncidentObject() throws IOException {
    JsonNode kabul = kabulBombing();

    CommandRun show = run("show", kabul.get("id").asText(), "--format", "json");

    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(json(show.out())).isEqualTo(kabul);
  }

  @Test
  void showingAnUnknownIncidentFails() {
    CommandRun show = run("show", "inc-00000000");

    assertThat(show.exitCode()).isEqualTo(1);
    assertThat(show.err()).contains("no incident inc-00000000");
  }

  @Test
  void exportsAsJsonWhatIncidentsWrite() {
    assertThat(run("export", "--format", "json").out())
        .isEqualTo(run("incidents", "--format", "json").out());
  }

  @Test
  void exportsAcledColumns() throws IOException {
    CommandRun export = run("export", "--format", "acled");

    List<Map<String, String>> rows = Csv.parse(export.out());
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(Csv.header(export.out()))
        .startsWith("event_id_cnty", "event_date", "year", "time_precision", "disorder_type")
        .contains("event_type", "sub_event_type", "actor1", "actor2", "country", "admin1")
        .contains("location", "latitude", "longitude", "geo_precision", "source", "notes")
        .contains("fatalities");
    Map<String, String> kabul = row(rows, "event_id_cnty", kabulBombing().get("id").asText());
    assertThat(kabul)
        .containsEntry("event_date", "2021-08-26")
        .containsEntry("year", "2021")
        .containsEntry("time_precision", "1")
        .containsEntry("disorder_type", "Political violence")
        .containsEntry("event_type", "Explosions/Remote violence")
        .containsEntry("sub_event_type", "Suicide bomb")
        .containsEntry("country", "Afghanistan")
        .containsEntry("location", "Kabul")
        .containsEntry("fatalities", "113")
        .containsEntry("iso", "");
    assertThat(row(rows, "sub_event_type", "Air/drone strike")).containsEntry("fatalities", "");
  }

  @Test
  void exportsUcdpGedColumns() throws IOException {
    CommandRun export = run("export", "--format", "ucdp");

    List<Map<String, String>> rows = Csv.parse(export.out());
    assertThat(Csv.header(export.out()))
        .contains("id", "date_start", "date_end", "country", "adm_1", "where_coordinates")
        .contains("latitude", "longitude", "where_prec", "best", "high", "low")
        .contains("number_of_sources", "source_article");
    Map<String, String> kabul = row(rows, "id", kabulBombing().get("id").asText());
    assertThat(kabul)
        .containsEntry("date_start", "2021-08-26")
        .containsEntry("date_end", "2021-08-26")
        .containsEntry("date_prec", "1")
        .containsEntry("best", "113")
        .containsEntry("low", "60")
        .containsEntry("high", "")
        .containsEntry("number_of_sources", "4")
        .containsEntry("where_coordinates", "Kabul");
  }

  @Test
  void exportsGtdColumns() throws IOException {
    CommandRun export = run("export", "--format", "gtd");

    List<Map<String, String>> rows = Csv.parse(export.out());
    assertThat(Csv.header(export.out()))
        .containsExactly(
            "eventid",
            "iyear",
            "imonth",
            "iday",
            "approxdate",
            "country_txt",
            "provstate",
            "city",
            "latitude",
            "longitude",
            "specificity",
            "summary",
            "attacktype1_txt",
            "gname",
            "claimed",
            "nkill",
            "nwound");
    Map<String, String> kabul = row(rows, "eventid", kabulBombing().get("id").asText());
    assertThat(kabul)
        .containsEntry("iyear", "2021")
        .containsEntry("imonth", "8")
        .containsEntry("iday", "26")
        .containsEntry("city", "Kabul")
        .containsEntry("claimed", "1")
        .containsEntry("nkill", "113")
        .containsEntry("nwound", "141");
    assertThat(rows).allSatisfy(row -> assertThat(row.get("imonth")).isNotEqualTo("0"));
  }

  @Test
  void anExportNeedsAKnownFormat() {
    assertThat(run("export").exitCode()).isEqualTo(2);
    assertThat(run("export", "--format", "xls").exitCode()).isEqualTo(2);
  }

  private static List<String> ids(CommandRun run) throws IOException {
    List<String> ids = new ArrayList<>();
    json(run.out()).get("incidents").forEach(incident -> ids.add(incident.get("id").asText()));
    return ids;
  }

  private static Map<String, String> row(List<Map<String, String>> rows, String column, String v) {
    return rows.stream()
        .filter(row -> v.equals(row.get(column)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + column + " " + v));
  }
}
