package org.twofold.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.twofold.ScreenTest;

/**
 * "Try these settings on a test board" tries the settings as they are in the form, saved or not; the
 * board says which way of choosing is in use, in the settings form's words, and keeps every other
 * unsaved setting when staff switch or choose. The saved settings stay as they were.
 */
class TheTestBoardTriesUnsavedSettings extends ScreenTest {
    private static final List<String> WAYS = List.of("Touch, click or keyboard", "One switch (auto scanning)",
        "Two switches (Space moves, Enter chooses)", "Dwell (rest the pointer)", "Choose when the finger lifts");

    @BeforeEach
    void signIn() {
        signInAsStaff();
    }

    private static String text() {
        return String.valueOf(browser.js("return document.body.innerText;"));
    }

    private static WebElement body() {
        return browser.find("body");
    }

    private static WebElement way(String name) {
        return browser.all("nav[aria-label='Ways of choosing'] a").stream()
            .filter(a -> a.getText().contains(name)).findFirst().orElseThrow();
    }

    private static void assertTrying(String name, String code) {
        assertEquals(code, body().getAttribute("data-access"));
        assertTrue(text().contains("You are trying: " + name), text());
        List<WebElement> links = browser.all("nav[aria-label='Ways of choosing'] a");
        assertEquals(WAYS, links.stream().map(a -> a.getText().replace("✓", "").strip()).toList(), "the settings form's words");
        List<WebElement> current = browser.all("nav[aria-label='Ways of choosing'] a[aria-current=true]");
        assertEquals(1, current.size());
        assertEquals("✓ " + name, current.get(0).getText(), "marked with a tick, not colour alone");
        assertFalse(text().contains("scan-one") || text().contains("scan-two"), "no codes: " + text());
    }

    @Test
    void unsavedSettingsAreTriedSwitchedAndChosenWithWhileTheSavedOnesStay() {
        String someone = server.newPerson(token, "Una Unsaved");
        JsonNode saved = server.get("/api/v1/people/" + someone + "/settings", token).json();
        browser.go(server.url("/staff/people/" + someone));
        browser.find("input[name=access][value=scan-two]").click();
        browser.find("#highContrast").click();
        submit(browser.find("button[formaction$='/try']"));

        assertEquals("/staff/people/" + someone + "/try", browser.currentPath());
        browser.waitUpTo(15).until(d -> !d.getCurrentUrl().contains("csrf"));
        assertTrying("Two switches (Space moves, Enter chooses)", "scan-two");
        assertTrue(body().getAttribute("class").contains("contrast"), "the unsaved high contrast is tried too");
        browser.assertNoAxeViolations("test board with unsaved settings");
        browser.screenshot("test-board-unsaved-settings");
        assertEquals(saved, server.get("/api/v1/people/" + someone + "/settings", token).json(), "nothing was saved");

        submit(way("One switch"));
        assertTrying("One switch (auto scanning)", "scan-one");
        assertTrue(body().getAttribute("class").contains("contrast"), "switching keeps the other unsaved settings");

        submit(way("Touch, click or keyboard"));
        assertTrying("Touch, click or keyboard", "touch");
        submit(browser.find("button.option[value=water]"));
        assertEquals("/staff/people/" + someone + "/try", browser.currentPath(), "choosing redirects to the board");
        assertTrue(browser.find("h1").getText().contains("You chose Water."), browser.find("h1").getText());
        assertTrying("Touch, click or keyboard", "touch");
        assertTrue(body().getAttribute("class").contains("contrast"), "choosing keeps the unsaved settings");
        browser.assertNoAxeViolations("test board after a choice");
        assertEquals(saved, server.get("/api/v1/people/" + someone + "/settings", token).json(), "still nothing saved");
    }

    @Test
    void wrongUnsavedSettingsAreExplainedOnThePersonsPage() {
        String someone = server.newPerson(token, "Wes Wrong");
        JsonNode saved = server.get("/api/v1/people/" + someone + "/settings", token).json();
        browser.go(server.url("/staff/people/" + someone));
        browser.find("input[name=access][value=dwell]").click();
        WebElement hold = browser.find("#holdMillis");
        hold.clear();
        hold.sendKeys("5000");
        submit(browser.find("button[formaction$='/try']"));

        assertRefusedPlainly("test board, refused", 400, 1, "holdMillis", "dwellMillis", "scanMillis");
        assertTrue(browser.find(".problem-summary").getText()
            .contains("Hold time before a touch counts must be a whole number from 0 to 3000."));
        assertEquals("5000", browser.find("#holdMillis").getAttribute("value"));
        assertTrue(browser.find("input[name=access][value=dwell]").isSelected());
        assertEquals(saved, server.get("/api/v1/people/" + someone + "/settings", token).json());
    }
}
