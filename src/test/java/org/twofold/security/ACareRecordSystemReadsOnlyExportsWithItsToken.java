package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twofold.ApiClient;
import org.twofold.ApiRoutes;
import org.twofold.ApiRoutes.Route;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;
import org.twofold.conversation.Walk;

/**
 * An admin makes a token for a care-record system of their service: its secret is shown once and never kept or listed.
 * The token reads its own service's drafts' exports (each read audited as done by the token), is refused (403) on every
 * other route, finds another service's draft not there (404), and stops at once when revoked (401).
 */
class ACareRecordSystemReadsOnlyExportsWithItsToken extends ApiTest {
    private static final String NAME = "Home care records";
    private static String admin;
    private static String draft;
    private static String otherServicesDraft;
    private static String tokenId;
    private static String secret;

    @BeforeAll
    static void aDraftInTheAdminsServiceAndAToken() {
        admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        String kim = server.newPerson(admin, "Kim Okafor");
        draft = new Walk(server, admin, kim, "plans-change", new Random(3)).toTheEnd().get("id").asText();
        otherServicesDraft = new Walk(server, token, person, "plans-change", new Random(4)).toTheEnd().get("id").asText();
        Response made = server.post("/api/v1/tokens", Map.of("name", NAME), admin);
        assertEquals(201, made.status(), made.toString());
        JsonNode json = made.json();
        assertEquals(List.of("id", "name", "token", "createdAt"), names(json));
        assertEquals(NAME, json.get("name").asText());
        assertEquals("no-store", made.header("Cache-Control"));
        tokenId = json.get("id").asText();
        secret = json.get("token").asText();
        assertTrue(secret.length() >= 43 + 36, "32 random bytes and the token's id: " + secret);
    }

    static List<Route> exports() {
        return ApiRoutes.READ_BY_CARE_RECORD_TOKENS;
    }

