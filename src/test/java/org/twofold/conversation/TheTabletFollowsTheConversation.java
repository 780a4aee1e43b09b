package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import org.twofold.ScreenTest;
import org.twofold.TestServer.Response;

/**
 * The tablet goes where the conversation goes, whoever answers: through the API, in the
 * supporter's view (a second tab of the same browser: the cookies have different paths),
 * or by pausing and carrying on there. Nobody reloads the tablet.
 */
class TheTabletFollowsTheConversation extends ScreenTest {
    @AfterEach
    void oneTabAgain() {
        String first = browser.driver.getWindowHandles().iterator().next();
        for (String handle : browser.driver.getWindowHandles()) {
            if (!handle.equals(first)) {
                browser.driver.switchTo().window(handle).close();
            }
        }
        browser.driver.switchTo().window(first);
    }

    private static void waitForTheTabletToShow(String node) {
        browser.waitUpTo(15).until(d -> node.equals(shown("node"))
            && node.equals(browser.find("form.answer input[name=node]").getAttribute("value")));
    }

    @Test
    void anAnswerThroughTheApiMovesTheTabletOn() {
        String conversation = openOnTablet(person, "getting-out");
        String first = shown("node");

        String next = answerThroughTheApi(conversation).get("node").asText();

        assertNotEquals(first, next);
        waitForTheTabletToShow(next);
        assertEquals("1", shown("answers"));
    }

    @Test
    void withoutEventSourceTheTabletAsksUntilItMovesOn() {
        Map<String, Object> added = browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
            Map.of("source", "delete window.EventSource;"));
        try {
            String conversation = openOnTablet(person, "getting-out");
            assertEquals("undefined", browser.js("return typeof window.EventSource;"), "the page has no EventSource");
            String next = answerThroughTheApi(conversation).get("node").asText();
            waitForTheTabletToShow(next);
            String after = answerThroughTheApi(conversation).get("node").asText();
            waitForTheTabletToShow(after);
            assertEquals("2", shown("answers"));
        } finally {
            browser.driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
        browser.go(server.url("/staff/login"));
        assertEquals("function", browser.js("return typeof window.EventSource;"), "later pages have EventSource again");
    }

    @Test
    void theSupportersViewMovesTheTabletOnPausesItAndCarriesItOn() {
        signInAsStaff();
        String conversation = openOnTablet(person, "getting-out");
        String tablet = browser.driver.getWindowHandle();
        String first = shown("node");

        browser.driver.switchTo().newWindow(WindowType.TAB);
        String supporter = browser.driver.getWindowHandle();
        browser.go(server.url("/staff/conversations/" + conversation));
        browser.find("form[action$='/answer'] .option").click();
        browser.waitUpTo(15).until(d -> conversation(conversation).get("step").get("progress").get("answered").asInt() == 1);
        String second = conversation(conversation).get("step").get("node").asText();
        assertNotEquals(first, second);

        browser.driver.switchTo().window(tablet);
        waitForTheTabletToShow(second);

        browser.driver.switchTo().window(supporter);
        browser.waitUpTo(15).until(d -> "1".equals(shown("answers")));
        browser.find("form[action$='/pause'] button").click();
        browser.waitUpTo(15).until(d -> "paused".equals(shown("status")));
        assertTrue(browser.find("form[action$='/answer']").findElement(org.openqa.selenium.By.xpath("preceding-sibling::p[1]")).getText()
            .equals("Paused on the tablet. Answering here carries on the conversation."), "said plainly, near the answer form");
        browser.assertNoAxeViolations("supporter view, paused");
        browser.screenshot("supporter-paused");

        browser.driver.switchTo().window(tablet);
        browser.waitUpTo(15).until(d -> "paused".equals(shown("status")));
        assertTrue(browser.find("h1").getText().contains("We have stopped for now"));

        browser.driver.switchTo().window(supporter);
        browser.find("form[action$='/answer'] .option").click();
        browser.waitUpTo(15).until(d -> conversation(conversation).get("step").get("progress").get("answered").asInt() == 2);
        String third = conversation(conversation).get("step").get("node").asText();
        assertEquals("active", conversation(conversation).get("status").asText(), "answering while paused carries on");

        browser.driver.switchTo().window(tablet);
        waitForTheTabletToShow(third);
        assertEquals("active", shown("status"));
    }

    @Test
    void theSupporterWhoIsTypingIsToldRatherThanReloaded() {
        signInAsStaff();
        String conversation = openOnTablet(person, "getting-out");
        browser.go(server.url("/staff/conversations/" + conversation));
        browser.find("#note").sendKeys("Looked at the card for a long time");

        answerThroughTheApi(conversation);

        browser.waitUpTo(15).until(d -> browser.find("[data-tablet-moved]").getText().equals("The tablet has moved on to a new question."));
        assertTrue(browser.find("[data-tablet-moved]").isDisplayed());
        assertEquals("Looked at the card for a long time", browser.find("#note").getAttribute("value"), "their words stay");
        browser.assertNoAxeViolations("supporter told the tablet moved on");
    }
}
