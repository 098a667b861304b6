package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.engine.Engine;
import org.sitrep.engine.EngineConfig;
import org.sitrep.engine.ProgressListener;
import org.sitrep.testkit.Corpus;

/**
 * The web UI end to end in headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}; Selenium Manager is never asked to download anything) against the real server
 * over the seed reports. Saves screenshots into {@code target/screenshots}; {@code
 * -Dscreenshots.update=true} also rewrites the ones the README shows in {@code docs/}.
 */
class WebUiTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path DOCS = Path.of("..", "docs");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @TempDir static Path dir;
  private static Engine engine;
  private static SitrepServer server;
  private static WebDriver browser;

  @BeforeAll
  static void serveTheSeedsAndOpenABrowser() throws IOException {
    assertThat(CHROMIUM).as("Debian's chromium (see .ci/run)").isExecutable();
    assertThat(CHROMEDRIVER).as("Debian's chromium-driver (see .ci/run)").isExecutable();
    engine = Engine.open(EngineConfig.defaults(dir.resolve("store")));
    engine.ingest(List.of(Corpus.seeds()), ProgressListener.none());
    server = SitrepServer.start(engine, ServerConfig.loopback(0));
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1000,800",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium")));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1000, 800));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (engine != null) {
      engine.close();
    }
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(code, arguments);
  }

  private static JsonNode apiJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    return new ObjectMapper().readTree(answer.body());
  }

  private static String kabulBombingId() throws IOException, InterruptedException {
    JsonNode answer = apiJson("/api/incidents?type=Suicide%20bomb&country=AF");
    for (JsonNode incident : answer.get("incidents")) {
      if ("2021-08-26".equals(incident.path("date").path("value").asText())) {
        return incident.get("id").asText();
      }
    }
    throw new AssertionError("no suicide bombing on 2021-08-26 in " + answer);
  }

  /** Nothing any page did was blocked by the Content-Security-Policy. */
  @AfterEach
  void nothingWasBlockedByThePolicy() {
    if (browser.getCurrentUrl().startsWith("http")) {
      assertThat(script("return (window.cspViolations || []).join('\\n')")).isEqualTo("");
    }
  }

  private static WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Loads a page afresh, as a link from elsewhere would (not a hash change in the open page). */
  private static void open(String path) {
    browser.get("about:blank");
    browser.get(url(path));
  }

  private static List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#incidents tbody tr"));
  }

  private static WebElement kabulRow() {
    return waiting()
        .until(
            driver ->
                driver.findElements(By.cssSelector("#incidents tbody tr")).stream()
                    .filter(row -> row.getText().contains("Suicide bomb"))
                    .findFirst()
                    .orElse(null));
  }

  private static int indexOf(List<String> rows, String text) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no row with " + text + " in " + rows);
  }

  /**
   * Saves a screenshot into {@code target/}; with {@code -Dscreenshots.update=true} also into
   * {@code docs/}, where the README shows it, so a plain build leaves the checkout unchanged.
   */
  private static void screenshot(String name) throws IOException {
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    if (Boolean.getBoolean("screenshots.update")) {
      Files.copy(shot, DOCS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void theTableFiltersAndTheIncidentPageShowsTheEvidence() throws IOException {
    open("/");
    WebElement kabul = kabulRow();
    assertThat(kabul.getText()).contains("2021-08-26", "Kabul", "Afghanistan", "60\u2013113");
    int all = rows().size();
    assertThat(all).isGreaterThan(1);
    screenshot("ui-incidents.png");

    // Sorting by fatalities, most first: the bombing (best 113) before the shelling (0), the
    // incidents of unknown toll last.
    browser.findElement(By.cssSelector("button[data-sort='fatalities']")).click();
    assertThat(browser.findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort"))
        .isEqualTo("descending");
    List<String> sorted = rows().stream().map(WebElement::getText).toList();
    assertThat(indexOf(sorted, "Suicide bomb")).isLessThan(indexOf(sorted, "Shelling"));
    assertThat(sorted.get(sorted.size() - 1)).contains("unknown");

    // A type filter asks the API again and leaves only that kind of incident.
    WebElement type = browser.findElement(By.id("filter-type"));
    type.sendKeys("Suicide bomb");
    browser.findElement(By.id("apply")).click();
    waiting().until(driver -> rows().size() < all);
    assertThat(rows()).allSatisfy(row -> assertThat(row.getText()).contains("Suicide bomb"));
    assertThat(browser.findElement(By.id("count")).getText()).startsWith(rows().size() + " ");

    // The incident page: the figures and their sentences highlighted in the documents.
    kabulRow().findElement(By.tagName("a")).click();
    WebElement fatalities =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("fatalities")));
    assertThat(fatalities.getText()).isEqualTo("60\u2013113\u2013?");
    assertThat(browser.findElement(By.id("incident-title")).getText())
        .contains("Suicide bomb", "Kabul", "2021-08-26");
    List<WebElement> marks = browser.findElements(By.cssSelector("#evidence mark"));
    assertThat(marks).isNotEmpty();
    assertThat(marks)
        .anySatisfy(mark -> assertThat(mark.getText()).containsPattern("\\b60\\b|sixty"));
    assertThat(browser.findElement(By.id("claims")).getText()).contains("fatalities");
    assertThat(browser.findElements(By.cssSelector("#documents li"))).hasSize(4);
    screenshot("ui-incident.png");
  }

  /** Adds one input line to the store through the API, which must accept it. */
  private static void post(String body) throws Exception {
    HttpResponse<String> posted =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/api/documents")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
  }

  @Test
  void aHeadlineWithMarkupIsShownAsText() throws Exception {
    String title = "<script>document.body.dataset.pwned='yes'</script><b>Blast</b> in Herat";
    String body =
        "{\"id\": \"xss.txt\", \"published\": \"2021-09-03\", \"title\": \""
            + title.replace("\"", "\\\"")
            + "\", \"text\": \"A car bomb killed five people in Herat, Afghanistan, on Friday,"
            + " officials said. Nobody claimed the attack.\"}";
    post(body);

    open("/#/document/xss.txt");
    WebElement heading =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("document-title")));
    assertThat(heading.getText()).isEqualTo(title);
    assertThat(browser.findElements(By.cssSelector("main script, main b"))).isEmpty();
    assertThat(browser.findElement(By.tagName("body")).getAttribute("data-pwned")).isNull();
    assertThat(browser.findElement(By.cssSelector(".doc-text")).getText()).contains("car bomb");
  }

  @Test
  void aClaimOfTheHeadlineIsMarkedInTheHeadline() throws Exception {
    String body =
        "{\"id\": \"headline.txt\", \"published\": \"2016-05-13\", \"title\": \"Poplar"
            + " Bluff teen recovering after being shot\", \"text\": \"A 16-year-old boy was shot"
            + " in the leg on Thursday night while cleaning a rifle at a friend's home. He is"
            + " expected to recover, police said.\"}";
    post(body);

    open("/#/document/headline.txt");
    WebElement heading =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("document-title")));

    assertThat(heading.getText()).isEqualTo("Poplar Bluff teen recovering after being shot");
    List<WebElement> marks = heading.findElements(By.tagName("mark"));
    assertThat(marks).hasSize(1);
    assertThat(marks.get(0).getText()).isEqualTo("Poplar Bluff");
    assertThat(browser.findElement(By.cssSelector(".doc-text")).getText())
        .startsWith("A 16-year-old boy was shot");
    assertThat(browser.findElements(By.cssSelector(".doc-text mark")))
        .noneSatisfy(mark -> assertThat(mark.getText()).contains("Poplar"));
  }

  @Test
  void thePagesCarryAContentSecurityPolicyAndNoFolderIsListed() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(URI.create(url("/"))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"/app.js\"");
    // Every script and style sheet the page names is served from here (WebJars, vendor/).
    Matcher assets =
        Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"").matcher(page.body());
    int found = 0;
    while (assets.find()) {
      found++;
      HttpResponse<String> asset =
          client.send(
              HttpRequest.newBuilder(URI.create(url(assets.group(1)))).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
    }
    assertThat(found).isGreaterThanOrEqualTo(8);
    assertThat(
            client
                .send(
                    HttpRequest.newBuilder(URI.create(url("/vendor/countries-50m.json"))).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body())
        .contains("\"Topology\"");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'self'"));
    for (String path : List.of("/org/", "/org/sitrep/server/web/", "/../pom.xml", "/nothing.js")) {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(URI.create(url(path))).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path).isIn(400, 404);
      assertThat(answer.body()).as(path).doesNotContain("index.html");
    }
  }

  @Test
  void theMapShowsTheKabulBombingAndAClickOpensIt() throws Exception {
    String bombing = kabulBombingId();
    open("/#/?country=AF");
    By kabulMarker = By.cssSelector("path.incident-marker[data-id='" + bombing + "']");
    WebElement marker = waiting().until(ExpectedConditions.presenceOfElementLocated(kabulMarker));

    // A town or a point is drawn solid; a region or a country hollow with a dashed outline.
    assertThat(marker.getAttribute("class")).containsPattern("precision-(point|town)");
    assertThat(marker.getAttribute("stroke-dasharray")).isNull();
    assertThat(marker.getAttribute("aria-label")).contains("Suicide bomb", "Kabul", "60\u2013113");
    List<WebElement> vague =
        browser.findElements(
            By.cssSelector(
                "path.incident-marker.precision-region, path.incident-marker.precision-country"));
    assertThat(vague).isNotEmpty();
    assertThat(vague)
        .allSatisfy(path -> assertThat(path.getAttribute("stroke-dasharray")).isNotBlank());
    // A larger toll gives a larger circle: the bombing's is larger than those of no or unknown
    // dead.
    int bombingWidth = marker.getRect().getWidth();
    List<WebElement> small =
        browser.findElements(By.cssSelector("path.incident-marker")).stream()
            .filter(path -> path.getAttribute("aria-label").matches(".*fatalities (0|unknown),.*"))
            .toList();
    assertThat(small).isNotEmpty();
    assertThat(small)
        .allSatisfy(path -> assertThat(path.getRect().getWidth()).isLessThan(bombingWidth));
    assertThat(browser.findElement(By.id("map-note")).getText()).contains("incidents placed");
    script("document.getElementById('map-panel').scrollIntoView()");
    screenshot("ui-map.png");

    // Smaller circles at Kabul lie on top of its centre: click inside its rim.
    int rim = (int) (bombingWidth / 2) - 6;
    new Actions(browser).moveToElement(marker, 0, -rim).click().perform();
    waiting().until(ExpectedConditions.urlContains("#/incident/" + bombing));
    assertThat(
            waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("incident-title")))
                .getText())
        .contains("Suicide bomb", "Kabul");

    // The markers answer the keyboard too.
    browser.navigate().back();
    WebElement again = waiting().until(ExpectedConditions.presenceOfElementLocated(kabulMarker));
    script("arguments[0].focus()", again);
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    waiting().until(ExpectedConditions.urlContains("#/incident/" + bombing));
  }

  @Test
  void draggingAcrossTheTimelineNarrowsTheTableAndTheMapAndTheAddressKeepsIt() throws Exception {
    open("/");
    kabulRow();
    int all = rows().size();
    int markers = browser.findElements(By.cssSelector("path.incident-marker")).size();
    WebElement over =
        waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#timeline-chart .u-over")));
    int width = over.getRect().getWidth();

    // Drag across the right-most sixth of the chart: the latest bars, 2021's.
    new Actions(browser)
        .moveToElement(over, width / 2 - width / 6, 0)
        .clickAndHold()
        .moveByOffset(width / 6 - 2, 0)
        .release()
        .perform();

    waiting().until(ExpectedConditions.urlContains("since="));
    waiting().until(driver -> rows().size() < all && rows().size() > 0);
    LocalDate since =
        LocalDate.parse(browser.findElement(By.id("filter-since")).getAttribute("value"));
    LocalDate until =
        LocalDate.parse(browser.findElement(By.id("filter-until")).getAttribute("value"));
    assertThat(since).isBefore(LocalDate.of(2021, 8, 27));
    assertThat(until).isAfter(LocalDate.of(2021, 8, 25));
    assertThat(rows()).allSatisfy(row -> assertThat(day(row.getText())).isBetween(since, until));
    assertThat(rows()).anySatisfy(row -> assertThat(row.getText()).contains("Suicide bomb"));
    assertThat(browser.findElements(By.cssSelector("path.incident-marker")).size())
        .isLessThan(markers);
    script("document.getElementById('timeline-panel').scrollIntoView()");
    screenshot("ui-timeline.png");

    // The filters live in the address: a reload shows the same view.
    String address = browser.getCurrentUrl();
    int narrowed = rows().size();
    browser.navigate().refresh();
    waiting().until(driver -> rows().size() == narrowed);
    assertThat(browser.getCurrentUrl()).isEqualTo(address);
    assertThat(browser.findElement(By.id("filter-since")).getAttribute("value"))
        .isEqualTo(since.toString());

    browser.findElement(By.id("timeline-all")).click();
    waiting().until(driver -> rows().size() == all);
    assertThat(browser.getCurrentUrl()).doesNotContain("since=");
  }

  @Test
  void aLinkWithFiltersOpensTheFilteredTable() {
    open("/#/?country=AF&type=Suicide%20bomb&sort=-fatalities");

    kabulRow();
    assertThat(rows()).allSatisfy(row -> assertThat(row.getText()).contains("Suicide bomb"));
    assertThat(browser.findElement(By.id("filter-country")).getAttribute("value")).isEqualTo("AF");
    assertThat(browser.findElement(By.cssSelector("th[aria-sort]")).getText())
        .contains("Fatalities");
    assertThat(browser.findElement(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort"))
        .isEqualTo("descending");
    assertThat(browser.findElement(By.id("nav-actors")).getAttribute("href"))
        .contains("#/actors?", "country=AF");
  }

  @Test
  void theActorGraphShowsIskpWithItsAliasesAndAnEdge() throws Exception {
    open("/#/actors");
    String iskp = "Islamic State Khorasan Province";
    WebElement node =
        waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("svg.graph g.node[data-id='" + iskp + "']")));

    assertThat(node.findElement(By.tagName("title")).getAttribute("textContent"))
        .contains("Also known as", "ISIS-K", "IS-K");
    List<WebElement> edges =
        browser.findElements(By.cssSelector("svg.graph line.edge[data-source='" + iskp + "']"));
    assertThat(edges).isNotEmpty();
    assertThat(edges)
        .anySatisfy(edge -> assertThat(edge.getAttribute("data-target")).contains("US military"));
    assertThat(browser.findElement(By.id("edges")).getText()).contains(iskp, "US military");

    script("arguments[0].focus()", node);
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    assertThat(
            waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("actor-aliases")))
                .getText())
        .contains("ISKP");
    script("document.getElementById('actor-graph').scrollIntoView()");
    screenshot("ui-actors.png");
    browser.findElement(By.id("actor-incidents")).click();
    waiting().until(ExpectedConditions.urlContains("actor="));
    assertThat(kabulRow().getText()).contains("Kabul");
    assertThat(rows()).allSatisfy(row -> assertThat(row.getText()).doesNotContain("Doha"));
  }

  @Test
  void addingAReportShowsWhatWasExtractedAndWhereItWent() throws IOException {
    String title = "<img src=x onerror=\"document.body.dataset.pwned='yes'\">Market blast";
    open("/#/add");
    WebElement text =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report-text")));
    browser.findElement(By.id("report-title")).sendKeys(title);
    script("arguments[0].value = '2021-09-07'", browser.findElement(By.id("report-published")));
    text.sendKeys(
        "A suicide bomber killed 12 people at a market in Kandahar, Afghanistan, on Tuesday,"
            + " police said. No group claimed responsibility.");
    browser.findElement(By.id("report-submit")).click();

    WebElement events =
        new WebDriverWait(browser, Duration.ofSeconds(90))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("report-events")));
    assertThat(events.getText()).contains("Suicide bomb", "Kandahar", "2021-09-07", "12");
    assertThat(browser.findElement(By.id("report-stored")).getText()).contains(title);
    assertThat(browser.findElements(By.cssSelector("main img, main script"))).isEmpty();
    assertThat(browser.findElement(By.tagName("body")).getAttribute("data-pwned")).isNull();
    WebElement incident = browser.findElement(By.cssSelector("#report-incidents a"));
    assertThat(incident.getText()).contains("Kandahar");
    script("document.getElementById('report-form').scrollIntoView()");
    screenshot("ui-add-report.png");

    incident.click();
    assertThat(
            waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("incident-title")))
                .getText())
        .contains("Kandahar");
  }

  @Test
  void aReportTheEngineRefusesShowsTheReason() {
    open("/#/add");
    waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("report-text")))
        .sendKeys(
            "Un attentat a tué douze personnes à Kandahar mardi, selon la police afghane."
                + " Personne n'a revendiqué l'attaque pour le moment.");
    browser.findElement(By.id("report-submit")).click();

    WebElement refused =
        new WebDriverWait(browser, Duration.ofSeconds(90))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("report-refused")));
    assertThat(refused.getText()).contains("unsupported-language");
  }

  @Test
  void thePagesFitAPhoneScreen() throws Exception {
    String bombing = kabulBombingId();
    try {
      browser.manage().window().setSize(new Dimension(390, 844));
      for (String page :
          List.of("/#/", "/#/actors", "/#/add", "/#/search?q=airport", "/#/incident/" + bombing)) {
        open(page);
        waiting()
            .until(
                driver ->
                    !driver
                        .findElements(
                            By.cssSelector(
                                "#incidents, svg.graph, #report-form, #hits, #decision-list"))
                        .isEmpty());
        Object overflow =
            script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as(page).isLessThanOrEqualTo(0);
      }
    } finally {
      browser.manage().window().setSize(new Dimension(1000, 800));
    }
  }

  private static List<WebElement> hits() {
    return browser.findElements(By.cssSelector("#hits > li.hit"));
  }

  private static List<WebElement> waitForHits() {
    return waiting().until(driver -> hits().isEmpty() ? null : hits());
  }

  @Test
  void searchingMarksTheMatchedWordsAndAHitOpensIt() throws Exception {
    open("/#/search?q=airport");
    List<WebElement> found = waitForHits();
    assertThat(browser.findElement(By.id("search-count")).getText())
        .containsPattern("^\\d+ hits? in documents and incidents for .airport.");
    assertThat(found)
        .anySatisfy(hit -> assertThat(hit.getAttribute("data-kind")).isEqualTo("document"));
    assertThat(found)
        .anySatisfy(hit -> assertThat(hit.getAttribute("data-kind")).isEqualTo("incident"));
    // Every hit says its label, date and score; the matched words, and only they, are marked.
    assertThat(found)
        .allSatisfy(
            hit -> {
              assertThat(hit.findElement(By.cssSelector("a.hit-link")).getText()).isNotBlank();
              assertThat(hit.getText()).containsPattern("\\d{4}-\\d{2}-\\d{2}|undated");
              assertThat(hit.findElement(By.cssSelector(".score")).getText())
                  .matches("score \\d+\\.\\d\\d");
            });
    List<WebElement> marks = browser.findElements(By.cssSelector("#hits .fragments mark"));
    assertThat(marks).isNotEmpty();
    assertThat(marks)
        .allSatisfy(mark -> assertThat(mark.getText()).containsIgnoringCase("airport"));
    // The fragment reads as the API's text: marks cut it, nothing is lost or added.
    JsonNode first = apiJson("/api/search?q=airport").get("hits").get(0);
    assertThat(found.get(0).findElement(By.cssSelector(".fragment")).getText())
        .isEqualTo(first.get("fragments").get(0).get("text").asText());
    screenshot("ui-search.png");

    // The kind switch searches again, for incidents only, and keeps it in the address.
    browser.findElement(By.id("search-kind-incidents")).click();
    waiting().until(ExpectedConditions.urlContains("kind=incidents"));
    waiting()
        .until(
            driver ->
                !hits().isEmpty()
                    && hits().stream()
                        .allMatch(hit -> "incident".equals(hit.getAttribute("data-kind"))));
    WebElement link = hits().get(0).findElement(By.cssSelector("a.hit-link"));
    String label = link.getText();
    link.click();
    waiting().until(ExpectedConditions.urlContains("#/incident/inc-"));
    assertThat(
            waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("incident-title")))
                .getText())
        .contains(label.split(",")[0]);

    // Back on the search, a document hit opens the document.
    browser.navigate().back();
    waitForHits();
    waiting()
        .until(ExpectedConditions.elementToBeClickable(By.id("search-kind-documents")))
        .click();
    waiting().until(ExpectedConditions.urlContains("kind=documents"));
    waiting()
        .until(
            driver ->
                !hits().isEmpty()
                    && hits().stream()
                        .allMatch(hit -> "document".equals(hit.getAttribute("data-kind"))));
    hits().get(0).findElement(By.cssSelector("a.hit-link")).click();
    waiting().until(ExpectedConditions.urlContains("#/document/"));
    assertThat(
            waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("document-title")))
                .getText())
        .containsIgnoringCase("airport");
  }

  @Test
  void theHeaderSearchesFromAnyPageAndTheHitsComeInPages() {
    open("/#/actors");
    WebElement box = waiting().until(ExpectedConditions.elementToBeClickable(By.id("header-q")));
    box.sendKeys("kabul", Keys.ENTER);
    waiting().until(ExpectedConditions.urlContains("#/search?q=kabul"));
    waitForHits();
    int total =
        Integer.parseInt(browser.findElement(By.id("search-count")).getText().split(" ")[0]);
    assertThat(total).isGreaterThan(3);
    assertThat(browser.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("kabul");

    open("/#/search?q=kabul&limit=3");
    List<String> page1 = waitForHits().stream().map(hit -> hit.getAttribute("data-id")).toList();
    assertThat(page1).hasSize(3);
    assertThat(browser.findElements(By.id("search-previous"))).isEmpty();
    browser.findElement(By.id("search-next")).click();
    waiting().until(ExpectedConditions.urlContains("offset=3"));
    waiting()
        .until(
            driver -> !hits().isEmpty() && !page1.contains(hits().get(0).getAttribute("data-id")));
    assertThat(browser.findElement(By.id("hits")).getAttribute("start")).isEqualTo("4");
    assertThat(browser.findElement(By.cssSelector(".pager")).getText()).contains("page 2 of");
    // The page lives in the address: a reload shows the same hits.
    List<String> page2 = hits().stream().map(hit -> hit.getAttribute("data-id")).toList();
    browser.navigate().refresh();
    waiting()
        .until(
            driver ->
                hits().stream().map(hit -> hit.getAttribute("data-id")).toList().equals(page2));
    browser.findElement(By.id("search-previous")).click();
    waiting()
        .until(
            driver ->
                hits().stream().map(hit -> hit.getAttribute("data-id")).toList().equals(page1));
  }

  @Test
  void aQueryTheParserCannotReadIsExplainedAndNothingFoundIsSaid() {
    for (String query : List.of("%22unclosed", "AND", "*bomb")) {
      open("/#/search?q=" + query);
      WebElement error =
          waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("search-error")));
      assertThat(error.getText())
          .as(query)
          .contains("This search cannot be read", "not a valid query");
      assertThat(error.getAttribute("role")).isEqualTo("alert");
      assertThat(hits()).isEmpty();
      assertThat(script("return (window.cspViolations || []).join('\\n')")).isEqualTo("");
    }
    // The page still works after an error: a readable query finds nothing, and says so.
    WebElement words = browser.findElement(By.id("search-q"));
    words.clear();
    words.sendKeys("zzqxv", Keys.ENTER);
    waiting().until(ExpectedConditions.urlContains("q=zzqxv"));
    assertThat(
            waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("search-count")))
                .getText())
        .isEqualTo("No document or incident matches \u201czzqxv\u201d.");
    assertThat(browser.findElements(By.id("search-error"))).isEmpty();
  }

  @Test
  void aQueryThatLooksLikeMarkupStaysText() {
    for (String query :
        List.of(
            "<img src=x onerror=document.body.dataset.pwned=1>",
            "<script>document.body.dataset.pwned=1</script>airport")) {
      open("/#/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
      WebElement answer =
          waiting()
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("#search-count, #search-error")));
      assertThat(answer.getText()).as(query).contains(query);
      assertThat(browser.findElement(By.id("search-q")).getAttribute("value")).isEqualTo(query);
      assertThat(browser.findElement(By.id("header-q")).getAttribute("value")).isEqualTo(query);
      assertThat(browser.findElements(By.cssSelector("main img, main script"))).isEmpty();
      assertThat(browser.findElement(By.tagName("body")).getAttribute("data-pwned")).isNull();
    }
  }

  @Test
  void theKabulBombingSaysWhyItsReportsAreOneIncident() throws Exception {
    String bombing = kabulBombingId();
    JsonNode incident = apiJson("/api/incidents/" + bombing);
    JsonNode decisions = incident.get("decisions");
    assertThat(decisions.size()).isGreaterThan(0);
    open("/#/incident/" + bombing);
    WebElement section =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("decisions")));
    assertThat(section.findElement(By.tagName("h2")).getText())
        .isEqualTo("Why these reports are one incident");
    List<WebElement> items = section.findElements(By.cssSelector("li.decision"));
    assertThat(items).hasSize(decisions.size());
    for (int i = 0; i < decisions.size(); i++) {
      JsonNode decision = decisions.get(i);
      WebElement item = items.get(i);
      assertThat(item.getAttribute("data-mention")).isEqualTo(decision.get("mention").asText());
      assertThat(item.getText())
          .contains(
              String.format(Locale.ROOT, "score %.3f", decision.get("score").asDouble()),
              "Rule: " + decision.get("rule").asText());
      decision
          .get("features")
          .fieldNames()
          .forEachRemaining(
              name ->
                  assertThat(item.findElement(By.cssSelector("table.features")).getText())
                      .contains(name));
      // Which report's account joined which: the documents are named and linked.
      String document = decision.get("mention").asText().split("#")[0];
      assertThat(item.findElements(By.cssSelector(".account a")))
          .anySatisfy(a -> assertThat(a.getText()).isEqualTo(document));
    }
    // Each account is quoted by a sentence of its report, the words of its claims marked.
    assertThat(section.findElements(By.cssSelector(".account-sentence mark"))).isNotEmpty();
    assertThat(section.getText()).contains("At least 60 people were killed");
    script("arguments[0].scrollIntoView()", section);
    screenshot("ui-decisions.png");

    // A decision folds and opens from the keyboard.
    WebElement summary = items.get(0).findElement(By.tagName("summary"));
    script("arguments[0].focus()", summary);
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    waiting()
        .until(
            driver -> items.get(0).findElement(By.tagName("details")).getAttribute("open") == null);
    assertThat(items.get(0).findElement(By.cssSelector("table.features")).isDisplayed()).isFalse();
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    waiting()
        .until(
            driver -> items.get(0).findElement(By.tagName("details")).getAttribute("open") != null);
  }

  @Test
  void manyDecisionsStartFoldedAndOpenTogether() throws Exception {
    // The seeds' largest incident has three decisions; build the section for six on the page.
    open("/#/incident/" + kabulBombingId());
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("decisions")));
    script(
        "const incident = {documents: ['a.txt', 'b.txt'], claims: [],"
            + " mentions: [{id: 'a.txt#1', document: 'a.txt'}, {id: 'b.txt#2', document: 'b.txt'}],"
            + " decisions: Array.from({length: 6}, (_, i) => ({mention: 'b.txt#2', joined: 'a.txt#1',"
            + " score: 0.5 + i / 100, features: {words: 0.5}, rule: 'rule ' + i}))};"
            + "const section = decisions(incident, [{id: 'a.txt', title: 'A <b>title</b>'}]);"
            + "section.id = 'many-decisions';"
            + "document.getElementById('main').prepend(section);");
    WebElement section = browser.findElement(By.id("many-decisions"));
    List<WebElement> details = section.findElements(By.tagName("details"));
    assertThat(details).hasSize(6);
    assertThat(details).allSatisfy(d -> assertThat(d.getAttribute("open")).isNull());
    // Folded, each still says who joined whom and the score.
    assertThat(section.findElements(By.tagName("summary")).get(0).getText())
        .isEqualTo("score 0.500 b.txt joined A <b>title</b>");
    assertThat(section.getText()).doesNotContain("rule 0");
    WebElement toggle = section.findElement(By.cssSelector("button[aria-controls]"));
    assertThat(toggle.getText()).isEqualTo("Open all");
    toggle.click();
    assertThat(details).allSatisfy(d -> assertThat(d.getAttribute("open")).isNotNull());
    assertThat(section.getText()).contains("Rule: rule 5");
    assertThat(toggle.getText()).isEqualTo("Fold all");
    assertThat(section.findElements(By.tagName("b"))).isEmpty();
  }

  @Test
  void anIncidentOfOneReportSaysSo() throws Exception {
    String single = null;
    for (JsonNode incident : apiJson("/api/incidents").get("incidents")) {
      if (incident.path("sources").path("reports").asInt() == 1
          && apiJson("/api/incidents/" + incident.get("id").asText()).get("decisions").isEmpty()) {
        single = incident.get("id").asText();
        break;
      }
    }
    assertThat(single).as("an incident of one report among the seeds").isNotNull();
    open("/#/incident/" + single);
    assertThat(
            waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("decisions-none")))
                .getText())
        .startsWith("One report tells of this incident");
    assertThat(browser.findElements(By.cssSelector("li.decision"))).isEmpty();
  }

  private static LocalDate day(String row) {
    Matcher matcher = DAY.matcher(row);
    assertThat(matcher.find()).as(row).isTrue();
    return LocalDate.parse(matcher.group());
  }
}
