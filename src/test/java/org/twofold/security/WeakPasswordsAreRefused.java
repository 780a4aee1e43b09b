package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/** Every account's password: 12 characters or more, not the username, not a common one; said plainly when refused. */
class WeakPasswordsAreRefused extends ApiTest {
    private static Response create(String admin, String username, String password) {
        return server.post("/api/v1/users", Map.of("username", username, "password", password, "role", "staff"), admin);
    }

    @Test
    void shortSameAsTheUsernameOrCommonPasswordsAreRefusedAndNothingIsCreated() {
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        Map<String, String> weak = Map.of(
            "1234567890", "12 characters",
            "casey.morgan.staff", "not be the username",
            "Password1234", "too common",
            "qwertyuiopas", "too common",
            "zzzzzzzzzzzzzzzz", "too common");
        weak.forEach((password, why) -> {
            Response r = create(admin, "casey.morgan.staff", password);
            assertEquals(400, r.status(), password + ": " + r);
            assertTrue(r.json().get("detail").asText().contains(why), password + ": " + r);
        });
        assertEquals(401, server.post("/api/v1/login", Map.of("username", "casey.morgan.staff", "password", "1234567890"), null).status(),
            "no account was made");
        assertEquals(201, create(admin, "casey.morgan.staff", "kettle on, biscuits out").status());
    }

    @Test
    void thePolicyCountsCharactersNotBytes() {
        PasswordPolicy policy = PasswordPolicy.load();
        assertFalse(policy.problem("someone", "ŵŷŕđşŧħàŧŧåķ").isPresent(), "12 accented letters are 12 characters");
        assertTrue(policy.problem("someone", "ŵŷŕđşŧħàŧŧå").isPresent());
    }
}
