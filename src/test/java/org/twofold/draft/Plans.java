package org.twofold.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/** A draft taken on through the API as staff and the person would: worded, read back, agreed, approved, versioned. */
public final class Plans {
    private final TestServer server;
    private final String staff;

    public Plans(TestServer server, String staff) {
        this.server = server;
        this.staff = staff;
    }

    public Response patch(JsonNode draft, Map<String, Object> body, String who) {
        return server.send("PATCH", "/api/v1/drafts/" + draft.get("id").asText(), body, who);
    }

    /** A read-back link for the draft, and the tablet token in it. */
    public String readBack(JsonNode draft, String how) {
        Response link = server.post("/api/v1/drafts/" + draft.get("id").asText() + "/read-back", Map.of("how", how), staff);
        assertEquals(201, link.status(), link.toString());
        String url = link.json().get("url").asText();
        assertTrue(url.contains("/join/"), url);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    public Response agree(JsonNode draft, String tablet, int revision, String answer) {
        return server.post("/api/v1/drafts/" + draft.get("id").asText() + "/agree", Map.of("revision", revision, "answer", answer), tablet);
    }

    /** Keeps every quoted part as it is, so that nothing waits to be worded. */
    public JsonNode everyPartWorded(JsonNode draft) {
        List<String> waiting = new ArrayList<>();
        draft.get("needsWording").forEach(n -> waiting.add(n.asText()));
        if (waiting.isEmpty()) {
            return draft;
        }
        Response kept = patch(draft, Map.of("revision", draft.get("revision").asInt(), "keep", waiting), staff);
        assertEquals(200, kept.status(), kept.toString());
        assertEquals(0, kept.json().get("needsWording").size());
        return kept.json();
    }

    public JsonNode agreed(JsonNode draft) {
        String tablet = readBack(draft, "direct");
        Response yes = agree(draft, tablet, draft.get("revision").asInt(), "yes");
        assertEquals(200, yes.status(), yes.toString());
        return yes.json();
    }

    public JsonNode approved(JsonNode draft) {
        Response r = server.post("/api/v1/drafts/" + draft.get("id").asText() + "/approve",
            Map.of("revision", draft.get("revision").asInt()), staff);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    public JsonNode newVersion(JsonNode approved) {
        Response r = server.post("/api/v1/drafts/" + approved.get("id").asText() + "/versions", Map.of(), staff);
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    public JsonNode current(JsonNode draft) {
        return server.get("/api/v1/drafts/" + draft.get("id").asText(), staff).json();
    }
}
