package org.twofold;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) for screen tests, with axe-core.
 * Under CI a missing browser fails the build; on a developer machine without one, the tests are skipped.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    /** The widths every page is checked at: a tablet upright, a tablet on its side, a laptop. */
    public static final int[][] SIZES = {{768, 1024}, {1024, 768}, {1280, 800}};
    /** The current axe-core, fetched by the build (see pom.xml), not the older one bundled with Deque's wrapper. */
    private static final Path AXE = Path.of("target", "axe-core", "package", "axe.min.js");

    /**
     * Put in every page before its own scripts run (through DevTools, so the page's policy does not stop it):
     * notes each Content-Security-Policy violation the browser reports, for {@link #policyViolations()}.
     */
    private static final String WATCH_POLICY = """
        window.__policyViolations = [];
        document.addEventListener('securitypolicyviolation', function (e) {
          window.__policyViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')
            + ' at ' + (e.sourceFile || location.pathname) + ':' + e.lineNumber + (e.sample ? ' (' + e.sample + ')' : ''));
        }, true);""";

    public final ChromeDriver driver;
    private final Path profile;
    private final String axe;
    private List<String> wcagRules;

    private Browser(ChromeDriver driver, Path profile, String axe) {
        this.driver = driver;
        this.profile = profile;
        this.axe = axe;
    }

    public static Browser open() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            String message = "Screen tests need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + ": they are missing on CI.");
            }
            Assumptions.abort(message + ": skipped on this machine.");
        }
        try {
            Path profile = Files.createTempDirectory("twofold-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,800", "--lang=en-GB",
                // A fake microphone, so the supporter's in-browser recording can be tested for real.
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream");
            ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH_POLICY));
            return new Browser(driver, profile, Files.readString(AXE));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every Content-Security-Policy violation the browser has reported on the current page. */
    @SuppressWarnings("unchecked")
    public List<String> policyViolations() {
        Object found = js("return window.__policyViolations || ['the watch for policy violations is not in this page'];");
        return List.copyOf((List<String>) found);
    }

    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        // The window includes browser chrome in some modes: make the viewport exactly this size.
        Long innerW = (Long) js("return window.innerWidth;");
        Long innerH = (Long) js("return window.innerHeight;");
        driver.manage().window().setSize(new Dimension(width + (width - innerW.intValue()), height + (height - innerH.intValue())));
        waitUpTo(15).until(d -> Long.valueOf(width).equals(js("return window.innerWidth;"))
            && Long.valueOf(height).equals(js("return window.innerHeight;")));
    }

    /**
     * Fails if the page is wider than the window. Waits for the layout to settle first: a script
     * may still be fitting the page to a window that has just been resized.
     */
    public void assertNoSidewaysScroll(String what) {
        try {
            waitUpTo(15).until(d -> ((Long) js("return document.documentElement.scrollWidth - window.innerWidth;")) <= 0);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(what + " scrolls sideways at " + js("return window.innerWidth + 'x' + window.innerHeight;"), e);
        }
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void go(String url) {
        driver.get(url);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** A wait that keeps polling while the page is being replaced under it. */
    public WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        // Stale and missing elements, Chromium's "node does not belong to the document" and
        // "execution context was destroyed" all come while a page is being swapped; the next poll sees the new page.
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /**
     * Fails with every WCAG 2.2 A/AA violation axe finds on the current page, at each of the three
     * widths. Every rule tagged for WCAG 2.0-2.2 A or AA runs, the experimental ones too.
     */
    public void assertNoAxeViolations(String page) {
        Long width = (Long) js("return window.innerWidth;");
        Long height = (Long) js("return window.innerHeight;");
        for (int[] size : SIZES) {
            size(size[0], size[1]);
            assertNone(page + " at " + size[0] + "x" + size[1], axe().withOnlyRules(wcagRules()).analyze(driver).getViolations());
        }
        size(width.intValue(), height.intValue());
    }

    /** The person's screens go further than AA: text contrast of at least 7:1 (axe's AAA contrast rule). */
    public void assertEnhancedContrast(String page) {
        assertNone(page, axe().withOnlyRules(List.of("color-contrast-enhanced")).analyze(driver).getViolations());
    }

    private AxeBuilder axe() {
        return new AxeBuilder().setAxeScriptProvider(() -> axe);
    }

    private List<String> wcagRules() {
        if (wcagRules == null) {
            js(axe);
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) js("return axe.getRules(arguments[0]).map(function (r) { return r.ruleId; });", WCAG_22_AA);
            Assertions.assertTrue(ids.contains("label-content-name-mismatch") && ids.contains("target-size"), "axe knows the WCAG 2.2 rules: " + ids);
            wcagRules = List.copyOf(ids);
        }
        return wcagRules;
    }

    private void assertNone(String page, List<Rule> violations) {
        String report = violations.stream()
            .map(r -> r.getId() + ": " + r.getHelp() + " at " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n"));
        Assertions.assertEquals("", report, "axe violations on " + page + " (" + driver.getCurrentUrl() + ")");
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary profile left behind is harmless.
        }
    }
}
