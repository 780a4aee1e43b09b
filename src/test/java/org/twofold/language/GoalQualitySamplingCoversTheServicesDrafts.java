package org.twofold.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

class GoalQualitySamplingCoversTheServicesDrafts extends ApiTest {
    /** Walks washing-and-dressing to its end, the person saying what they want in their own words. */
    private static String finishWith(String task) {
        Response started = server.post("/api/v1/people/" + person + "/conversations",
            Map.of("dialogue", "washing-and-dressing", "present", List.of(Map.of("name", "Alex", "role", "advocate"))), token);
        assertEquals(201, started.status(), started.toString());
        String id = started.json().get("id").asText();
        JsonNode step = started.json().get("step");
        while (!step.get("kind").asText().equals("end")) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("node", step.get("node").asText());
            switch (step.get("kind").asText()) {
                case "rating" -> answer.put("rating", 3);
                case "confirm" -> answer.put("choice", "yes");
                default -> {
                    if (step.get("node").asText().equals("what-first")) {
                        answer.put("choice", "something-else");
                        answer.put("text", task);
                    } else {
                        answer.put("choice", step.get("options").get(0).get("id").asText());
                    }
                }
            }
            Response r = server.post("/api/v1/conversations/" + id + "/answers", answer, token);
            assertEquals(200, r.status(), r.toString());
            step = r.json().get("step");
        }
        return server.get("/api/v1/conversations/" + id + "/draft", token).json().get("outcome").get("statement").asText();
    }

    @Test
    void countsEveryCodeAndListsTheWeakestForStaffOfTheServiceOnly() {
        String weak = finishWith("be more independent");
        finishWith("shave");
        Response r = server.get("/api/v1/language/sampling", token);
        assertEquals(200, r.status(), r.toString());
        JsonNode sample = r.json();
        assertEquals(2, sample.get("drafts").asInt(), r.toString());
        for (String code : List.of("staff-voice", "process", "vague", "third-person", "no-why", "too-long")) {
            assertTrue(sample.get("counts").has(code), "every code is counted, zero or not: " + r);
        }
        assertTrue(sample.get("counts").get("vague").asInt() >= 1, r.toString());
        JsonNode first = sample.get("weakest").get(0);
        assertEquals(weak, first.get("statement").asText());
        assertTrue(first.get("codes").toString().contains("vague"), r.toString());
        assertEquals(person, first.get("personId").asText());

        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        JsonNode otherService = server.get("/api/v1/language/sampling", admin).json();
        assertEquals(0, otherService.get("drafts").asInt(), "another service's drafts are not sampled");
    }
}
