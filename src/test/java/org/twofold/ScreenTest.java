package org.twofold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.twofold.TestServer.Response;

/** A real server and a real headless Chromium for the tests of screens. */
public abstract class ScreenTest extends ApiTest {
    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Starts a conversation through the API and opens it on the "tablet" by its join link. */
    protected static String openOnTablet(String personId, String dialogue) {
        Response started = server.post("/api/v1/people/" + personId + "/conversations", Map.of("dialogue", dialogue), token);
        JsonNode json = started.json();
        browser.go(json.get("joinUrl").asText());
        return json.get("id").asText();
    }

    protected static void settings(String personId, Map<String, Object> values) {
        Response r = server.put("/api/v1/people/" + personId + "/settings", values, token);
        if (r.status() != 200) {
            throw new AssertionError("settings were refused: " + r);
        }
    }

    protected static JsonNode conversation(String id) {
        return server.get("/api/v1/conversations/" + id, token).json();
    }

    /** What the page in front says it shows: a data- attribute of its body (node, answers, status). */
    protected static String shown(String attribute) {
        // One script call, no element handle: a page being replaced cannot pull the node from under it.
        Object value = browser.js("return document.body ? document.body.getAttribute(arguments[0]) : null;", "data-" + attribute);
        return value == null ? null : value.toString();
    }

    /** Answers the current step with its first option through the API, as staff; gives the step it moved to. */
    protected static JsonNode answerThroughTheApi(String conversation) {
        JsonNode step = conversation(conversation).get("step");
        Response r = server.post("/api/v1/conversations/" + conversation + "/answers",
            Map.of("node", step.get("node").asText(), "choice", step.get("options").get(0).get("id").asText()), token);
        assertEquals(200, r.status(), r.toString());
        return r.json().get("step");
    }

    protected static void signInAsStaff() {
        browser.go(server.url("/staff/login"));
        browser.find("#username").sendKeys(TestServer.STAFF);
        browser.find("#password").sendKeys(TestServer.PASSWORD);
        browser.find("form button[type=submit]").click();
        browser.waitUpTo(10).until(d -> browser.currentPath().equals("/staff"));
    }

    /** Signs in on the sign-in page as the admin (of the admin's own service, not the demo one). */
    protected static void signInAsAdmin() {
        browser.go(server.url("/staff/login"));
        browser.find("#username").sendKeys(TestServer.ADMIN);
        browser.find("#password").sendKeys(TestServer.ADMIN_PASSWORD);
        submit(browser.find("form button[type=submit]"));
    }

    /** Clicks something that sends a form, and waits until the page it leads to has replaced this one. */
    protected static void submit(WebElement button) {
        WebElement old = browser.find("html");
        button.click();
        browser.waitUpTo(15).until(ExpectedConditions.stalenessOf(old));
        browser.waitUpTo(15).until(d -> "complete".equals(browser.js("return document.readyState;")));
    }

    /** The HTTP status of the page now shown. */
    protected static int pageStatus() {
        return ((Number) browser.js("return performance.getEntriesByType('navigation')[0].responseStatus;")).intValue();
    }

    /** Makes the browser send whatever is typed, as a form changed by hand (or an old browser) would. */
    protected static void withoutBrowserChecks() {
        browser.js("document.querySelectorAll('[required],[maxlength]').forEach(function (e) {"
            + " e.removeAttribute('required'); e.removeAttribute('maxlength'); });");
    }

    /**
     * The page shows a refused form GOV.UK style: status 400 (or the given one), "There is a problem" at the top,
     * focused, with a link to each wrong field, whose message is beside it (aria-invalid, aria-describedby);
     * no field names in the words; and no axe violations.
     */
    protected static void assertRefusedPlainly(String page, int status, int problems, String... fieldNames) {
        assertEquals(status, pageStatus(), page + ": status");
        assertTrue(String.valueOf(browser.js("return document.title;")).startsWith("Error: "), page + ": the title says there is an error");
        WebElement summary = browser.find(".problem-summary");
        assertEquals("There is a problem", summary.findElement(By.tagName("h2")).getText());
        browser.waitUpTo(10).until(d -> Boolean.TRUE.equals(browser.js(
            "return document.activeElement === document.querySelector('.problem-summary');")));
        List<WebElement> links = summary.findElements(By.cssSelector("li a"));
        assertEquals(problems, links.size(), page + ": one link a problem: " + summary.getText());
        for (WebElement link : links) {
            String id = link.getAttribute("href").replaceFirst("^[^#]*#", "");
            WebElement field = browser.find("#" + id);
            assertEquals("true", field.getAttribute("aria-invalid"), page + ": " + id + " is marked wrong");
            List<String> described = Arrays.asList(field.getAttribute("aria-describedby").split(" "));
            assertTrue(described.contains(id + "-problem"), page + ": " + id + " is described by its message");
            assertTrue(browser.find("#" + id + "-problem").getText().contains(link.getText()),
                page + ": the message beside " + id + " is the summary's: " + link.getText());
        }
        String text = String.valueOf(browser.js("return document.body.innerText;"));
        assertFalse(text.contains("Field '"), page + ": " + text);
        for (String name : fieldNames) {
            assertFalse(text.contains(name), page + " names the field " + name + ": " + text);
        }
        browser.assertNoAxeViolations(page);
        browser.screenshot("refused-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
    }
}
