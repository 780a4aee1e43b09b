package org.twofold.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.twofold.ScreenTest;

/**
 * The people screens' forms, refused: the page comes back with what is wrong in the words on screen,
 * beside each field, with everything typed still there and nothing stored changed.
 */
class ARefusedFormKeepsWhatWasTyped extends ScreenTest {
    private static final String[] SETTINGS_NAMES = {"textSize", "symbolSize", "highContrast", "showLabels", "readAloud",
        "speechRate", "scanMillis", "scanFirstPauseMillis", "dwellMillis", "holdMillis", "scan-two"};

    @BeforeEach
    void signIn() {
        signInAsStaff();
    }

    private static void type(String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }

    private static void setValue(String css, String text) {
        browser.js("document.querySelector(arguments[0]).value = arguments[1];", css, text);
    }

    private static String value(String css) {
        return browser.find(css).getAttribute("value");
    }

    @Test
    void addingAPersonWithNoNameAndTooLongANameTheyLikeToBeCalled() {
        int before = server.get("/api/v1/people", token).json().size();
        browser.go(server.url("/staff"));
        withoutBrowserChecks();
        type("#name", "   ");
        setValue("#preferredName", "P".repeat(201));
        type("#communicationNeeds", "Pictures, please <and> short words");
        submit(browser.find("form[method=post][action='/staff/people'] button[type=submit]"));

        assertRefusedPlainly("add a person, refused", 400, 2, "preferredName", "communicationNeeds");
        String summary = browser.find(".problem-summary").getText();
        assertTrue(summary.contains("Full name must be filled in."), summary);
        assertTrue(summary.contains("What they like to be called must be 200 characters or fewer."), summary);
        assertEquals("   ", value("#name"));
        assertEquals("P".repeat(201), value("#preferredName"));
        assertEquals("Pictures, please <and> short words", value("#communicationNeeds"));
        assertEquals(before, server.get("/api/v1/people", token).json().size(), "nobody was added");

        type("#name", "Sam Second");
        setValue("#preferredName", "Sam");
        submit(browser.find("form[method=post][action='/staff/people'] button[type=submit]"));
        assertTrue(browser.currentPath().startsWith("/staff/people/"), browser.currentPath());
        assertEquals(before + 1, server.get("/api/v1/people", token).json().size(), "the corrected form adds them once");
    }

    @Test
    void settingsWithWrongTimingsAreShownAgainAsTypedAndNotSaved() {
        String someone = server.newPerson(token, "Ria Settings");
        JsonNode saved = server.get("/api/v1/people/" + someone + "/settings", token).json();
        browser.go(server.url("/staff/people/" + someone));
        browser.find("input[name=access][value=scan-two]").click();
        browser.find("#highContrast").click();
        browser.find("#showLabels").click();
        type("#scanMillis", "fast");
        type("#dwellMillis", "50");
        submit(browser.find("form[action$='/settings'] button[type=submit]:not([formaction])"));

        assertRefusedPlainly("settings, refused", 400, 2, SETTINGS_NAMES);
        String summary = browser.find(".problem-summary").getText();
        assertTrue(summary.contains("Scanning: time on each choice must be a whole number from 500 to 10000."), summary);
        assertTrue(summary.contains("Dwell time must be a whole number from 300 to 10000."), summary);
        assertEquals("fast", value("#scanMillis"));
        assertEquals("50", value("#dwellMillis"));
        assertEquals("3000", value("#scanFirstPauseMillis"));
        assertTrue(browser.find("input[name=access][value=scan-two]").isSelected());
        assertTrue(browser.find("#highContrast").isSelected());
        assertFalse(browser.find("#showLabels").isSelected());
        assertEquals(saved, server.get("/api/v1/people/" + someone + "/settings", token).json(), "nothing was saved");

        type("#scanMillis", "2000");
        type("#dwellMillis", "800");
        submit(browser.find("form[action$='/settings'] button[type=submit]:not([formaction])"));
        assertTrue(browser.driver.getCurrentUrl().contains("saved"), browser.driver.getCurrentUrl());
        JsonNode now = server.get("/api/v1/people/" + someone + "/settings", token).json();
        assertEquals("scan-two", now.get("access").asText());
        assertEquals(2000, now.get("scanMillis").asInt());
        assertTrue(now.get("highContrast").asBoolean());
        assertFalse(now.get("showLabels").asBoolean());
    }

    @Test
    void aSignTooLongIsShownAgainWithTheOthersAsTyped() {
        String someone = server.newPerson(token, "Tom Signs");
        browser.go(server.url("/staff/people/" + someone));
        withoutBrowserChecks();
        setValue("#sign-pain", "x".repeat(501));
        type("#sign-refusal", "Shakes his head");
        submit(browser.find("form[action$='/signs'] button[type=submit]"));

        assertRefusedPlainly("signs, refused", 400, 1, "sign-pain", "refusal");
        assertTrue(browser.find(".problem-summary").getText().contains("How they show pain must be 500 characters or fewer."));
        assertEquals("x".repeat(501), value("#sign-pain"));
        assertEquals("Shakes his head", value("#sign-refusal"));
        JsonNode signs = server.get("/api/v1/people/" + someone + "/signs", token).json();
        assertTrue(signs.get("pain").isNull() && signs.get("refusal").isNull(), "nothing was saved: " + signs);
    }
}
