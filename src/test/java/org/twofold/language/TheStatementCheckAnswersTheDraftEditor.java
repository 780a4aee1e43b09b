package org.twofold.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

class TheStatementCheckAnswersTheDraftEditor extends ApiTest {
    private static Response check(String text) {
        return server.post("/api/v1/language/check", Map.of("text", text), token);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aThirdPersonStatementIsFlaggedWhereItIsAndReworded() {
        String text = "She wants to cook so she feels in control.";
        Response r = check(text);
        assertEquals(200, r.status(), r.toString());
        JsonNode body = r.json();
        assertEquals(List.of("issues", "suggestion"), fieldNames(body));
        assertEquals(1, body.get("issues").size(), r.toString());
        JsonNode issue = body.get("issues").get(0);
        assertEquals(List.of("code", "message", "start", "end"), fieldNames(issue));
        assertEquals("third-person", issue.get("code").asText());
        assertEquals("She", text.substring(issue.get("start").asInt(), issue.get("end").asInt()));
        assertEquals("I want to cook so I feel in control.", body.get("suggestion").asText());
    }

    @Test
    void aGoodStatementHasNoIssuesAndNoSuggestion() {
        JsonNode body = check("I want to make my own breakfast so I feel in control.").json();
        assertEquals(0, body.get("issues").size(), body.toString());
        assertTrue(body.get("suggestion").isNull(), body.toString());
    }

    @Test
    void offsetsPointIntoTheTextAsSentLeadingSpacesIncluded() {
        String text = "   Staff will encourage Mary to take her medication so she can sleep.";
        JsonNode body = check(text).json();
        List<String> codes = new ArrayList<>();
        for (JsonNode issue : body.get("issues")) {
            codes.add(issue.get("code").asText());
            if (issue.get("code").asText().equals("staff-voice")) {
                assertEquals("Staff will encourage", text.substring(issue.get("start").asInt(), issue.get("end").asInt()));
            }
        }
        assertEquals(List.of("staff-voice"), codes, body.toString());
        assertEquals("I will take my medication so I can sleep.", body.get("suggestion").asText().strip());
    }

    @Test
    void aWordingThatWouldStillBeWeakIsNotSuggested() {
        JsonNode body = check("Staff will encourage Mary to take her medication.").json();
        assertEquals(List.of("staff-voice", "no-why"), codes(body), body.toString());
        assertTrue(body.get("suggestion").isNull(), "\"I will take my medication.\" still gives no reason: " + body);
    }

    @Test
    void eachKindOfWeakGoalIsNamed() {
        assertEquals("vague", codes("I want to be more independent so I feel better.").get(0));
        assertTrue(codes("I will attend the day centre three days a week.").contains("process"));
        assertTrue(codes("John will walk to the shop every morning.").containsAll(List.of("third-person", "no-why")));
        assertTrue(codes("I want to go to the shops on Saturday mornings with my friend Jenny so that we choose our food.")
            .contains("too-long"));
    }

    private static List<String> codes(String text) {
        return codes(check(text).json());
    }

    private static List<String> codes(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.get("issues").forEach(i -> out.add(i.get("code").asText()));
        return out;
    }

    @Test
    void badTextIsRefusedWithAClearMessage() {
        Map<String, String> refusals = Map.of(
            "{\"text\":\"\"}", "must not be empty",
            "{\"text\":\"   \"}", "must not be empty",
            "{\"text\":42}", "must be text",
            "{\"text\":[\"I want\"]}", "must be text",
            "{}", "'text' is required",
            "{\"text\":\"I want to cook.\",\"why\":\"x\"}", "not known here",
            "not json", "not valid JSON",
            "{\"text\":\"" + "a".repeat(2001) + "\"}", "at most 2000 characters");
        refusals.forEach((body, words) -> {
            for (String path : List.of("/api/v1/language/check", "/api/v1/language/symbols")) {
                Response r = server.post(path, body, token);
                assertEquals(400, r.status(), path + " " + body + ": " + r);
                assertTrue(r.json().get("detail").asText().contains(words), path + " " + body + ": " + r);
            }
        });
        assertEquals(200, check("a".repeat(2000)).status());
    }

    @Test
    void onlyAccountsMayUseIt() {
        assertEquals(401, server.post("/api/v1/language/check", Map.of("text", "I want to cook."), null).status());
        assertEquals(401, server.post("/api/v1/language/symbols", Map.of("text", "swimming"), "made-up").status());
        assertEquals(401, server.get("/api/v1/language/sampling", null).status());
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        assertEquals(200, server.post("/api/v1/language/check", Map.of("text", "I want to cook."), advocate).status());
        assertEquals(403, server.get("/api/v1/language/sampling", advocate).status());
    }
}
