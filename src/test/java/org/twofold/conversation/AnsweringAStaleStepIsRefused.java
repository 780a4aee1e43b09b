package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

class AnsweringAStaleStepIsRefused extends ApiTest {
    @Test
    void aSecondTabletAnsweringTheOldStepGets409AndChangesNothing() {
        Walk walk = new Walk(server, token, person, "washing-and-dressing", new Random(1));
        JsonNode first = walk.step();
        assertEquals(200, server.post(walk.path("/answers"), walk.answerFirstOption(first), token).status());
        JsonNode second = walk.step();

        Response stale = server.post(walk.path("/answers"), walk.answerFirstOption(first), token);

        assertEquals(409, stale.status());
        assertEquals(409, stale.json().get("status").asInt());
        assertTrue(stale.json().get("detail").asText().contains(second.get("node").asText()), stale.toString());
        assertEquals(second, walk.step(), "the conversation did not move");
    }

    @Test
    void answeringAFinishedConversationIsRefused() {
        Walk walk = new Walk(server, token, person, "washing-and-dressing", new Random(2));
        walk.toTheEnd();
        Response late = server.post(walk.path("/answers"), Map.of("node", "what-first", "choice", "wash"), token);
        assertEquals(409, late.status());
    }
}
