package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.MovingClock;
import org.twofold.TestServer;

class AJoinLinkRunsOut {
    @TempDir
    Path data;

    @Test
    void aDayLaterTheLinkAndItsTabletTokenNoLongerWork() {
        MovingClock clock = new MovingClock();
        try (TestServer server = TestServer.start(data, clock)) {
            String token = server.login(TestServer.STAFF, TestServer.PASSWORD);
            String person = server.newPerson(token, "Eve Expiry");
            JsonNode started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token).json();
            String url = started.get("joinUrl").asText();
            String tablet = url.substring(url.lastIndexOf('/') + 1);
            String conversation = "/api/v1/conversations/" + started.get("id").asText();

            clock.forward(Duration.ofHours(23));
            assertEquals(200, server.get(conversation, tablet).status(), "still open the same day");
            clock.forward(Duration.ofHours(2));
            assertEquals(401, server.get(conversation, tablet).status());
            TestServer.Response ranOut = server.get("/join/" + tablet, null);
            assertEquals(404, ranOut.status());
            assertTrue(ranOut.body().contains("This link has run out."), ranOut.body());
            assertFalse(ranOut.body().contains("/staff"), "the tablet is never sent to the staff pages: " + ranOut.body());
        }
    }
}
