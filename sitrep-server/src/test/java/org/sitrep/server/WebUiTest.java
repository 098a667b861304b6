package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
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
    browser.get(url("/"));
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

  @Test
  void aHeadlineWithMarkupIsShownAsText() throws Exception {
    String title = "<script>document.body.dataset.pwned='yes'</script><b>Blast</b> in Herat";
    String body =
        "{\"id\": \"xss.txt\", \"published\": \"2021-09-03\", \"title\": \""
            + title.replace("\"", "\\\"")
            + "\", \"text\": \"A car bomb killed five people in Herat, Afghanistan, on Friday,"
            + " officials said. Nobody claimed the attack.\"}";
    HttpResponse<String> posted =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/api/documents")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

    browser.get(url("/#/document/xss.txt"));
    WebElement heading =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("document-title")));
    assertThat(heading.getText()).isEqualTo(title);
    assertThat(browser.findElements(By.cssSelector("main script, main b"))).isEmpty();
    assertThat(browser.findElement(By.tagName("body")).getAttribute("data-pwned")).isNull();
    assertThat(browser.findElement(By.cssSelector(".doc-text")).getText()).contains("car bomb");
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
}
