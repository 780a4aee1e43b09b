package org.twofold;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    protected static void signInAsStaff() {
        browser.go(server.url("/staff/login"));
        browser.find("#username").sendKeys(TestServer.STAFF);
        browser.find("#password").sendKeys(TestServer.PASSWORD);
        browser.find("form button[type=submit]").click();
        browser.waitUpTo(10).until(d -> browser.currentPath().equals("/staff"));
    }
}
