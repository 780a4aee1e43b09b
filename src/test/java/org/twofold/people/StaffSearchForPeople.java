package org.twofold.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.ScreenHttp;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/** Staff find people by name or preferred name, whatever the case, on the API and on the list without a script. */
class StaffSearchForPeople extends ApiTest {
    private static List<String> found(String q) {
        List<String> out = new ArrayList<>();
        server.get("/api/v1/people?q=" + q, token).json().forEach(p -> out.add(p.get("name").asText()));
        return out;
    }

    @Test
    void theApiFindsByNameOrPreferredNameWhateverTheCase() {
        server.post("/api/v1/people", Map.of("name", "Margaret Search", "preferredName", "Peggy"), token);
        server.newPerson(token, "Ömer Searchable");
        assertEquals(List.of("Margaret Search"), found("pEgGy"));
        assertEquals(List.of("Margaret Search", "Ömer Searchable"), found("SEARCH"));
        assertEquals(List.of("Ömer Searchable"), found("%C3%B6mer"));
        assertTrue(found("zzz-nobody").isEmpty());
        assertTrue(found("").size() >= 3, "no search lists everyone");
        Response tooLong = server.get("/api/v1/people?q=" + "a".repeat(201), token);
        assertEquals(400, tooLong.status(), tooLong.toString());
    }

    @Test
    void theListSearchesWithoutAScriptAndSaysHowManyItFound() {
        server.post("/api/v1/people", Map.of("name", "Nia Listed", "preferredName", "Bee"), token);
        ScreenHttp staff = new ScreenHttp(server).signIn(TestServer.STAFF, TestServer.PASSWORD);
        String page = staff.get("/staff/people?q=nia").body();
        assertTrue(page.contains("<form method=\"get\" action=\"/staff/people\" role=\"search\""), "a plain GET form");
        assertTrue(page.contains("<p role=\"status\" id=\"people-count\">1 person found for “nia”.</p>"), page);
        assertTrue(page.contains("Nia Listed (Bee)"));
        assertFalse(page.contains("Jo Walker"));
        assertTrue(staff.get("/staff/people?q=%3Cscript%3E").body().contains("Nobody found for “&lt;script&gt;”."), "escaped");
        Response tooLong = staff.get("/staff/people?q=" + "a".repeat(300));
        assertEquals(200, tooLong.status());
        assertTrue(tooLong.body().contains("Search for 200 letters or fewer."));
    }
}
