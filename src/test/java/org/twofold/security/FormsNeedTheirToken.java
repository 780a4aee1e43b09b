package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.ScreenHttp;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/**
 * Every form on the screens carries its session's token: a post without it, or with another session's,
 * is refused with a page that says to try again, and stores nothing; with its own token it goes through.
 */
class FormsNeedTheirToken extends ApiTest {
    private static final String TRY_AGAIN = "This page was open too long or came from somewhere else. Please try again.";

    private ScreenHttp staff;
    private ScreenHttp otherStaffSession;
    private ScreenHttp tablet;
    private ScreenHttp otherTablet;
    private String conversation;
    private String otherConversation;
    private JsonNode firstStep;

    @BeforeEach
    void sessions() {
        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token);
        assertEquals(201, started.status(), started.toString());
        conversation = started.json().get("id").asText();
        firstStep = started.json().get("step");
        String other = server.newPerson(token, "Sam Other");
        Response otherStarted = server.post("/api/v1/people/" + other + "/conversations", Map.of("dialogue", "getting-out"), token);
        otherConversation = otherStarted.json().get("id").asText();
        staff = new ScreenHttp(server).signIn(TestServer.STAFF, TestServer.PASSWORD);
        otherStaffSession = new ScreenHttp(server).signIn(TestServer.STAFF, TestServer.PASSWORD);
        tablet = new ScreenHttp(server).join(started.json().get("joinUrl").asText());
        otherTablet = new ScreenHttp(server).join(otherStarted.json().get("joinUrl").asText());
    }

    /** Each staff form, with fields that would change something if the form were taken. */
    private Map<String, Map<String, String>> staffForms() {
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put("/staff/people", Map.of("name", "Pat Forged", "preferredName", "Pat", "communicationNeeds", "Pictures."));
        forms.put("/staff/people/" + person + "/settings", Map.of("textSize", "large", "highContrast", "true"));
        forms.put("/staff/people/" + person + "/signs", Map.of("pain", "Holds their arm."));
        forms.put("/staff/people/" + person + "/conversations", Map.of("dialogue", "getting-out", "present", "Sam", "consent", "true"));
        forms.put("/staff/people/" + person + "/try", Map.of("choice", "tea"));
        forms.put("/staff/conversations/" + conversation + "/join-link", Map.of());
        forms.put("/staff/conversations/" + conversation + "/answer", answer());
        forms.put("/staff/conversations/" + conversation + "/place", Map.of("card", "getting-up", "position", "1"));
        forms.put("/staff/conversations/" + conversation + "/comment", Map.of("card", "getting-up", "text", "smiled"));
        forms.put("/staff/conversations/" + conversation + "/practice", Map.of("practice", "true"));
        forms.put("/staff/conversations/" + conversation + "/annotate", Map.of("how", "supported", "note", "Forged note."));
        forms.put("/staff/conversations/" + conversation + "/pause", Map.of());
        forms.put("/staff/conversations/" + conversation + "/resume", Map.of());
        forms.put("/staff/conversations/" + conversation + "/back", Map.of());
        forms.put("/staff/drafts/" + conversation, Map.of("outcome.statement", "I want forged words.", "revision", "0"));
        forms.put("/staff/drafts/" + conversation + "/approve", Map.of("revision", "0"));
        forms.put("/staff/drafts/" + conversation + "/versions", Map.of());
        forms.put("/staff/drafts/" + conversation + "/read-back", Map.of("how", "direct"));
        forms.put("/staff/language/sentence", Map.of("text", "I want to go out."));
        forms.put("/staff/pronunciations", Map.of("word", "Forged", "say", "Forjed"));
        forms.put("/staff/language/check", Map.of("text", "I want to go out."));
        forms.put("/staff/language/symbols", Map.of("text", "the allotment"));
        forms.put("/staff/logout", Map.of());
        return forms;
    }

    private Map<String, Map<String, String>> tabletForms() {
        String page = "/person/conversations/" + conversation;
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put(page + "/answer", answer());
        forms.put(page + "/place", Map.of("node", firstStep.get("node").asText(), "card", "meals", "position", "1"));
        forms.put(page + "/pause", Map.of());
        forms.put(page + "/resume", Map.of());
        forms.put(page + "/back", Map.of());
        forms.put(page + "/agree", Map.of("answer", "yes", "revision", "0"));
        forms.put(page + "/symbols", Map.of("text", "the allotment"));
        return forms;
    }

    private Map<String, String> answer() {
        return Map.of("node", firstStep.get("node").asText(), "choice", firstStep.get("options").get(0).get("id").asText(),
            "answerId", UUID.randomUUID().toString());
    }

    @Test
    void aFormWithoutItsTokenOrWithAnotherSessionsIsRefusedAndStoresNothing() throws SQLException {
        String othersStaffToken = otherStaffSession.tokenOn("/staff");
        String othersTabletToken = otherTablet.tokenOn("/person/conversations/" + otherConversation);
        Map<String, Integer> before = rows();
        List<String> refused = new ArrayList<>();
        staffForms().forEach((action, fields) -> {
            refused.add(refusal(staff.post(action, fields), action + " without a token", TRY_AGAIN));
            refused.add(refusal(staff.post(action, with(fields, othersStaffToken)), action + " with another session's token", TRY_AGAIN));
            refused.add(refusal(staff.post(action, with(fields, "")), action + " with an empty token", TRY_AGAIN));
        });
        tabletForms().forEach((action, fields) -> {
            refused.add(refusal(tablet.post(action, fields), action + " without a token", "This page was open too long."));
            refused.add(refusal(tablet.post(action, with(fields, othersTabletToken)), action + " with another tablet's token",
                "This page was open too long."));
        });
        byte[] voice = "RIFF-not-really-audio".getBytes(StandardCharsets.UTF_8);
        String upload = "/staff/people/" + person + "/recordings?key=" + "text:Hello";
        refused.add(refusal(staff.postBody(upload, "audio/webm", voice, null), "a recording without a token", TRY_AGAIN));
        refused.add(refusal(staff.postBody(upload, "audio/webm", voice, othersStaffToken), "a recording with another's token", TRY_AGAIN));

        assertEquals(before, rows(), "nothing was stored by " + refused.size() + " refused posts");
        assertEquals(200, staff.get("/staff").status(), "the refused sign-out left the session open");
        assertEquals("active", server.get("/api/v1/conversations/" + conversation, token).json().get("status").asText());
    }

    @Test
    void theSignInFormNeedsTheTokenItsPageGave() {
        ScreenHttp someone = new ScreenHttp(server);
        Map<String, String> fields = Map.of("username", TestServer.STAFF, "password", TestServer.PASSWORD);
        refusal(someone.post("/staff/login", fields), "sign-in without a token", TRY_AGAIN);
        ScreenHttp elsewhere = new ScreenHttp(server);
        String theirs = elsewhere.tokenOn("/staff/login");
        someone.tokenOn("/staff/login");
        refusal(someone.post("/staff/login", with(fields, theirs)), "sign-in with another browser's token", TRY_AGAIN);
        assertEquals(303, someone.submit("/staff/login", "/staff/login", fields).status(), "with its own page's token it signs in");
    }

    @Test
    void aFormWithItsOwnTokenGoesThrough() {
        String staffToken = staff.tokenOn("/staff");
        String tabletToken = tablet.tokenOn("/person/conversations/" + conversation);
        staffForms().forEach((action, fields) -> {
            // A new tablet link ends the tablet's session, and signing out the staff one: both go last, below.
            if (!action.equals("/staff/logout") && !action.endsWith("/join-link")) {
                assertNotEquals(403, staff.post(action, with(fields, staffToken)).status(), action);
            }
        });
        tabletForms().forEach((action, fields) -> assertNotEquals(403, tablet.post(action, with(fields, tabletToken)).status(), action));
        assertTrue(server.get("/api/v1/people", token).body().contains("Pat Forged"), "the person was added");
        Response paused = tablet.post("/person/conversations/" + conversation + "/pause", with(Map.of(), tabletToken));
        assertEquals(303, paused.status(), paused.toString());
        assertEquals("paused", server.get("/api/v1/conversations/" + conversation, token).json().get("status").asText());
        byte[] voice = "RIFF-not-really-audio".getBytes(StandardCharsets.UTF_8);
        assertNotEquals(403, staff.postBody("/staff/people/" + person + "/recordings?key=text:Hello", "audio/webm", voice, staffToken).status());
        assertEquals(303, staff.post("/staff/conversations/" + conversation + "/join-link", with(Map.of(), staffToken)).status());
        assertEquals(401, tablet.post("/person/conversations/" + conversation + "/resume", with(Map.of(), tabletToken)).status(),
            "the old tablet link has stopped");
        assertEquals(303, staff.post("/staff/logout", with(Map.of(), staffToken)).status());
        assertEquals(303, staff.get("/staff").status(), "signed out");
    }

    private static Map<String, String> with(Map<String, String> fields, String csrf) {
        Map<String, String> m = new HashMap<>(fields);
        m.put("csrf", csrf);
        return m;
    }

    private static String refusal(Response r, String what, String words) {
        assertEquals(403, r.status(), what + ": " + r);
        assertTrue(r.body().contains(words), what + " says to try again: " + r.body());
        return what;
    }

    /** How many rows every table holds, read straight from the database file. */
    private static Map<String, Integer> rows() throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("twofold.db"));
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    counts.put(table, rs.getInt(1));
                }
            }
        }
        return counts;
    }
}
