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

    @Test
    void aWordAddedOnTheScreenIsSavedAndABadOneChangesNothing() {
        signInAsStaff();
        browser.go(server.url("/staff/pronunciations"));
        browser.assertNoAxeViolations("pronunciations");
        browser.find("#word-0").sendKeys("Siobhan");
        browser.find("#say-0").sendKeys("Shiv awn");
        browser.find("form[action='/staff/pronunciations'] button").click();
        browser.waitUpTo(10).until(d -> browser.driver.getCurrentUrl().contains("saved"));
        assertEquals("Shiv awn", list().get(0).get("say").asText());

        browser.find("#word-1").sendKeys("<script>");
        browser.find("#say-1").sendKeys("nothing");
        browser.find("form[action='/staff/pronunciations'] button").click();
        browser.waitUpTo(10).until(d -> browser.find("h1").getText().contains("not right"));
        browser.assertNoAxeViolations("pronunciations refused");
        assertEquals(1, list().size(), "the saved list is unchanged");
        assertTrue(list().get(0).get("word").asText().equals("Siobhan"));
    }
}
