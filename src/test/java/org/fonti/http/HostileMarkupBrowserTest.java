package org.fonti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An article whose every field carries markup or a script URL: the workbench shows it all as text, no handler
 * runs (each would set {@code window.__fontiXss}) and the {@code javascript:} URL never becomes a link.
 */
class HostileMarkupBrowserTest {

    private static final String ARTICLE = """
            title: <img src=x onerror="window.__fontiXss='title'">Porto ostile
            date: 2024-02-02
            url: javascript:window.__fontiXss='url'
            source: <b>Gazzetta</b> del <i>porto</i>
            note: <svg onload="window.__fontiXss='metadata'"></svg>
            lang: it

            Il sindaco di Genova ha detto: "<img src=x onerror=window.__fontiXss='quote'> il porto non chiude mai". \
            La sicurezza del porto è una priorità per la città.
            """;

    private static Path corpus;
    private static TestServer server;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.start();
        browser = chromium.driver;
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        corpus = Files.createTempDirectory("fonti-hostile-corpus");
        Files.writeString(corpus.resolve("hostile.txt"), ARTICLE);
        server = new TestServer(corpus);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
        if (corpus != null) {
            Files.deleteIfExists(corpus.resolve("hostile.txt"));
            Files.deleteIfExists(corpus);
        }
    }

    private static WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void assertNothingRan() {
        assertNull(browser.executeScript("return window.__fontiXss"), "article markup was executed");
        assertEquals(1L, browser.executeScript("return document.scripts.length"));
        assertTrue(browser.findElements(By.cssSelector("main img, main svg, main b, main i")).isEmpty(),
                "article markup became elements");
        assertTrue(browser.findElements(By.cssSelector("a[href^='javascript']")).isEmpty(), "a javascript: link");
    }

    @Test
    void searchResultsShowTheMarkupAsText() {
        browser.get(server.baseUrl() + "/#/search?q=porto");
        WebElement title = visible(".hit h3 a");
        assertTrue(title.getText().startsWith("<img src=x onerror="), title.getText());
        String meta = visible(".hit .meta").getText();
        assertTrue(meta.contains("<b>Gazzetta</b> del <i>porto</i>"), meta);
        assertTrue(meta.contains("javascript:window.__fontiXss='url'"), meta); // shown, not linked
        assertTrue(visible(".passages").getText().contains("<img src=x onerror=window.__fontiXss='quote'>"));
        assertNothingRan();
    }

    @Test
    void documentViewShowsTitleMetadataAndTextAsText() {
        browser.get(server.baseUrl() + "/#/doc/hostile?q=porto");
        wait.until(driver -> visible("h1").getText().contains("Porto ostile"));
        assertTrue(visible("h1").getText().startsWith("<img"));
        assertTrue(visible(".metadata").getText().contains("<svg onload="), visible(".metadata").getText());
        wait.until(driver -> !driver.findElements(By.cssSelector(".doc-text mark")).isEmpty());
        assertTrue(visible(".doc-text").getText().contains("\"<img src=x onerror=window.__fontiXss='quote'>"));
        assertFalse(browser.getTitle().isBlank());
        assertNothingRan();
    }

    @Test
    void quotationsShowTheMarkupAsText() {
        browser.get(server.baseUrl() + "/#/quotes");
        wait.until(driver -> !driver.findElement(By.cssSelector(".results .count")).getText().startsWith("Ricerca"));
        var quotes = browser.findElements(By.cssSelector(".quote-hit blockquote"));
        assertFalse(quotes.isEmpty(), "the quotation tagger should find the mayor's words");
        assertTrue(quotes.get(0).getText().startsWith("«<img src=x onerror="), quotes.get(0).getText());
        assertNothingRan();
    }
}
