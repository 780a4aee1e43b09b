package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

class AJoinLinkOpensOnlyItsConversation extends ApiTest {
    private JsonNode start() {
        Response r = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token);
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    private static String tokenOf(JsonNode started) {
        String url = started.get("joinUrl").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void theJoinTokenAnswersItsOwnConversationAndNothingElse() {
        JsonNode mine = start();
        JsonNode other = start();
        String tablet = tokenOf(mine);
        assertTrue(tablet.length() >= 40, "unguessable");

        String first = mine.get("step").get("node").asText();
        String option = mine.get("step").get("options").get(0).get("id").asText();
        Response answered = server.post("/api/v1/conversations/" + mine.get("id").asText() + "/answers",
            Map.of("node", first, "choice", option), tablet);
        assertEquals(200, answered.status(), answered.toString());

        assertEquals(403, server.get("/api/v1/conversations/" + other.get("id").asText(), tablet).status());
        assertEquals(403, server.get("/api/v1/people/" + person, tablet).status());
        assertEquals(403, server.get("/api/v1/dialogues", tablet).status());
        assertEquals(403, server.post("/api/v1/people", Map.of("name", "Mo"), tablet).status());
    }

    @Test
    void theJoinLinkKeepsItsTokenInAStrictCookieAndOpensThePersonsScreen() {
        JsonNode mine = start();
        Response join = server.get("/join/" + tokenOf(mine), null);
        assertEquals(303, join.status(), join.toString());
        assertEquals("/person/conversations/" + mine.get("id").asText(), join.header("Location"));
        String cookie = join.header("Set-Cookie");
        assertTrue(cookie.startsWith("twofold_tablet=" + tokenOf(mine)) && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);

        Response unknown = server.get("/join/not-a-real-token", null);
        assertEquals(404, unknown.status());
        assertTrue(unknown.contentType().startsWith("text/html") && unknown.body().contains("ask staff for a new one"), unknown.body());
    }

    @Test
    void thePersonsScreenWithoutAJoinLinkIsRefusedKindly() {
        JsonNode mine = start();
        Response page = server.get("/person/conversations/" + mine.get("id").asText(), null);
        assertEquals(401, page.status());
        assertTrue(page.body().contains("Please ask staff for a new link."), page.body());
        assertTrue(!page.body().contains("/staff"), "the tablet is never sent to the staff pages: " + page.body());
    }
}
