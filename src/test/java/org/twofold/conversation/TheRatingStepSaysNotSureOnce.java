package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.twofold.ScreenTest;

/**
 * The faces of a rating go down to "Not sure at all", so the way past them is "I don't know",
 * not a second "Not sure"; choosing it leaves the rating out of the draft, said in words.
 */
class TheRatingStepSaysNotSureOnce extends ScreenTest {
    @Test
    void theFacesSayHowSureAndIDontKnowLeavesTheRatingOut() {
        String conversation = openOnTablet(server.newPerson(token, "Rae Rating"), "my-medicines");
        Walk walk = new Walk(server, token, conversation);
        JsonNode step = walk.step();
        while (!step.get("kind").asText().equals("rating")) {
            step = server.post(walk.path("/answers"), walk.answerFirstOption(step), token).json().get("step");
        }
        browser.go(server.url("/person/conversations/" + conversation));
        browser.waitUpTo(15).until(d -> !browser.all(".kind-rating .option").isEmpty());
        String text = String.valueOf(browser.js("return document.body.innerText;"));
        Matcher notSure = Pattern.compile("not sure", Pattern.CASE_INSENSITIVE).matcher(text);
        assertTrue(notSure.find() && !notSure.find(), "one 'not sure' on the rating step:\n" + text);
        assertEquals(List.of("Not sure at all", "A bit unsure", "In the middle", "Quite sure", "Very sure"),
            browser.all(".kind-rating .option .label").stream().map(e -> e.getText()).toList());

        browser.find(".secondary button[value=not-sure]").click();
        browser.waitUpTo(15).until(d -> conversation(conversation).get("step").get("progress").get("answered").asInt()
            > 0 && !conversation(conversation).get("step").get("kind").asText().equals("rating"));
        walk.answerPlainlyToTheEnd();
        JsonNode draft = server.get("/api/v1/conversations/" + conversation + "/draft", token).json();
        assertTrue(draft.get("outcome").get("confidence").get("score").isNull(), "the rating is left out");
        assertTrue(draft.get("provenance").findValuesAsText("answer").contains("I don't know"), draft.get("provenance").toString());

        signInAsStaff();
        browser.go(server.url("/staff/conversations/" + conversation + "/draft"));
        assertTrue(browser.find("dl.facts").getText().contains("How sure I feel\nNot given yet"), browser.find("dl.facts").getText());
    }
}
