package org.twofold.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.twofold.ScreenTest;
import org.twofold.conversation.Walk;

/** The draft's wording form, refused: shown again as typed, with what is wrong, and the draft unchanged. */
class ARefusedRewordingChangesNothing extends ScreenTest {
    @Test
    void anEmptyOutcomeAndTooLongAReasonAreShownAgain() {
        Walk walk = new Walk(server, token, person, "getting-out", new Random(3));
        JsonNode before = walk.toTheEnd();
        signInAsStaff();
        browser.go(server.url("/staff/conversations/" + walk.conversationId + "/draft"));
        withoutBrowserChecks();
        WebElement statement = browser.find("#outcome-statement");
        statement.clear();
        statement.sendKeys("   ");
        browser.js("document.querySelector('#outcome-whyItMatters').value = arguments[0];", "w".repeat(2001));
        submit(browser.find("form.draft-editor button[type=submit]"));

        assertRefusedPlainly("draft wording, refused", 400, 2, "whyItMatters", "outcome.statement");
        String summary = browser.find(".problem-summary").getText();
        assertTrue(summary.contains("The outcome must be filled in."), summary);
        assertTrue(summary.contains("Why it matters must be 2000 characters or fewer."), summary);
        assertEquals("   ", browser.find("#outcome-statement").getAttribute("value"));
        assertEquals("w".repeat(2001), browser.find("#outcome-whyItMatters").getAttribute("value"));
        JsonNode after = server.get("/api/v1/conversations/" + walk.conversationId + "/draft", token).json();
        assertEquals(before.get("outcome"), after.get("outcome"), "the draft is unchanged");
        assertEquals(0, after.get("edits").size());
    }
}
