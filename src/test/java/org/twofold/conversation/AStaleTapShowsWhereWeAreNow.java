package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.twofold.ScreenTest;
import org.twofold.TestServer.Response;

/**
 * A tap for a question the conversation has left is never applied to another step, and never
 * lost without a word: the person sees where we are now, and is told the question moved on.
 * Their own words are kept. With the script and without it.
 */
class AStaleTapShowsWhereWeAreNow extends ScreenTest {
    private static final String MOVED_ON = "That question has moved on. Here is where we are now.";

    private static int answered(String conversation) {
        return conversation(conversation).get("step").get("progress").get("answered").asInt();
    }

    private static void assertCalmAndReadable(String page) {
        browser.assertNoAxeViolations(page);
        browser.assertEnhancedContrast(page);
        for (WebElement el : browser.all("a, button")) {
            if (el.isDisplayed()) {
                assertTrue(el.getRect().getWidth() >= 88 && el.getRect().getHeight() >= 88, page + ": '" + el.getText() + "' is too small");
            }
        }
    }

    @Test
    void aTapFromAnOldStepShowsTheCurrentStepWithANoticeAndRecordsNothing() {
        String conversation = openOnTablet(person, "getting-out");
        String first = shown("node");
        browser.all(".option").get(0).click();
        browser.waitUpTo(15).until(d -> !first.equals(shown("node")));
        String second = shown("node");
        JsonNode before = conversation(conversation).get("lastAnswer");

        browser.js("var old = arguments[0]; document.querySelectorAll('input[name=node]').forEach(function (n) { n.value = old; });", first);
        browser.all(".option").get(1).click();

        browser.waitUpTo(15).until(d -> browser.driver.getCurrentUrl().endsWith("?moved=1") && !browser.all(".moved").isEmpty());
        WebElement notice = browser.find(".moved");
        assertEquals(MOVED_ON, notice.getText());
        assertEquals("status", notice.getAttribute("role"));
        assertEquals(second, shown("node"), "the notice is on the step the conversation is at");
        assertEquals(second, conversation(conversation).get("step").get("node").asText(), "the conversation did not move");
        assertEquals(1, answered(conversation), "nothing was recorded for the old step");
        assertEquals(before, conversation(conversation).get("lastAnswer"));
        assertCalmAndReadable("a stale tap");
        browser.screenshot("stale-tap-moved-on");
    }

    @Test
    void goBackFromAnOldStepUndoesNothing() {
        String conversation = openOnTablet(person, "getting-out");
        String first = shown("node");
        browser.all(".option").get(0).click();
        browser.waitUpTo(15).until(d -> !first.equals(shown("node")));
        String second = shown("node");

        browser.js("document.querySelector(\"form[action$='/back'] input[name=node]\").value = arguments[0];", first);
        browser.find("form[action$='/back'] button").click();

        browser.waitUpTo(15).until(d -> browser.driver.getCurrentUrl().endsWith("?moved=1") && !browser.all(".moved").isEmpty());
        assertEquals(MOVED_ON, browser.find(".moved").getText());
        assertEquals(second, conversation(conversation).get("step").get("node").asText(), "the answer the person did not see still stands");
        assertEquals(1, answered(conversation));

        browser.find("form[action$='/back'] button").click();
        browser.waitUpTo(15).until(d -> first.equals(shown("node")));
        assertEquals(0, answered(conversation), "back from the step on screen still works");
    }

    @Test
    void aSupporterAnswerForAQuestionThatMovedOnIsNotRecordedAndTheyAreTold() {
        signInAsStaff();
        String conversation = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token)
            .json().get("id").asText();
        browser.go(server.url("/staff/conversations/" + conversation));
        String first = conversation(conversation).get("step").get("node").asText();
        String second = answerThroughTheApi(conversation).get("node").asText();
        browser.waitUpTo(15).until(d -> second.equals(shown("node")));

        browser.js("document.querySelector('form[action$=\\'/answer\\'] input[name=node]').value = arguments[0];", first);
        browser.all("form[action$='/answer'] .option").get(0).click();

