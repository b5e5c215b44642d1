package org.fonti.http;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's Chromium driven through its own chromedriver (Debian: {@code apt-get install chromium
 * chromium-driver}), headless, with a throw-away profile. Both paths are given explicitly so that Selenium
 * never tries to download a browser or a driver. Without them the browser tests are skipped, unless the
 * environment variable CI is "true": there a missing browser is a broken build, not a reason to skip.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("fonti.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("fonti.chromedriver", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or skips (fails on CI) the calling tests when it is not installed. */
    static HeadlessChromium start() throws IOException {
        requireInstalled();
        Path profile = Files.createTempDirectory("fonti-chromium-profile");
        var options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1400", "--lang=it-IT");
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    private static void requireInstalled() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            System.setProperty("webdriver.chrome.driver", DRIVER.toString());
            return;
        }
        String missing = "the browser tests need Chromium at " + BROWSER + " and chromedriver at " + DRIVER
                + " (Debian: apt-get install chromium chromium-driver; or set -Dfonti.chromium and -Dfonti.chromedriver)";
        if ("true".equals(System.getenv("CI"))) {
            fail(missing + "; CI=true, so a missing browser fails the build");
        }
        assumeTrue(false, missing + "; skipped");
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
