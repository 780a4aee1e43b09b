package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

class ResendingAnAnswerRecordsItOnce extends ApiTest {
    @Test
    void theSameAnswerIdReturnsTheSameResultAndMovesOnce() {
        Walk walk = new Walk(server, token, person, "washing-and-dressing", new Random(3));
        JsonNode first = walk.step();
        Map<String, Object> answer = walk.answerFirstOption(first);
        answer.put("answerId", "tablet-7-answer-1");

        Response sent = server.post(walk.path("/answers"), answer, token);
        Response resent = server.post(walk.path("/answers"), answer, token);

        assertEquals(200, sent.status());
        assertEquals(sent.json(), resent.json());
        JsonNode now = walk.step();
        assertEquals(sent.json().get("step").get("node"), now.get("node"));
        assertEquals(1, now.get("progress").get("answered").asInt(), "one answer counted, not two");
    }
}