        browser.waitUpTo(15).until(d -> browser.driver.getCurrentUrl().endsWith("?moved=1"));
        assertTrue(browser.find("[data-tablet-moved]").getText().contains("not recorded"), "the supporter is told");
        assertEquals(1, answered(conversation), "nothing was recorded for the old question");
        browser.assertNoAxeViolations("supporter answer for a question that moved on");
    }

    @Test
    void ownWordsForAQuestionThatMovedOnStayAndAreOfferedTheNewQuestion() {
        String conversation = openOnTablet(person, "getting-out");
        browser.find("a[href$='/something-else']").click();
        browser.waitUpTo(15).until(d -> !browser.all("textarea[name=text]").isEmpty());
        browser.find("textarea[name=text]").sendKeys("Go to the allotment with my cousin");

        String second = answerThroughTheApi(conversation).get("node").asText();

        browser.waitUpTo(15).until(d -> browser.find("[data-moved-notice]").getText().contains("That question has moved on."));
        assertTrue(browser.currentPath().endsWith("/something-else"), "the person is not taken away while writing");
        assertEquals("Go to the allotment with my cousin", browser.find("textarea[name=text]").getAttribute("value"));
        WebElement go = browser.find("[data-moved-notice] a");
        assertEquals("See the new question", go.getText());
        assertCalmAndReadable("own words while the question moved on");
        browser.screenshot("own-words-moved-on");

        go.click();
        browser.waitUpTo(15).until(d -> second.equals(shown("node")));
        browser.find("a[href$='/something-else']").click();
        browser.waitUpTo(15).until(d -> "Go to the allotment with my cousin".equals(browser.find("textarea[name=text]").getAttribute("value")));

        answerThroughTheApi(conversation);
        browser.waitUpTo(15).until(d -> !browser.find("[data-moved-notice]").getText().isEmpty());
        // Pressed in the page, not at a point on the screen: picture suggestions for the words may still be
        // appearing above the button and moving it.
        browser.js("document.querySelector('form.words > button[type=submit]').click();");
        browser.waitUpTo(15).until(d -> browser.driver.getCurrentUrl().endsWith("?moved=1") && !browser.all(".moved").isEmpty());
        assertEquals(MOVED_ON, browser.find(".moved").getText());
        assertEquals(2, answered(conversation), "the words were not put on another question");
        browser.find("a[href$='/something-else']").click();
        browser.waitUpTo(15).until(d -> "Go to the allotment with my cousin".equals(browser.find("textarea[name=text]").getAttribute("value")));
    }

    @Test
    void withoutTheScriptAStaleFormIsSentToTheCurrentStepWithTheNotice() {
        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token);
        String conversation = started.json().get("id").asText();
        String cookie = TabletHttp.cookieFrom(started.json().get("joinUrl").asText());
        JsonNode first = started.json().get("step");
        String option = first.get("options").get(0).get("id").asText();
        String page = "/person/conversations/" + conversation;

        Response answered = TabletHttp.postForm(server, page + "/answer",
            Map.of("node", first.get("node").asText(), "choice", option, "answerId", UUID.randomUUID().toString()), cookie);
        assertEquals(303, answered.status(), answered.toString());
        assertEquals(page, answered.header("Location"));

        Response stale = TabletHttp.postForm(server, page + "/answer",
            Map.of("node", first.get("node").asText(), "choice", option, "answerId", UUID.randomUUID().toString()), cookie);
        assertEquals(303, stale.status(), stale.toString());
        assertEquals(page + "?moved=1", stale.header("Location"));
        assertEquals(1, answered(conversation), "nothing was recorded for the old step");

        Response shown = TabletHttp.get(server, stale.header("Location"), cookie);
        assertEquals(200, shown.status());
        assertTrue(shown.body().contains("role=\"status\"><img src=\"/symbols/plan-change.svg\" alt=\"\"><p>" + MOVED_ON + "</p>"), shown.body());
        assertTrue(!TabletHttp.get(server, page, cookie).body().contains(MOVED_ON), "without the mark there is no notice");
    }
}