    static List<Route> everyOtherRoute() {
        return ApiRoutes.needingAToken().stream().filter(r -> !ApiRoutes.READ_BY_CARE_RECORD_TOKENS.contains(r)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void theTokenReadsTheExportsOfItsServicesDrafts(Route route) {
        Response r = server.send(route.method(), route.path(draft, "x"), "{}", secret);
        assertEquals(200, r.status(), route + ": " + r);
        assertTrue(r.body().length() > 100 || !route.path().contains("{id}"), "the draft's export: " + r.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOtherRoute")
    void everyOtherRouteRefusesTheToken(Route route) {
        Response r = server.send(route.method(), route.path(draft, "x"), "{}", secret);
        assertEquals(403, r.status(), route + ": " + r);
        assertEquals(403, r.json().get("status").asInt());
        assertTrue(r.json().get("detail").asText().contains("care-record system's token can only read"), r.toString());
    }

    /** The exports of one draft (the pull list names no draft). */
    static List<Route> exportsOfADraft() {
        return exports().stream().filter(r -> r.path().contains("{id}")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exportsOfADraft")
    void anotherServicesDraftIsNotThere(Route route) {
        Response r = server.send(route.method(), route.path(otherServicesDraft, "x"), "{}", secret);
        assertEquals(404, r.status(), route + ": " + r);
        assertFalse(r.body().contains("Jo"), "nothing of the other service's person: " + r);
    }

    @Test
    void eachUseIsAuditedAsDoneByTheTokenAndShownByItsName() throws SQLException {
        assertEquals(200, server.get("/api/v1/drafts/" + draft + "/export.csv", secret).status());
        assertTrue(actors("draft.export.csv", "draft:" + draft).contains("token:" + tokenId));
        assertEquals(List.of("admin"), whoDid("token.create", "token:" + tokenId));
        JsonNode log = server.get("/api/v1/audit?action=draft.export.csv", admin).json().get("entries");
        assertTrue(StreamSupport.stream(log.spliterator(), false).anyMatch(e -> e.get("who").asText().equals("Care-record system: " + NAME)
            && e.get("about").asText().equals("Kim")), log.toString());
        JsonNode made = server.get("/api/v1/audit?action=token.create", admin).json().get("entries");
        assertTrue(StreamSupport.stream(made.spliterator(), false).anyMatch(e -> e.get("about").asText().equals("The care-record token " + NAME)),
            made.toString());
    }

    @Test
    void theListShowsEveryTokenButNeverItsSecret() throws SQLException {
        server.get("/api/v1/drafts/" + draft + "/export.json", secret);
        Response list = server.get("/api/v1/tokens", admin);
        assertEquals(200, list.status(), list.toString());
        String theSecretPart = secret.substring(secret.lastIndexOf('.') + 1);
        assertFalse(list.body().contains(theSecretPart), list.body());
        JsonNode mine = find(list.json().get("tokens"), tokenId);
        assertEquals(List.of("id", "name", "createdAt", "createdBy", "lastUsedAt", "revoked", "revokedAt", "revokedBy"), names(mine));
        assertEquals(NAME, mine.get("name").asText());
        assertEquals(TestServer.ADMIN, mine.get("createdBy").asText());
        assertFalse(mine.get("lastUsedAt").isNull(), "it has been used: " + mine);
        assertFalse(mine.get("revoked").asBoolean());
        try (Connection c = database(); ResultSet rs = c.createStatement().executeQuery("SELECT * FROM care_record_tokens")) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    String value = rs.getString(i);
                    assertTrue(value == null || !value.contains(theSecretPart), "the secret is kept nowhere");
                }
            }
        }
    }

    @Test
    void aRevokedTokenStopsAtOnce() throws SQLException {
        JsonNode made = server.post("/api/v1/tokens", Map.of("name", "Old system"), admin).json();
        String old = made.get("token").asText();
        String id = made.get("id").asText();
        assertEquals(200, server.get("/api/v1/drafts/" + draft + "/export.fhir.json", old).status());
        assertEquals(204, server.send("DELETE", "/api/v1/tokens/" + id, "", admin).status());
        Response refused = server.get("/api/v1/drafts/" + draft + "/export.fhir.json", old);
        assertEquals(401, refused.status(), refused.toString());
        assertTrue(refused.json().get("detail").asText().contains("revoked"), refused.toString());
        assertEquals(204, server.send("DELETE", "/api/v1/tokens/" + id, "", admin).status(), "revoking again changes nothing");
        assertEquals(List.of("admin"), whoDid("token.revoke", "token:" + id), "revoked once, audited once");
        JsonNode listed = find(server.get("/api/v1/tokens", admin).json().get("tokens"), id);
        assertTrue(listed.get("revoked").asBoolean());
        assertEquals(TestServer.ADMIN, listed.get("revokedBy").asText());
        assertEquals(200, server.get("/api/v1/drafts/" + draft + "/export.fhir.json", secret).status(), "the other token still works");
    }

    @Test
    void aTokenThatIsAlmostRightOpensNothing() {
        String id = secret.substring(0, secret.lastIndexOf('.'));
        String secretPart = secret.substring(secret.lastIndexOf('.') + 1);
        String flipped = (secretPart.charAt(0) == 'A' ? "B" : "A") + secretPart.substring(1);
        for (String bad : List.of(id + "." + flipped, id + ".", id, "cr." + secretPart, "cr..", secret + ".x", "cr.no-such-id." + secretPart)) {
            Response r = server.get("/api/v1/drafts/" + draft + "/export.json", bad);
            assertEquals(401, r.status(), bad + ": " + r);
        }
    }

    @Test
    void onlyAnAdminMakesListsOrRevokesTokens() {
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        for (String notAdmin : List.of(token, advocate)) {
            assertEquals(403, server.post("/api/v1/tokens", Map.of("name", "Mine"), notAdmin).status());
            assertEquals(403, server.get("/api/v1/tokens", notAdmin).status());
            assertEquals(403, server.send("DELETE", "/api/v1/tokens/" + tokenId, "", notAdmin).status());
        }
        assertEquals(401, server.post("/api/v1/tokens", Map.of("name", "Mine"), null).status());
        assertEquals(404, server.send("DELETE", "/api/v1/tokens/no-such-token", "", admin).status());
        assertEquals(200, server.get("/api/v1/drafts/" + draft + "/export.json", secret).status(), "still working");
    }

    @Test
    void aNameThatWillNotDoIsRefusedPlainly() {
        for (Object body : List.of(Map.of(), Map.of("name", ""), Map.of("name", "x".repeat(101)), Map.of("name", "A", "role", "admin"),
            Map.of("name", 7), "not json")) {
            Response r = server.post("/api/v1/tokens", body, admin);
            assertEquals(400, r.status(), body + ": " + r);
            assertEquals(400, r.json().get("status").asInt());
        }
    }

    @Test
    void theTokenDoesNotOpenTheStaffScreens() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/staff")))
            .header("Cookie", Sessions.STAFF_COOKIE + "=" + secret).GET().build();
        Response r = ApiClient.exchange(HttpClient.newHttpClient(), request);
        assertEquals(303, r.status(), r.toString());
        assertEquals("/staff/login", r.header("Location"));
    }

    private static JsonNode find(JsonNode tokens, String id) {
        return StreamSupport.stream(tokens.spliterator(), false).filter(t -> t.get("id").asText().equals(id)).findFirst()
            .orElseThrow(() -> new AssertionError("no token " + id + " in " + tokens));
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve("twofold.db"));
    }

    private static List<String> actors(String action, String subject) throws SQLException {
        try (Connection c = database();
             var s = c.prepareStatement("SELECT actor FROM audit_log WHERE action = ? AND subject = ? ORDER BY at")) {
            s.setString(1, action);
            s.setString(2, subject);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /** The usernames of the accounts that did this, from the audit log. */
    private static List<String> whoDid(String action, String subject) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String actor : actors(action, subject)) {
            try (Connection c = database(); var s = c.prepareStatement("SELECT username FROM users WHERE id = ?")) {
                s.setString(1, actor);
                try (ResultSet rs = s.executeQuery()) {
                    out.add(rs.next() ? rs.getString(1) : actor);
                }
            }
        }
        return out;
    }
}
