package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/** BCrypt reads only 72 bytes: longer passwords still work, every character of them counts, and none gives a 500. */
class LongPasswordsWorkInFull extends ApiTest {
    private static final String LONG = "correct horse battery staple ".repeat(3) + "and then some more words";
    private static final String LONG_UNICODE = "ŵŷŕđş ŧħàŧ ŧåķē ŧŵő ƀŷŧēş ēàčħ ".repeat(4);

    @Test
    void anAccountWithAPasswordOverSeventyTwoBytesSignsInWithItAndOnlyWithIt() {
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        for (String[] account : new String[][] {{"long.password", LONG}, {"long.unicode", LONG_UNICODE}}) {
            Response created = server.post("/api/v1/users", Map.of("username", account[0], "password", account[1], "role", "staff"), admin);
            assertEquals(201, created.status(), created.toString());
            assertEquals(200, server.post("/api/v1/login", Map.of("username", account[0], "password", account[1]), null).status());
            String lastChanged = account[1].substring(0, account[1].length() - 1) + "!";
            assertEquals(401, server.post("/api/v1/login", Map.of("username", account[0], "password", lastChanged), null).status(),
                "a character past the 72nd byte still counts");
        }
        assertEquals(401, server.post("/api/v1/login", Map.of("username", TestServer.STAFF, "password", LONG), null).status(),
            "a long wrong password is just wrong");
    }

    @Test
    void hashesOfLongPasswordsMatchOnlyThemselves() {
        Passwords passwords = new Passwords();
        String admin = "x".repeat(80);
        String hash = passwords.hash(admin);
        assertTrue(passwords.matches(admin, hash));
        assertFalse(passwords.matches("x".repeat(79) + "y", hash));
        assertTrue(passwords.matches("short-one-here", passwords.hash("short-one-here")), "short passwords hash as before");
    }
}
