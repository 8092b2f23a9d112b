package br.com.clientela.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run inside the page the browser shows, with the WCAG 2.2 A/AA rules, and the page's sideways overflow.
 * axe.min.js comes from Maven Central inside com.deque.html.axe-core:selenium (test scope, nothing else of it used):
 * never downloaded at test time.
 */
public final class Axe {

    private static final String TAGS = "['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22a','wcag22aa']";
    private static final String SCRIPT = load();

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One failing rule: its id, impact, and each failing element's selector with axe's summary. */
    public record Violation(String rule, String impact, List<String> targets) {

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + String.join("\n      ", targets);
        }
    }

    /** The critical and serious violations of the page as it is now. */
    public static List<Violation> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        Object raw = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: " + TAGS + "}, resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done(JSON.stringify({error: String(e)})); });");
        String json = String.valueOf(raw);
        if (json.startsWith("{")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        JsonArray violations = Json.createReader(new StringReader(json)).readArray();
        return violations.stream().map(JsonObject.class::cast)
                .filter(v -> "critical".equals(v.getString("impact", "")) || "serious".equals(v.getString("impact", "")))
                .map(v -> new Violation(v.getString("id"), v.getString("impact"),
                        v.getJsonArray("nodes").stream().map(JsonObject.class::cast)
                                .map(n -> n.getJsonArray("target").toString() + " — "
                                        + n.getString("failureSummary", "").replace('\n', ' '))
                                .toList()))
                .toList();
    }

    /** How many pixels the page is wider than the window (0 when nothing goes sideways). */
    public static long overflow(WebDriver driver) {
        Object excess = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) excess).longValue();
    }

    /** Lays the page out as a screen this wide and tall (390 × 844 is a phone, 1366 × 768 a laptop). */
    public static void viewport(WebDriver driver, int width, int height) {
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }
}
