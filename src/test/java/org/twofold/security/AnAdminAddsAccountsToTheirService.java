package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

class AnAdminAddsAccountsToTheirService extends ApiTest {
    @Test
    void aNewAdvocateCanSignInAndOnlyAnAdminMayAddThem() {
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        Map<String, String> advocate = Map.of("username", "sky.advocate", "password", "a-long-secret-1", "role", "advocate");

        assertEquals(403, server.post("/api/v1/users", advocate, token).status(), "staff may not add accounts");
        Response created = server.post("/api/v1/users", advocate, admin);
        assertEquals(201, created.status(), created.toString());
        assertEquals("advocate", created.json().get("role").asText());
        assertEquals(409, server.post("/api/v1/users", advocate, admin).status(), "usernames are unique");

        Response login = server.post("/api/v1/login", Map.of("username", "sky.advocate", "password", "a-long-secret-1"), null);
        assertEquals(200, login.status());
        assertEquals("advocate", login.json().get("role").asText());
    }

    @Test
    void weakOrOddAccountsAreRefused() {
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEquals(400, server.post("/api/v1/users", Map.of("username", "x1", "password", "a-long-secret-1", "role", "staff"), admin).status());
        assertEquals(400, server.post("/api/v1/users", Map.of("username", "short.pw", "password", "short", "role", "staff"), admin).status());
        assertEquals(400, server.post("/api/v1/users", Map.of("username", "tablet.user", "password", "a-long-secret-1", "role", "tablet"), admin).status());
    }
}
