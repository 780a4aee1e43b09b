package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

/** Not sure, something else, back and pause: the ways out of a two-option question. */
class TheSecondaryChoicesWork extends ApiTest {
    private Walk walk() {
        return new Walk(server, token, person, "washing-and-dressing", new Random(5));
    }

    private JsonNode answer(Walk walk, Map<String, Object> body) {
        Response r = server.post(walk.path("/answers"), body, token);
        assertEquals(200, r.status(), r.toString());
        return r.json().get("step");
    }

    @Test
    void notSureRephrasesTheSameStep() {
        Walk walk = walk();
        JsonNode first = walk.step();
        JsonNode rephrased = answer(walk, Map.of("node", "what-first", "choice", "not-sure"));
        assertEquals("what-first", rephrased.get("node").asText());
        assertTrue(rephrased.get("rephrased").asBoolean());
        assertNotEquals(first.get("prompt"), rephrased.get("prompt"));
    }

    @Test
    void notSureCanOfferAnotherPair() {
        Walk walk = walk();
        answer(walk, Map.of("node", "what-first", "choice", "wash"));
        JsonNode usual = walk.step();
        JsonNode other = answer(walk, Map.of("node", "help-now", "choice", "not-sure"));
        assertNotEquals(usual.get("options"), other.get("options"));
        JsonNode next = answer(walk, Map.of("node", "help-now", "choice", other.get("options").get(0).get("id").asText()));
        assertEquals("when", next.get("node").asText());
    }

    @Test
    void somethingElseKeepsThePersonsOwnWordsVerbatim() {
        Walk walk = walk();
        String words = "shave, like my dad showed me <b>";
        answer(walk, Map.of("node", "what-first", "choice", "something-else", "text", words, "how", "interpreted",
            "note", "Pointed at the mirror and smiled."));
        walk.answerPlainlyToTheEnd();
        JsonNode draft = server.get(walk.path("/draft"), token).json();
        assertTrue(draft.get("outcome").get("statement").asText().contains(words), draft.toString());
        JsonNode said = draft.get("provenance").get(0);
        assertEquals(words, said.get("ownWords").asText());
        assertEquals("interpreted", said.get("how").asText());
        assertEquals("Pointed at the mirror and smiled.", said.get("note").asText());
        assertEquals("Alex Advocate", said.get("present").get(0).get("name").asText());
    }

    @Test
    void backUndoesTheLastAnswer() {
        Walk walk = walk();
        answer(walk, Map.of("node", "what-first", "choice", "dress"));
        JsonNode back = server.post(walk.path("/back"), "{}", token).json().get("step");
        assertEquals("what-first", back.get("node").asText());
        assertFalse(back.get("canGoBack").asBoolean());
        answer(walk, Map.of("node", "what-first", "choice", "wash"));
        walk.answerPlainlyToTheEnd();
        JsonNode draft = server.get(walk.path("/draft"), token).json();
        String statement = draft.get("outcome").get("statement").asText();
        assertTrue(statement.contains("have a wash"), statement);
        assertFalse(statement.contains("get dressed"), statement);
        assertFalse(draft.toString().contains("Get dressed"), "the undone answer is not in the provenance");
    }

    @Test
    void pauseKeepsTheStepAndAnAnswerResumes() {
        Walk walk = walk();
        JsonNode first = walk.step();
        Response paused = server.post(walk.path("/pause"), "{}", token);
        assertEquals("paused", paused.json().get("status").asText());
        assertEquals("paused", server.get(walk.path(""), token).json().get("status").asText());
        assertEquals(first.get("node"), paused.json().get("step").get("node"));
        Response resumed = server.post(walk.path("/resume"), "{}", token);
        assertEquals("active", resumed.json().get("status").asText());
        server.post(walk.path("/pause"), "{}", token);
        answer(walk, walk.answerFirstOption(first));
        assertEquals("active", server.get(walk.path(""), token).json().get("status").asText());
    }

    @Test
    void theConfirmStepReadsTheOutcomeBack() {
        Walk walk = walk();
        JsonNode step = walk.step();
        while (!step.get("kind").asText().equals("confirm")) {
            step = answer(walk, walk.answerFirstOption(step));
        }
        assertTrue(step.get("readBack").asText().startsWith("I want to have a wash"), step.toString());
        JsonNode changed = answer(walk, Map.of("node", step.get("node").asText(), "choice", "change"));
        assertEquals("what-first", changed.get("node").asText());
    }

    @Test
    void theDraftWaitsForTheEnd() {
        Walk walk = walk();
        assertEquals(409, server.get(walk.path("/draft"), token).status());
    }
}
