package br.com.clientela.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Chromium per test ({@code @RegisterExtension Browser browser = new Browser();}): Debian's
 * chromium and chromium-driver, never a downloaded browser or driver.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private WebDriver driver;
    private Path profile;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and its driver: "
                    + "apt-get install chromium chromium-driver (expected " + CHROMIUM + " and " + CHROMEDRIVER + ")");
        }
        profile = Files.createTempDirectory("clientela-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--lang=pt-BR", "--user-data-dir=" + profile);
        // Files the pages send (PDFs, CSV) land in the profile's downloads folder, without asking.
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", downloads().toString(),
                "download.prompt_for_download", false,
                "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        // The console, so a script the Content-Security-Policy refused fails the test (see afterEach).
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Before every click the element is brought to the middle of the window, as a person looks at what they
        // click: an element just inside the window may sit under the sticky top bar or a note.
        driver = new EventFiringDecorator<WebDriver>(new ScrollBeforeClick(chrome)).decorate(chrome);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        List<String> refused = List.of();
        if (driver != null && context.getExecutionException().isPresent()) {
            keepEvidence(context);
        } else if (driver != null) {
            refused = refusedScripts();
            if (!refused.isEmpty()) {
                keepEvidence(context);
            }
        }
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy refused scripts of a page the test opened: " + refused);
        }
    }

    /**
     * What the console said the Content-Security-Policy refused since the last call (a handler or script without
     * the page's nonce): every browser test checks it is nothing once it ends.
     */
    public List<String> refusedScripts() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
    }

    /** A screenshot and the page source of a failed test, in target/it-work/browser-failures/. */
    private void keepEvidence(ExtensionContext context) throws IOException {
        Path dir = Path.of(System.getProperty("clientela.it.workDir", "target/it-work"), "browser-failures");
        Files.createDirectories(dir);
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
        Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
    }

    /**
     * Brings an element hidden under the sticky top bar or a note to the middle of the window before it is clicked,
     * as a person scrolls to what they click (public: the decorator calls it reflectively).
     */
    public static final class ScrollBeforeClick implements WebDriverListener {

        private final ChromeDriver chrome;

        ScrollBeforeClick(ChromeDriver chrome) {
            this.chrome = chrome;
        }

        @Override
        public void beforeClick(WebElement element) {
            // Only when something else is on top of its middle (or it is out of the window): scrolling the page
            // would close an open overlay (a menu's options) whose item is about to be clicked.
            chrome.executeScript("var e = arguments[0], r = e.getBoundingClientRect();"
                    + " var x = r.left + r.width / 2, y = r.top + r.height / 2;"
                    + " var top = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight ? document.elementFromPoint(x, y) : null;"
                    + " if (!top || !(top === e || e.contains(top))) { e.scrollIntoView({block: 'center', inline: 'nearest'}); }",
                    element);
        }
    }

    /** Where Chromium saves downloads for this test. */
    public Path downloads() {
        return profile.resolve("downloads");
    }

    /** Waits for a finished download whose name ends with {@code suffix} and answers its path. */
    /**
     * The downloaded file once Chromium has finished writing it: Chromium may create the final name before the
     * content lands (a CI run read it empty), so the file counts only when no partial download is left and its
     * size, above zero, holds between two polls.
     */
    public Path awaitDownload(String suffix) {
        long[] lastSize = {-1};
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(200)).until(d -> {
            try (var files = Files.list(Files.createDirectories(downloads()))) {
                List<Path> all = files.toList();
                boolean partial = all.stream().map(f -> f.getFileName().toString())
                        .anyMatch(n -> n.endsWith(".crdownload") || n.startsWith(".com.google.Chrome"));
                Path file = all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                if (file == null || partial) {
                    return null;
                }
                long size = Files.size(file);
                boolean settled = size > 0 && size == lastSize[0];
                lastSize[0] = size;
                return settled ? file : null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the deployed application, e.g. "/login.xhtml" or "/portal/pethotel". */
    public WebDriver open(String path) {
        driver.get(DeployedClientela.baseUrl() + path);
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }
}
