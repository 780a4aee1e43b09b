package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.twofold.ScreenTest;
import org.twofold.TestServer.Response;

/** "We have stopped for now" and "Carry on" have speakers, as every other screen of the person has. */
class TheStoppedScreenCanBeHeard extends ScreenTest {
    @Test
    void theHeadingAndCarryOnEachPlayTheirWords() {
        String person = server.newPerson(token, "Pat Pause");
        settings(person, Map.of("readAloud", true));
        String conversation = openOnTablet(person, "getting-out");
        assertEquals(200, server.post("/api/v1/conversations/" + conversation + "/pause", "{}", token).status());
        browser.go(server.url("/person/conversations/" + conversation));
        browser.waitUpTo(15).until(d -> String.valueOf(browser.js("return document.title;")).startsWith("Stopped"));

        WebElement heading = browser.find(".prompt-row .speak");
        WebElement carryOn = browser.find(".choice .speak");
        assertEquals("Hear it: We have stopped for now.", heading.getAttribute("aria-label"));
        assertEquals("Hear it: Carry on", carryOn.getAttribute("aria-label"));
        for (WebElement speaker : List.of(heading, carryOn)) {
            Response clip = server.get(speaker.getAttribute("data-audio"), null);
            assertEquals(200, clip.status(), speaker.getAttribute("aria-label"));
            assertTrue(clip.contentType().startsWith("audio/wav"), clip.contentType());
        }
        assertEquals(heading.getAttribute("data-audio"), browser.find("body").getAttribute("data-last-played"),
            "with read aloud on, the heading is read out at once");
        carryOn.click();
        assertEquals(carryOn.getAttribute("data-audio"), browser.find("body").getAttribute("data-last-played"));
        assertEquals("paused", conversation(conversation).get("status").asText(), "hearing it does not carry on");
    }
}
