package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.twofold.ScreenTest;

class StaffEditHowWordsAreSaid extends ScreenTest {
    private JsonNode list() {
        return server.get("/api/v1/speech/pronunciations", token).json().get("pronunciations");
    }

    private static void save() {
        submit(browser.find("form[action='/staff/pronunciations'] button[type=submit]"));
    }

    @Test
    void aWordAddedOnTheScreenIsSavedAndBadOnesAreShownAgainAndChangeNothing() {
        signInAsStaff();
        browser.go(server.url("/staff/pronunciations"));
        browser.assertNoAxeViolations("pronunciations");
        browser.find("#word-0").sendKeys("Siobhan");
        browser.find("#say-0").sendKeys("Shiv awn");
        save();
        assertTrue(browser.driver.getCurrentUrl().contains("saved"), browser.driver.getCurrentUrl());
        assertEquals("Shiv awn", list().get(0).get("say").asText());

        browser.find("#word-1").sendKeys("<script>");
        browser.find("#say-1").sendKeys("nothing");
        browser.find("#word-2").sendKeys("siobhan");
        browser.find("#say-2").sendKeys("Shiv awn again");
        save();
        assertRefusedPlainly("pronunciations refused", 400, 2, "pronunciations[", "word-1", "word-2");
        String summary = browser.find(".problem-summary").getText();
        assertTrue(summary.contains("Word 2 can only have letters, numbers, spaces and"), summary);
        assertTrue(summary.contains("Word 3 is already in the list above"), summary);
        assertEquals("<script>", browser.find("#word-1").getAttribute("value"));
        assertEquals("nothing", browser.find("#say-1").getAttribute("value"));
        assertEquals("siobhan", browser.find("#word-2").getAttribute("value"));
        assertEquals("Shiv awn again", browser.find("#say-2").getAttribute("value"));
        assertEquals("Siobhan", browser.find("#word-0").getAttribute("value"));
        assertEquals(1, list().size(), "the saved list is unchanged");
        assertEquals("Siobhan", list().get(0).get("word").asText());
    }
}
