package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.MovingClock;
import org.twofold.ScreenHttp;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/** Ten wrong passwords pause signing in for that account, even with the right one, and say for how long. */
class GuessingPasswordsIsPaused {
    @TempDir
    Path data;

    private static Response login(TestServer server, String username, String password) {
        return server.post("/api/v1/login", Map.of("username", username, "password", password), null);
    }

    @Test
    void tenWrongPasswordsPauseTheAccountForFifteenMinutes() throws Exception {
        MovingClock clock = new MovingClock();
        try (TestServer server = TestServer.start(data, clock)) {
            for (int i = 0; i < 9; i++) {
                assertEquals(401, login(server, TestServer.STAFF, "guess number " + i).status());
            }
            assertEquals(200, login(server, TestServer.STAFF, TestServer.PASSWORD).status(), "nine wrong tries are not yet too many");
            for (int i = 0; i < 10; i++) {
                assertEquals(401, login(server, TestServer.STAFF, "guess number " + i).status());
            }
            Response paused = login(server, TestServer.STAFF, TestServer.PASSWORD);
            assertEquals(429, paused.status(), paused.toString());
            assertTrue(paused.json().get("detail").asText().contains("paused for 15 minutes"), paused.toString());

            Response screen = new ScreenHttp(server).submit("/staff/login", "/staff/login",
                Map.of("username", TestServer.STAFF, "password", TestServer.PASSWORD));
            assertEquals(429, screen.status());
            assertTrue(screen.body().contains("Signing in is paused for 15 minutes"), "the sign-in page says so");

            clock.forward(Duration.ofMinutes(14));
            assertEquals(429, login(server, TestServer.STAFF, TestServer.PASSWORD).status());
            assertEquals(429, login(server, TestServer.ADVOCATE, TestServer.PASSWORD).status(),
                "ten wrong tries from one address pause that address too");
            clock.forward(Duration.ofMinutes(2));
            assertEquals(200, login(server, TestServer.STAFF, TestServer.PASSWORD).status(), "after the pause the right password works");
        }
    }
}
