package org.twofold.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

class APersonsDataIsExportedForThem extends ApiTest {
    private static final String WORD = "Plumtavering";

    @Test
    void theExportHoldsTheirOwnWordsAndRecordingsAndIsAudited() throws SQLException {
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        Subject.Held held = new Subject(server, admin).withWordsEverywhere(WORD);

        Response r = server.get("/api/v1/people/" + held.personId() + "/export", admin);
        assertEquals(200, r.status(), r.toString());
        JsonNode export = r.json();
        assertEquals(held.personId(), export.get("person").get("id").asText());
        assertEquals("Rubs " + WORD + " elbow", export.get("person").get("signs").get("pain").asText());
        JsonNode conversation = export.get("conversations").get(0);
        assertEquals(held.conversationId(), conversation.get("id").asText());
        assertTrue(conversation.get("events").findValuesAsText("text").contains("I want " + WORD + " tea every morning"),
            "their own words, as typed");
        assertEquals(1, conversation.get("drafts").size(), "the draft of the finished conversation");
        assertTrue(export.get("spokenTexts").toString().contains(WORD), "the texts spoken to them");
        JsonNode recording = export.get("recordings").get(0);
        assertEquals(held.recordingId(), recording.get("id").asText());
        assertArrayEquals(held.recording(), Base64.getDecoder().decode(recording.get("audioBase64").asText()));
        assertTrue(export.get("audit").findValuesAsText("action").contains("person.create"));
        assertEquals(1, audited("person.export", "person:" + held.personId()));
    }

    @Test
    void staffAndAdvocatesAndOtherServicesGetNoExport() {
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        Response byStaff = server.get("/api/v1/people/" + person + "/export", token);
        assertEquals(403, byStaff.status());
        assertEquals(403, byStaff.json().get("status").asInt());
        assertEquals(403, server.get("/api/v1/people/" + person + "/export", advocate).status());
        Response elsewhere = server.get("/api/v1/people/" + person + "/export", admin);
        assertEquals(404, elsewhere.status(), "another service's person is as if it did not exist");
        assertEquals("Not found", elsewhere.json().get("title").asText());
    }
}
