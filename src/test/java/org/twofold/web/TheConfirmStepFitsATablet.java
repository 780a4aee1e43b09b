package org.twofold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.twofold.ScreenTest;
import org.twofold.TestServer.Response;

/**
 * "Is this right?" with its goal and both answer cards fits a 768x1024 tablet without scrolling,
 * for the confirm step of every shipped dialogue; everything the person told us follows below.
 */
class TheConfirmStepFitsATablet extends ScreenTest {
    private static final String MEASURE = """
        var bottom = function (el) { return el ? el.getBoundingClientRect().bottom : -1; };
        var options = document.querySelectorAll('form.answer .option');
        var readBack = document.querySelector('.read-back');
        return {
          height: window.innerHeight,
          scrolled: window.scrollY,
          prompt: bottom(document.querySelector('h1.prompt')),
          summary: bottom(document.querySelector('.summary')),
          yes: bottom(options[0]),
          change: bottom(options[1]),
          readBack: readBack ? readBack.getBoundingClientRect().top : -1
        };""";

    @ParameterizedTest
    @ValueSource(strings = {"standard", "large"})
    void theQuestionItsGoalAndBothCardsAreInView(String textSize) {
        String someone = server.newPerson(token, "Tia Tablet");
        settings(someone, Map.of("textSize", textSize));
        browser.size(768, 1024);
        List<String> problems = new ArrayList<>();
        for (JsonNode dialogue : server.get("/api/v1/dialogues", token).json()) {
            String id = dialogue.get("id").asText();
            String conversation = openOnTablet(someone, id);
            toTheConfirmStep(conversation, null);
            problems.addAll(outOfView(id, conversation));
            browser.screenshot("confirm-" + id + "-" + textSize + "-768x1024");
        }
        assertEquals("", String.join("\n", problems), "at text size " + textSize);
    }

    @Test
    void aLongGoalIsCutShortAboveTheCardsAndReadInFullBelow() {
        String someone = server.newPerson(token, "Lou Long");
        settings(someone, Map.of("textSize", "large"));
        browser.size(768, 1024);
        String conversation = openOnTablet(someone, "my-medicines");
        toTheConfirmStep(conversation, "go to the chemist on the high street with my sister on a Saturday morning, "
            + "then have a cup of tea and a slice of cake in the cafe next door, and get the bus home together after");
        assertEquals("", String.join("\n", outOfView("a long goal", conversation)));
        String goal = conversation(conversation).get("step").get("readBack").asText();
        assertTrue((Boolean) browser.js("var s = document.querySelector('.summary > span'); return s.scrollHeight > s.clientHeight;"),
            "the goal above the cards is cut short: " + goal);
        assertEquals(goal, browser.find(".read-back .outcome span").getText(), "the goal is read in full below");
        browser.screenshot("confirm-long-goal-large-768x1024");
    }

    @SuppressWarnings("unchecked")
    private static List<String> outOfView(String name, String conversation) {
        browser.go(server.url("/person/conversations/" + conversation));
        Map<String, Number> at = (Map<String, Number>) browser.js(MEASURE);
        double height = at.get("height").doubleValue();
        List<String> problems = new ArrayList<>();
        for (String part : List.of("prompt", "summary", "yes", "change")) {
            double bottom = at.get(part).doubleValue();
            if (bottom < 0 || bottom > height) {
                problems.add(name + ": the " + part + " ends at " + bottom + " of " + height);
            }
        }
        if (at.get("readBack").doubleValue() < at.get("change").doubleValue()) {
            problems.add(name + ": what they told us does not follow the answer cards");
        }
        if (at.get("scrolled").doubleValue() != 0) {
            problems.add(name + ": the page opened scrolled");
        }
        return problems;
    }

    /** Answers with the first option (a rating of 4) up to the confirm step; ownWords, when given, answer the first question. */
    private static void toTheConfirmStep(String conversation, String ownWords) {
        JsonNode step = conversation(conversation).get("step");
        for (int i = 0; i < 40 && !step.get("kind").asText().equals("confirm"); i++) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("node", step.get("node").asText());
            answer.put("answerId", UUID.randomUUID().toString());
            if (i == 0 && ownWords != null) {
                answer.put("choice", "something-else");
                answer.put("text", ownWords);
            } else if (step.get("kind").asText().equals("rating")) {
                answer.put("rating", 4);
            } else {
                answer.put("choice", step.get("options").get(0).get("id").asText());
            }
            Response r = server.post("/api/v1/conversations/" + conversation + "/answers", answer, token);
            assertEquals(200, r.status(), r.toString());
            step = r.json().get("step");
        }
        assertEquals("confirm", step.get("kind").asText());
    }
}
