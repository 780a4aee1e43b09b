package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.MovingClock;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/**
 * From and To are UK days, both included. A record is opened on 23 November at 9am, on the 24th at 11:30pm and
 * on the 26th at 12:30am (in November UK time is UTC); the server's clock is the test's, so the days are known.
 */
class TheAuditLogIsFilteredByDay {
    @TempDir
    static Path data;
    private static TestServer server;
    private static String admin;
    private static String person;

    @BeforeAll
    static void recordsOpenedOnThreeDays() {
        MovingClock clock = new MovingClock(); // 2026-11-23T09:00:00Z
        server = TestServer.start(data, clock);
        admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        Response created = server.post("/api/v1/people", Map.of("name", "Dee Days"), admin);
        assertEquals(201, created.status(), created.toString());
        person = created.json().get("id").asText();
        server.get("/api/v1/people/" + person, admin);
        clock.forward(Duration.ofHours(38).plusMinutes(30)); // 2026-11-24T23:30Z
        admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        server.get("/api/v1/people/" + person, admin);
        clock.forward(Duration.ofHours(25)); // 2026-11-26T00:30Z
        admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        server.get("/api/v1/people/" + person, admin);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> daysOpened(String query) {
        Response r = server.get("/api/v1/audit?action=person.read" + query, admin);
        assertEquals(200, r.status(), r.toString());
        List<String> out = new ArrayList<>();
        for (JsonNode e : r.json().get("entries")) {
            out.add(e.get("at").asText().substring(0, 10));
        }
        return out;
    }

    @Test
    void withoutDaysEveryEntryShowsNewestFirst() {
        assertEquals(List.of("2026-11-26", "2026-11-24", "2026-11-23"), daysOpened(""));
    }

    @Test
    void fromADayOnwardIncludesThatDay() {
        assertEquals(List.of("2026-11-26", "2026-11-24"), daysOpened("&from=2026-11-24"));
    }

    @Test
    void toADayIncludesTheWholeOfThatDay() {
        assertEquals(List.of("2026-11-24", "2026-11-23"), daysOpened("&to=2026-11-24"));
    }

    @Test
    void fromAndToTheSameDayIsThatDayAlone() {
        assertEquals(List.of("2026-11-24"), daysOpened("&from=2026-11-24&to=2026-11-24"));
        assertEquals(List.of(), daysOpened("&from=2026-11-25&to=2026-11-25"));
    }
}
