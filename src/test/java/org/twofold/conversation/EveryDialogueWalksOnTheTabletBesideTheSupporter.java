package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.twofold.ScreenTest;

/**
 * Every shipped dialogue, walked on a 768x1024 tablet with the supporter answering some steps
 * from their own view: the tablet is never reloaded by hand, every tap lands on the step it was
 * made on exactly once, and each step shows its question and every answer without scrolling.
 */
class EveryDialogueWalksOnTheTabletBesideTheSupporter extends ScreenTest {
    private static final int MOST_STEPS = 60;

    @Test
    void everyDialogueFromStartToDraft() {
        signInAsStaff();
        browser.size(768, 1024);
        String supporterTab = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        String tabletTab = browser.driver.getWindowHandle();
        Random random = new Random(9);
        for (JsonNode d : server.get("/api/v1/dialogues", token).json()) {
            walk(d.get("id").asText(), supporterTab, tabletTab, random);
        }
    }

    private void walk(String dialogue, String supporterTab, String tabletTab, Random random) {
        browser.driver.switchTo().window(tabletTab);
        String conversation = openOnTablet(person, dialogue);
        browser.driver.switchTo().window(supporterTab);
        browser.go(server.url("/staff/conversations/" + conversation));
        int bySupporter = 0;
        for (int i = 0; i < MOST_STEPS; i++) {
            JsonNode step = conversation(conversation).get("step");
            if (step.get("kind").asText().equals("end")) {
                assertTrue(bySupporter > 0, dialogue + ": the supporter answered some steps");
                assertEquals(200, server.get("/api/v1/conversations/" + conversation + "/draft", token).status());
                return;
            }
            boolean supporterAnswers = i % 3 == 1;
            String tab = supporterAnswers ? supporterTab : tabletTab;
            browser.driver.switchTo().window(tab);
            String node = step.get("node").asText();
            waitForThePageToShow(node, dialogue);
            if (!supporterAnswers) {
                assertQuestionAndAnswersFit(dialogue + " " + node);
            }
            int answered = answers(conversation);
            String label = tap(step, random);
            bySupporter += supporterAnswers ? 1 : 0;
            browser.waitUpTo(15).until(d -> answers(conversation) > answered);
            JsonNode last = server.get("/api/v1/conversations/" + conversation, token).json().get("lastAnswer");
            assertEquals(answered + 1, answers(conversation), dialogue + ": one tap, one answer");
            assertEquals(node, last.get("node").asText(), dialogue + ": the answer landed on the step it was made on");
            if (step.get("kind").asText().equals("choice")) {
                assertEquals(label, last.get("answer").asText(), dialogue + ": the answer is the one tapped");
            }
        }
        throw new AssertionError(dialogue + " did not reach its end in " + MOST_STEPS + " steps");
    }

    /** Taps one answer on whichever screen is in front and gives its words: yes at a read-back, else any. */
    private static String tap(JsonNode step, Random random) {
        List<WebElement> options = browser.all("form .options .option");
        WebElement option;
        if (step.get("kind").asText().equals("confirm")) {
            option = options.stream().filter(o -> "yes".equals(o.getAttribute("value"))).findFirst().orElseThrow();
        } else {
            option = options.get(random.nextInt(options.size()));
        }
        String value = option.getAttribute("value");
        String label = null;
        for (JsonNode o : step.get("options")) {
            if (o.get("id").asText().equals(value)) {
                label = o.get("label").asText();
            }
        }
        option.click();
        return label;
    }

    private static int answers(String conversation) {
        return conversation(conversation).get("step").get("progress").get("answered").asInt();
    }

    /** Waits, without reloading, for the screen in front to show the step the conversation is at. */
    private static void waitForThePageToShow(String node, String dialogue) {
        browser.waitUpTo(15).until(d -> node.equals(browser.js(
            "var n = document.querySelector('form input[name=node]'); return n ? n.value : null;")));
    }

    private static void assertQuestionAndAnswersFit(String where) {
        @SuppressWarnings("unchecked")
        List<Object> outside = (List<Object>) browser.js("""
            var out = [];
            var h = window.innerHeight;
            document.querySelectorAll('#prompt, form.answer .option').forEach(function (el) {
              var r = el.getBoundingClientRect();
              if (r.top < 0 || r.bottom > h) { out.push((el.innerText || el.id) + ' ' + Math.round(r.top) + '-' + Math.round(r.bottom)); }
            });
            return out;""");
        assertTrue(outside.isEmpty(), where + ": not all in view at 768x1024 without scrolling: " + new ArrayList<>(outside));
    }
}
