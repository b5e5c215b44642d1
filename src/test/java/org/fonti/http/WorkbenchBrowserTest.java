package org.fonti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web workbench in a real headless Chromium against a real server over the seed corpus and the test
 * fixtures: search and highlighting, the document view's hit navigation, facets as filters, citation copy,
 * quotations, and hostile markup in an article staying text.
 */
class WorkbenchBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static TestServer server;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.start(); // skips the class (or fails on CI) without a browser
        browser = chromium.driver;
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        server = TestServer.seedCorpusWithFixtures();
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshPage() {
        browser.get("about:blank");
    }

    /**
     * No script error and no content-security-policy refusal in any test. (HTTP errors the workbench asked
     * for and handled, such as a malformed query's 400, are logged by Chromium as well; they are not faults.)
     */
    @AfterEach
    void noErrorsInTheConsole() {
        List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource: the server responded with a status of 4"))
                .toList();
        assertEquals(List.of(), severe, "errors in the browser console");
        assertNoAlert();
    }

    private static void open(String hash) {
        browser.get(base + "/" + hash);
    }

    private static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    private static WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void search(String query) {
        open("#/");
        WebElement box = visible("#q");
        box.clear();
        box.sendKeys(query, Keys.ENTER); // Enter submits
        waitForResults();
    }

    private static void waitForResults() {
        wait.until(driver -> {
            var results = driver.findElements(By.cssSelector(".results"));
            return !results.isEmpty() && results.get(0).getAttribute("aria-busy") == null
                    && !driver.findElement(By.cssSelector(".results .count")).getText().isBlank();
        });
    }

    private static String countText() {
        return browser.findElement(By.cssSelector(".results .count")).getText();
    }

    private static void assertNoAlert() {
        try {
            browser.switchTo().alert();
            fail("an alert is open: article markup was executed");
        } catch (NoAlertPresentException expected) {
            // nothing executed
        }
    }

    @Test
    void rootServesTheWorkbench() {
        open("");
        assertEquals("Fonti — ricerca", wait.until(driver -> driver.getTitle().startsWith("Fonti") ? driver.getTitle() : null));
        assertFalse(all("header nav a").isEmpty());
        assertEquals("q", visible("label[for=q]").getAttribute("for"));
        assertFalse(all("main").isEmpty());
    }

    @Test
    void queryShowsHighlightedPassagesAndTheirDates() throws Exception {
        search("Anka");
        JsonNode api = server.client.search("Anka").json();
        assertTrue(countText().startsWith(api.get("total").asText() + " articol"), countText());
        var marks = all(".passages blockquote mark");
        assertFalse(marks.isEmpty());
        for (WebElement mark : marks) {
            assertEquals("anka", mark.getText().toLowerCase(java.util.Locale.ROOT));
        }
        // The passage dates read as written, then their value: "maggio del 2022 (2022-05)".
        var dateValues = all(".passages .date-value").stream().map(WebElement::getText).toList();
        assertTrue(dateValues.contains("(2022-05)"), dateValues.toString());
        // An inferred publication date is marked as such.
        var inferred = all(".hit .pubdate.inferred");
        assertFalse(inferred.isEmpty());
        assertTrue(inferred.get(0).getText().startsWith(inferred.get(0).getAttribute("datetime") + "?"), inferred.get(0).getText());
        assertFalse(inferred.get(0).getAttribute("title").isBlank());
        assertTrue(browser.findElement(By.cssSelector(".understood")).getText().contains("italiano"));

        saveScreenshot("results.png");
    }

    /** A picture of the page as a test artefact under target/screenshots, for a human to look at. */
    private static void saveScreenshot(String name) throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void documentViewMovesBetweenHits() throws Exception {
        search("Anka");
        String id = server.client.search("Anka").json().get("hits").get(0).get("id").asText();
        browser.findElement(By.cssSelector(".hit h3 a")).click();
        wait.until(ExpectedConditions.urlContains("#/doc/"));
        int total = server.client.get("/api/documents/" + id + "/matches?q=Anka").json().get("total").asInt();
        assertTrue(total > 1, "the test needs a document with several hits");
        wait.until(driver -> currentHit() == 0);
        assertEquals(total, all(".doc-text mark").stream().map(m -> m.getAttribute("data-hit")).distinct().count());
        assertEquals("Occorrenza 1 di " + total, browser.findElement(By.cssSelector(".hit-position")).getText());

        browser.findElement(By.cssSelector(".hit-next")).click();
        assertEquals(1, currentHit());
        assertEquals("Occorrenza 2 di " + total, browser.findElement(By.cssSelector(".hit-position")).getText());
        browser.findElement(By.cssSelector(".hit-prev")).click();
        assertEquals(0, currentHit());
        browser.findElement(By.cssSelector(".hit-prev")).click(); // from the first hit back round to the last
        assertEquals(total - 1, currentHit());
        assertEquals(1, all(".doc-text mark.current").size());
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("n").perform(); // keys n and p work too
        assertEquals(0, currentHit());
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("p").perform();
        assertEquals(total - 1, currentHit());

        // The text is the document's, character for character, whatever is marked in it.
        String text = server.client.get("/api/documents/" + id).json().get("text").asText();
        String shown = (String) browser.executeScript("return document.querySelector('.doc-text').textContent");
        assertEquals(text, shown);
        assertFalse(all(".doc-text .entity").isEmpty());
        assertFalse(all(".legend input[type=checkbox]").isEmpty());
    }

    @Test
    void unknownDocumentSaysSo() {
        open("#/doc/no-such-article");
        wait.until(driver -> driver.findElement(By.cssSelector("h1")).getText().equals("Articolo non trovato"));
        assertEquals("alert", visible(".message .error").getAttribute("role"));
    }

    @Test
    void skipLinkIsTheFirstStopAndLeadsToTheContent() {
        open("#/");
        visible("#q");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement first = browser.switchTo().activeElement();
        assertEquals("Vai al contenuto", first.getText());
        first.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
        assertTrue(browser.getCurrentUrl().endsWith("#/"), "the skip link is not a route");
    }

    private static int currentHit() {
        var current = all(".doc-text mark.current");
        return current.isEmpty() ? -1 : Integer.parseInt(current.get(0).getAttribute("data-hit"));
    }

    @Test
    void entityFacetFiltersAndItsChipRemovesTheFilter() throws Exception {
        search("Erdogan");
        int total = server.client.search("Erdogan").json().get("total").asInt();
        WebElement facet = all("section[aria-labelledby^=facet-entity] button.facet").stream()
                .filter(button -> facetCount(button) < total)
                .findFirst().orElseThrow(() -> new AssertionError("no entity facet narrower than the results"));
        String name = facet.findElement(By.cssSelector(".facet-name")).getText();
        int narrowed = facetCount(facet);
        String before = countText();
        facet.click();
        wait.until(driver -> !countText().equals(before) && countText().startsWith(narrowed + " articol"));
        assertEquals(narrowed, all(".hits .hit").size());
        WebElement chip = visible(".chips .chip");
        assertTrue(chip.getText().contains(name), chip.getText());
        assertTrue(browser.getCurrentUrl().contains("entity="));

        chip.findElement(By.cssSelector("button")).click();
        wait.until(driver -> countText().startsWith(total + " articol"));
        assertTrue(all(".chips .chip").isEmpty());
    }

    private static int facetCount(WebElement facet) {
        return Integer.parseInt(facet.findElement(By.cssSelector(".facet-count")).getText().replaceAll("\\D", ""));
    }

    @Test
    void yearFacetSetsThePublicationRange() {
        search("Erdogan");
        WebElement year = visible("section[aria-labelledby=facet-years] button.facet");
        String value = year.getAttribute("data-value");
        year.click();
        wait.until(driver -> driver.getCurrentUrl().contains("from=" + value) && driver.getCurrentUrl().contains("to=" + value));
        waitForResults();
        assertEquals("true", visible("section[aria-labelledby=facet-years] button[aria-pressed=true]").getAttribute("aria-pressed"));
        assertTrue(visible(".chips .chip").getText().contains(value));
    }

    /** The first passage's citation as the server gives it: what the copy button must produce. */
    private static String[] expectedCitation() throws Exception {
        JsonNode citation = server.client.search("Anka").json().get("hits").get(0).get("passages").get(0).get("citation");
        return new String[] {
            "«" + citation.get("text").asText() + "» — " + citation.get("title").asText() + ", "
                    + citation.get("source").asText() + ", ",
            ", " + citation.get("url").asText()};
    }

    @Test
    void copyCitationPutsQuoteTitleSourceDateAndUrlOnTheClipboard() throws Exception {
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        search("Anka");
        String[] expected = expectedCitation();

        browser.findElement(By.cssSelector(".passage-tools button.copy")).click();
        WebElement status = visible("#status");
        wait.until(driver -> status.getText().startsWith("Citazione copiata negli appunti: «"));
        String copied = (String) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.clipboard.readText().then(done, e => done('clipboard refused: ' + e));");
        assertTrue(copied.startsWith(expected[0]), copied);
        assertTrue(copied.endsWith(expected[1]), copied);
        assertTrue(status.getText().endsWith(copied), status.getText());
        assertFalse(browser.findElement(By.id("copy-fallback")).isDisplayed());
    }

    @Test
    void whereTheClipboardIsRefusedTheCitationIsSelectedInATextBox() throws Exception {
        search("Anka");
        // Neither the clipboard API nor the older copy command is allowed: the reader copies by hand.
        browser.executeScript("navigator.clipboard.writeText = () => Promise.reject(new DOMException('no', 'NotAllowedError'));"
                + "document.execCommand = () => false;");
        String[] expected = expectedCitation();

        browser.findElement(By.cssSelector(".passage-tools button.copy")).click();
        WebElement box = visible("#copy-fallback-text");
        String copied = box.getAttribute("value");
        assertTrue(copied.startsWith(expected[0]), copied);
        assertTrue(copied.endsWith(expected[1]), copied);
        assertEquals(box, browser.switchTo().activeElement());
        assertEquals((long) copied.length(), browser.executeScript(
                "const box = document.getElementById('copy-fallback-text'); return box.selectionEnd - box.selectionStart;"));
        assertTrue(visible("#status").getText().contains("Ctrl+C"));
        assertTrue(visible("#status").getText().endsWith(copied), "the status line repeats the citation");
        saveScreenshot("copy-fallback.png");
        browser.findElement(By.cssSelector("#copy-fallback button")).click();
        assertFalse(box.isDisplayed());
    }

    @Test
    void quotationsFilterBySpeaker() throws Exception {
        open("#/quotes");
        waitForResults();
        int all = server.client.get("/api/quotes").json().get("total").asInt();
        assertTrue(countText().startsWith(all + " citazion"), countText());
        WebElement speaker = visible("section[aria-labelledby=facet-speakers] button.facet");
        String name = speaker.findElement(By.cssSelector(".facet-name")).getText();
        int count = facetCount(speaker);
        speaker.click();
        wait.until(driver -> driver.getCurrentUrl().contains("speaker="));
        wait.until(driver -> countText().startsWith(count + " citazion"));
        for (WebElement said : all(".quote-hit .speaker")) {
            assertEquals(name, said.getText());
        }
        assertTrue(visible(".chips .chip").getText().contains(name));
        assertFalse(all(".quote-hit .passage-tools button.copy").isEmpty());
    }

    @Test
    void markupInAnArticleStaysLiteralText() throws Exception {
        search("sindaco Bari sicurezza");
        WebElement title = all(".hit h3 a").stream()
                .filter(link -> link.getText().contains("<script>"))
                .findFirst().orElseThrow(() -> new AssertionError("the <script> fixture is not among the hits"));
        assertTrue(title.getText().contains("<script>alert(\"titolo\")</script>"), title.getText());
        assertNoAlert();
        assertEquals(1L, browser.executeScript("return document.scripts.length")); // only the workbench's own
        assertTrue(all(".hits script, .hits b").isEmpty());

        title.click();
        WebElement text = visible(".doc-text");
        wait.until(driver -> text.getText().contains("<script>alert(\"fonti\")</script>"));
        assertTrue(text.getText().contains("<b>Non</b> deve apparire in grassetto"), text.getText());
        assertTrue(visible("h1").getText().contains("<script>"));
        assertTrue(all("main script, main b").isEmpty());
        assertEquals(1L, browser.executeScript("return document.scripts.length"));
        assertNoAlert();
    }

    @Test
    void pagesMoveThroughTheResults() throws Exception {
        JsonNode api = server.client.get("/api/search?q=Erdogan&size=1").json();
        int total = api.get("total").asInt();
        assertTrue(total > 1, "the test needs a query with several hits");
        open("#/search?q=Erdogan&size=1");
        waitForResults();
        assertEquals("1", visible(".pager a[aria-current=page]").getText().replaceAll("\\D", ""));
        String first = visible(".hit h3").getText();
        browser.findElement(By.cssSelector(".pager a[rel=next]")).click();
        wait.until(driver -> driver.getCurrentUrl().contains("page=2"));
        wait.until(driver -> !driver.findElement(By.cssSelector(".hit h3")).getText().equals(first));
        assertEquals("2", visible(".pager a[aria-current=page]").getText().replaceAll("\\D", ""));
        assertEquals(server.client.get("/api/search?q=Erdogan&size=1&page=2").json().get("hits").get(0).get("title").asText(),
                visible(".hit h3").getText());
    }

    @Test
    void crossLanguageToggleAndLanguageChoiceReachTheQuery() {
        search("droni");
        assertTrue(visible(".understood").getText().contains("\u2192"), "translations are shown");
        browser.findElement(By.id("cross")).click();
        wait.until(driver -> driver.getCurrentUrl().contains("cross=false"));
        wait.until(driver -> driver.findElement(By.cssSelector(".understood")).getText().contains("senza traduzione"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lang"))).selectByValue("en");
        wait.until(driver -> driver.getCurrentUrl().contains("lang=en"));
        wait.until(driver -> driver.findElement(By.cssSelector(".understood")).getText().contains("inglese (lingua scelta)"));
    }

    @Test
    void exportLinksDownloadTheCurrentSearch() throws Exception {
        search("Anka");
        String csv = visible(".exports a.export-csv").getAttribute("href");
        String jsonl = visible(".exports a.export-jsonl").getAttribute("href");
        assertTrue(csv.contains("q=Anka") && csv.contains("format=csv"), csv);
        assertTrue(jsonl.contains("q=Anka") && jsonl.contains("format=jsonl"), jsonl);
        var reply = server.client.get(csv.substring(base.length()));
        assertEquals(200, reply.status());
        assertTrue(reply.body().lines().findFirst().orElse("").contains("url"), reply.body());
        assertTrue(reply.body().contains("Anka"));
    }

    @Test
    void malformedQueryShowsTheServersExplanation() {
        search("Erdogan AND");
        WebElement error = visible(".results .error");
        assertEquals("alert", error.getAttribute("role"));
        assertTrue(error.getText().contains("AND"), error.getText());
        assertNotEquals(0, all(".results").size());
    }
}
