package org.twofold.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.ScreenHttp;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;
import org.twofold.conversation.Walk;

/**
 * Communication needs as the Accessible Information Standard asks, on the API and the person's page: bad input is refused
 * with nothing saved, and the needs (or that none are recorded, with where to record them) are flagged at the top of the
 * person's page, their conversations and their drafts.
 */
class CommunicationNeedsAreRecordedAndFlagged extends ApiTest {
    private static Map<String, String> needs(String how) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("howICommunicate", how);
        m.put("howToCommunicateWithMe", "Short sentences & one question at a time");
        m.put("format", "Easy read with pictures");
        m.put("support", "An advocate <b>present</b>");
        m.put("whoCanHelp", "My sister Ann");
        return m;
    }

    @Test
    void theApiKeepsTheFiveNeedsWholeAndRefusesBadOnesSavingNothing() throws SQLException {
        String kim = server.newPerson(token, "Kim Needs");
        JsonNode none = server.get("/api/v1/people/" + kim + "/communication", token).json();
        assertTrue(none.get("howICommunicate").isNull(), none.toString());

        Response saved = server.put("/api/v1/people/" + kim + "/communication", needs("I point and use Makaton"), token);
        assertEquals(200, saved.status(), saved.toString());
        JsonNode read = server.get("/api/v1/people/" + kim + "/communication", token).json();
        needs("I point and use Makaton").forEach((k, v) -> assertEquals(v, read.get(k).asText(), k));
        assertEquals(1, audited("person.communication", "person:" + kim));

        Response tooLong = server.put("/api/v1/people/" + kim + "/communication", needs("x".repeat(1001)), token);
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.json().get("detail").asText().contains("howICommunicate"), tooLong.toString());
        Map<String, Object> unknown = new LinkedHashMap<>(needs("Changed"));
        unknown.put("shoeSize", "9");
        assertEquals(400, server.put("/api/v1/people/" + kim + "/communication", unknown, token).status());
        Map<String, Object> notText = new LinkedHashMap<>(needs("Changed"));
        notText.put("format", Map.of("nested", true));
        assertEquals(400, server.put("/api/v1/people/" + kim + "/communication", notText, token).status());
        assertEquals("I point and use Makaton",
            server.get("/api/v1/people/" + kim + "/communication", token).json().get("howICommunicate").asText(), "nothing half-saved");
    }

    @Test
    void theFormSavesOrRefusesAsTypedAndTheFlagShowsOnEveryPageAboutThePerson() {
        String lee = server.post("/api/v1/people", Map.of("name", "Lee Flagged"), token).json().get("id").asText();
        ScreenHttp staff = new ScreenHttp(server).signIn(TestServer.STAFF, TestServer.PASSWORD);
        String page = staff.get("/staff/people/" + lee).body();
        assertTrue(page.contains("<aside class=\"communication-needs\" aria-labelledby=\"communication-needs-title\">"), page);
        assertTrue(page.contains("Nothing is recorded about how Lee Flagged communicates"), page);
        assertTrue(page.contains("href=\"/staff/people/" + lee + "#communication\""), "the flag links to where to record them");

        Map<String, String> wrong = needs("I sign");
        wrong.put("whoCanHelp", "y".repeat(1001));
        Response refused = staff.submit("/staff/people/" + lee, "/staff/people/" + lee + "/communication", wrong);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("id=\"whoCanHelp-problem\""), "the problem is beside its box");
        assertTrue(refused.body().contains(">I sign</textarea>"), "what was typed is kept: " + refused.body());
        assertTrue(server.get("/api/v1/people/" + lee + "/communication", token).json().get("howICommunicate").isNull(), "nothing saved");

        Response ok = staff.submit("/staff/people/" + lee, "/staff/people/" + lee + "/communication", needs("I sign"));
        assertEquals(303, ok.status(), ok.toString());
        Walk walk = new Walk(server, token, lee, "plans-change", new Random(9));
        String draft = walk.toTheEnd().get("id").asText();
        for (String path : new String[] {"/staff/people/" + lee, "/staff/conversations/" + walk.conversationId, "/staff/drafts/" + draft}) {
            String shown = staff.get(path).body();
            int flag = shown.indexOf("class=\"communication-needs\"");
            assertTrue(flag > 0 && flag < shown.indexOf("</h1>") + 200, path + " flags the needs at the top");
            assertTrue(shown.contains("Short sentences &amp; one question at a time"), path + " shows them, escaped");
            assertTrue(shown.contains("An advocate &lt;b&gt;present&lt;/b&gt;"), path);
        }
        assertTrue(staff.get("/staff/people/" + lee).body().contains("href=\"/staff/drafts/" + draft + "\""),
            "the person's page lists their draft");
    }

    @Test
    void theOlderSingleNoteShowsUntilTheNeedsAreRecorded() {
        Response created = server.post("/api/v1/people", Map.of("name", "Mo Older", "communicationNeeds", "Uses a talker"), token);
        String mo = created.json().get("id").asText();
        ScreenHttp staff = new ScreenHttp(server).signIn(TestServer.STAFF, TestServer.PASSWORD);
        assertTrue(staff.get("/staff/people/" + mo).body().contains("Uses a talker"));
        server.put("/api/v1/people/" + mo + "/communication", Map.of("format", "Large print"), token);
        String after = staff.get("/staff/people/" + mo).body();
        assertTrue(after.contains("Large print"));
        assertFalse(after.contains("Uses a talker"), "the older note gives way to the needs recorded");
        assertEquals("Uses a talker", server.get("/api/v1/people/" + mo, token).json().get("communicationNeeds").asText(),
            "the older note stays readable on the API");
    }
}
