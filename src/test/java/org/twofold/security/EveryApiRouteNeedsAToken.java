package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

class EveryApiRouteNeedsAToken extends ApiTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /api/v1/dialogues",
        "GET, /api/v1/symbols",
        "POST, /api/v1/people",
        "POST, /api/v1/users",
        "GET, /api/v1/people/x",
        "POST, /api/v1/people/x/conversations",
        "GET, /api/v1/conversations/x",
        "POST, /api/v1/conversations/x/answers",
        "POST, /api/v1/conversations/x/back",
        "POST, /api/v1/conversations/x/pause",
        "POST, /api/v1/conversations/x/resume",
        "GET, /api/v1/conversations/x/draft",
        "POST, /api/v1/speech",
        "POST, /api/v1/conversations/x/speech",
        "GET, /api/v1/speech/pronunciations",
        "POST, /api/v1/people/x/recordings",
        "GET, /api/v1/people/x/recordings",
        "GET, /api/v1/people/x/recordings/y",
        "GET, /api/v1/conversations/x/recordings/y",
    })
    void withoutAValidTokenTheAnswerIs401(String method, String path) {
        for (String bad : new String[] {null, "made-up-token"}) {
            Response r = method.equals("GET") ? server.get(path, bad) : server.post(path, "{}", bad);
            assertEquals(401, r.status(), method + " " + path + ": " + r);
            assertEquals(401, r.json().get("status").asInt());
        }
    }

    @Test
    void signingInNeedsTheRightPassword() {
        assertEquals(401, server.post("/api/v1/login", Map.of("username", TestServer.STAFF, "password", "wrong"), null).status());
        assertEquals(401, server.post("/api/v1/login", Map.of("username", "nobody", "password", "wrong"), null).status());
        assertEquals(400, server.post("/api/v1/login", Map.of("username", TestServer.STAFF), null).status());
        Response ok = server.post("/api/v1/login", Map.of("username", TestServer.STAFF, "password", TestServer.PASSWORD), null);
        assertEquals(200, ok.status());
        assertEquals("staff", ok.json().get("role").asText());
        assertTrue(ok.json().get("token").asText().length() >= 40);
    }

    @Test
    void anAdvocateCannotCreatePeople() {
        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        Response r = server.post("/api/v1/people", Map.of("name", "Kit"), advocate);
        assertEquals(403, r.status(), r.toString());
    }

    @Test
    void peopleOfAnotherServiceAreInvisible() {
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEquals(404, server.get("/api/v1/people/" + person, admin).status(), "the admin's service is another service");
        assertEquals(200, server.get("/api/v1/people/" + person, token).status());
    }
}
