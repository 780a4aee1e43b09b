package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.TestServer;

class AConversationSurvivesARestart {
    @TempDir
    Path data;

    @Test
    void aRestartedServerResumesAtTheSameStepWithEveryAnswer() {
        String conversation;
        JsonNode before;
        String person;
        try (TestServer first = TestServer.start(data)) {
            String token = first.login(TestServer.STAFF, TestServer.PASSWORD);
            person = first.newPerson(token, "Rowan Restart");
            Walk walk = new Walk(first, token, person, "washing-and-dressing", new Random(4));
            conversation = walk.conversationId;
            for (int i = 0; i < 3; i++) {
                assertEquals(200, first.post(walk.path("/answers"), walk.answerFirstOption(walk.step()), token).status());
            }
            before = walk.step();
        }
        try (TestServer second = TestServer.start(data)) {
            String token = second.login(TestServer.STAFF, TestServer.PASSWORD);
            JsonNode after = second.get("/api/v1/conversations/" + conversation, token).json();
            assertEquals(before, after.get("step"));
            assertEquals(3, after.get("step").get("progress").get("answered").asInt());
            assertEquals(person, after.get("personId").asText());
            new Walk(second, token, conversation).answerPlainlyToTheEnd();
            JsonNode draft = second.get("/api/v1/conversations/" + conversation + "/draft", token).json();
            assertEquals("what-first", draft.get("provenance").get(0).get("node").asText(), "answers from before the restart are kept");
        }
    }
}
