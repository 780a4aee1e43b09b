package org.twofold.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.twofold.ScreenTest;
import org.twofold.conversation.Walk;

/** In the staff draft editor the statement is checked as it is typed, and a change keeps the first words. */
class StaffRewordADraftWithLanguageHelp extends ScreenTest {
    @Test
    void aThirdPersonStatementIsFlaggedRewordedAndSavedWithItsHistory() {
        Walk walk = new Walk(server, token, person, "meals-and-home", new Random(9));
        JsonNode draft = walk.toTheEnd();
        String first = draft.get("outcome").get("statement").asText();

        signInAsStaff();
        browser.go(server.url("/staff/conversations/" + walk.conversationId + "/draft"));
        browser.assertNoAxeViolations("draft");
        browser.waitUpTo(15).until(d -> browser.find("[data-issues]").getText().contains("No problems found"));

        WebElement statement = browser.find("#outcome-statement");
        statement.clear();
        statement.sendKeys("She wants to cook so she feels in control");
        browser.waitUpTo(15).until(d -> browser.find("[data-issues]").getText().contains("Use: I want to cook so I feel in control"));
        browser.assertNoAxeViolations("draft with language help");
        browser.find("[data-issues] button").click();
        assertEquals("I want to cook so I feel in control", browser.find("#outcome-statement").getAttribute("value"));
        browser.find("form.draft-editor button[type=submit]").click();
        browser.waitUpTo(10).until(d -> browser.driver.getCurrentUrl().contains("saved"));

        JsonNode saved = server.get("/api/v1/conversations/" + walk.conversationId + "/draft", token).json();
        assertEquals("I want to cook so I feel in control", saved.get("outcome").get("statement").asText());
        JsonNode edit = saved.get("edits").get(0);
        assertEquals(first, edit.get("before").asText());
        assertEquals("outcome.statement", edit.get("field").asText());
        assertTrue(browser.driver.getPageSource().contains("Every change to the wording"), "the change is shown");
    }
}
