package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.twofold.ApiRoutes;
import org.twofold.ApiRoutes.Route;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

class EveryApiRouteNeedsAToken extends ApiTest {
    static List<Route> routes() {
        return ApiRoutes.needingAToken();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void withoutAValidTokenTheAnswerIs401(Route route) {
        String path = route.path("x", "y");
        for (String bad : new String[] {null, "made-up-token"}) {
            Response r = server.send(route.method(), path, "{}", bad);
            assertEquals(401, r.status(), route + ": " + r);
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
