package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/**
 * Drives one conversation through the real API, the way a tablet and supporter would:
 * mostly choosing options, sometimes not sure, something else, back or pause.
 */
public final class Walk {
    private static final int CALM_AFTER = 40;

    private final TestServer server;
    private final String token;
    private final Random random;
    public final String conversationId;
    int actions;

    public Walk(TestServer server, String token, String personId, String dialogue, Random random) {
        this.server = server;
        this.token = token;
        this.random = random;
        Response started = server.post("/api/v1/people/" + personId + "/conversations",
            Map.of("dialogue", dialogue, "present", List.of(Map.of("name", "Alex Advocate", "role", "advocate"))), token);
        assertEquals(201, started.status(), started.toString());
        this.conversationId = started.json().get("id").asText();
    }

    /** Picks up an existing conversation. */
    public Walk(TestServer server, String token, String conversationId) {
        this.server = server;
        this.token = token;
        this.random = new Random(0);
        this.conversationId = conversationId;
    }

    /** Always the first option, a rating of 4, and yes at the read-back. */
    public void answerPlainlyToTheEnd() {
        JsonNode step = step();
        while (!step.get("kind").asText().equals("end")) {
            Map<String, Object> answer = answerFirstOption(step);
            if (step.get("kind").asText().equals("confirm")) {
                answer.put("choice", "yes");
            }
            step = ok(server.post(path("/answers"), answer, token));
        }
    }

    public JsonNode step() {
        Response r = server.get("/api/v1/conversations/" + conversationId, token);
        assertEquals(200, r.status(), r.toString());
        return r.json().get("step");
    }

    /** Walks to the end and returns the draft. */
    public JsonNode toTheEnd() {
        JsonNode step = step();
        while (!step.get("kind").asText().equals("end")) {
            step = act(step);
            if (++actions > 400) {
                throw new AssertionError("the walk did not reach an end");
            }
        }
        Response draft = server.get("/api/v1/conversations/" + conversationId + "/draft", token);
        assertEquals(200, draft.status(), draft.toString());
        return draft.json();
    }

    private JsonNode act(JsonNode step) {
        boolean playful = actions < CALM_AFTER;
        int roll = random.nextInt(100);
        if (playful && roll < 6 && step.get("canGoBack").asBoolean()) {
            return ok(server.post(path("/back"), "{}", token));
        }
        if (playful && roll < 10) {
            ok(server.post(path("/pause"), "{}", token));
        }
        String node = step.get("node").asText();
        Map<String, Object> answer = new HashMap<>();
        answer.put("node", node);
        answer.put("answerId", UUID.randomUUID().toString());
        answer.put("how", List.of("direct", "supported", "interpreted").get(random.nextInt(3)));
        String kind = step.get("kind").asText();
        if (playful && roll >= 10 && roll < 18) {
            answer.put("choice", "not-sure");
        } else if (playful && roll >= 18 && roll < 24 && !kind.equals("confirm")) {
            answer.put("choice", "something-else");
            answer.put("text", "go to the allotment with my brother");
        } else if (kind.equals("rating")) {
            answer.put("rating", 1 + random.nextInt(5));
        } else if (kind.equals("confirm")) {
            answer.put("choice", playful && roll < 35 ? "change" : "yes");
        } else {
            JsonNode options = step.get("options");
            answer.put("choice", options.get(random.nextInt(options.size())).get("id").asText());
        }
        return ok(server.post(path("/answers"), answer, token));
    }

    public Map<String, Object> answerFirstOption(JsonNode step) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("node", step.get("node").asText());
        if (step.get("kind").asText().equals("rating")) {
            answer.put("rating", 4);
        } else {
            answer.put("choice", step.get("options").get(0).get("id").asText());
        }
        return answer;
    }

    public String path(String action) {
        return "/api/v1/conversations/" + conversationId + action;
    }

    private static JsonNode ok(Response r) {
        assertEquals(200, r.status(), r.toString());
        return r.json().get("step");
    }
}
