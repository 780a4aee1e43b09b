package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/**
 * The admin of the "Main service" reads its audit log through the API: only what its own accounts did, filtered
 * by person, by who, by action, a page of 50 at a time, and as CSV that parses and cannot run as a formula.
 * The demo service's staff (ApiTest's) work in another service, whose entries never show.
 */
class AdminsReadTheirServicesAuditLog extends ApiTest {
    static final String STAFF = "audit.staff";
    static final String OTHER_STAFF = "@audit.other";
    static final String ADVOCATE = "audit.advocate";
    static final String SECRET = "a-long-secret-for-audit-1";

    private static String admin;
    private static String staff;
    private static String otherStaff;
    private static String robin;
    private static String kit;

    @BeforeAll
    static void aServiceWithItsOwnPeople() {
        admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        for (String[] account : new String[][] {{STAFF, "staff"}, {OTHER_STAFF, "staff"}, {ADVOCATE, "advocate"}}) {
            Response r = server.post("/api/v1/users", Map.of("username", account[0], "password", SECRET, "role", account[1]), admin);
            assertEquals(201, r.status(), r.toString());
        }
        staff = server.login(STAFF, SECRET);
        otherStaff = server.login(OTHER_STAFF, SECRET);
        robin = created(server.post("/api/v1/people", Map.of("name", "Robin Marsh", "preferredName", "Robs"), staff));
        kit = created(server.post("/api/v1/people", Map.of("name", "=SUM(1+1)", "preferredName", "+44 call me"), otherStaff));
        server.get("/api/v1/people/" + robin, staff);
        server.get("/api/v1/people/" + robin + "/settings", staff);
        server.get("/api/v1/people/" + kit, otherStaff);
        // The demo service, next door: its staff read their own person.
        server.get("/api/v1/people/" + person, token);
    }

    private static String created(Response r) {
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asText();
    }

    private static List<JsonNode> entries(String query) {
        Response r = server.get("/api/v1/audit" + query, admin);
        assertEquals(200, r.status(), r.toString());
        List<JsonNode> out = new ArrayList<>();
        r.json().get("entries").forEach(out::add);
        return out;
    }

    /** Every page of what matches, in order. */
    private static List<JsonNode> allPages(String query) {
        List<JsonNode> out = new ArrayList<>();
        for (int page = 1; ; page++) {
            Response r = server.get("/api/v1/audit" + query + (query.isEmpty() ? "?" : "&") + "page=" + page, admin);
            assertEquals(200, r.status(), r.toString());
            r.json().get("entries").forEach(out::add);
            if (!r.json().get("hasNext").asBoolean()) {
                return out;
            }
        }
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void anAdminSeesTheEntriesOfTheirOwnServiceOnly() {
        List<JsonNode> all = allPages("");
        Set<String> who = new HashSet<>();
        all.forEach(e -> who.add(e.get("who").asText()));
        assertTrue(who.containsAll(Set.of(STAFF, OTHER_STAFF, TestServer.ADMIN)), who.toString());
        assertFalse(who.contains(TestServer.STAFF), "the demo service's staff are another service's: " + who);
        assertTrue(all.stream().noneMatch(e -> e.get("subject").asText().contains(person)), "nothing about the demo service's person");
        assertTrue(all.stream().anyMatch(e -> e.get("action").asText().equals("person.read") && e.get("about").asText().equals("Robs")
            && e.get("what").asText().equals("Opened the person's record") && e.get("who").asText().equals(STAFF)),
            "Robin's record opened by " + STAFF + ", said in words, about the name they like");
        assertTrue(all.stream().anyMatch(e -> e.get("action").asText().equals("person.settings.read")), "reading display settings is audited");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).get("at").asText().compareTo(all.get(i).get("at").asText()) >= 0, "newest first");
        }
        assertFalse(all.stream().anyMatch(e -> e.get("who").asText().matches("[0-9a-f-]{36}")), "who is a username, never an id");
    }

    @Test
    void anotherServicesPeopleFilterToNothing() {
        // The demo service has no admin: its staff may not read even their own service's log.
        assertEquals(403, server.get("/api/v1/audit", token).status());
        assertTrue(entries("?person=" + q(person)).isEmpty(), "a person of another service filters to nothing");
    }

    @Test
    void filteringByPersonShowsOnlyEntriesAboutThem() {
        List<JsonNode> robins = entries("?person=" + q(robin));
        assertTrue(robins.size() >= 3, robins.toString());
        robins.forEach(e -> {
            assertEquals(robin, e.get("personId").asText(), e.toString());
            assertEquals("Robs", e.get("about").asText());
        });
    }

    @Test
    void filteringByWhoShowsOnlyWhatTheyDid() {
        List<JsonNode> theirs = entries("?actor=" + q(OTHER_STAFF));
        assertFalse(theirs.isEmpty());
        theirs.forEach(e -> assertEquals(OTHER_STAFF, e.get("who").asText(), e.toString()));
        assertTrue(theirs.stream().anyMatch(e -> e.get("personId").asText().equals(kit)));
    }

    @Test
    void filteringByActionShowsOnlyThatKind() {
        List<JsonNode> created = entries("?action=person.create");
        created.forEach(e -> assertEquals("person.create", e.get("action").asText(), e.toString()));
        assertTrue(created.stream().map(e -> e.get("personId").asText()).toList().containsAll(List.of(robin, kit)), created.toString());
        List<JsonNode> both = entries("?action=person.read&actor=" + q(STAFF) + "&person=" + q(robin));
        assertFalse(both.isEmpty());
        both.forEach(e -> assertEquals("person.read", e.get("action").asText()));
    }

    @Test
    void theLogComesAPageOfFiftyAtATime() {
        String sam = created(server.post("/api/v1/people", Map.of("name", "Sam Paging"), staff));
        for (int i = 0; i < 60; i++) {
            assertEquals(200, server.get("/api/v1/people/" + sam, staff).status());
        }
        String filter = "?person=" + q(sam) + "&action=person.read";
        Response first = server.get("/api/v1/audit" + filter, admin);
        assertEquals(50, first.json().get("entries").size());
        assertTrue(first.json().get("hasNext").asBoolean());
        Response second = server.get("/api/v1/audit" + filter + "&page=2", admin);
        assertEquals(10, second.json().get("entries").size());
        assertFalse(second.json().get("hasNext").asBoolean());
        assertEquals(2, second.json().get("page").asInt());
        String lastOfFirst = first.json().get("entries").get(49).get("at").asText();
        assertTrue(lastOfFirst.compareTo(second.json().get("entries").get(0).get("at").asText()) >= 0, "page 2 goes on back in time");
        assertEquals(0, server.get("/api/v1/audit" + filter + "&page=3", admin).json().get("entries").size());
    }

    @Test
    void theCsvParsesAndNoCellCanRunAsAFormula() {
        Response r = server.get("/api/v1/audit.csv?actor=" + q(OTHER_STAFF), admin);
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("text/csv"), r.contentType());
        assertTrue(r.contentType().toLowerCase().contains("charset=utf-8"), r.contentType());
        assertTrue(r.header("Content-Disposition").matches("attachment; filename=\"audit-log-\\d{4}-\\d{2}-\\d{2}\\.csv\""),
            r.header("Content-Disposition"));
        assertTrue(r.body().startsWith("\uFEFF"), "UTF-8 with a byte order mark");
        assertTrue(r.body().endsWith("\r\n"), "lines end CRLF");
        List<List<String>> rows = Csv.parse(r.body().substring(1));
        assertEquals(List.of("When (UTC)", "Who", "What", "About", "Action", "Subject", "Person id"), rows.get(0));
        assertTrue(rows.size() > 2, rows.toString());
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(7, row.size(), row.toString());
            assertEquals("'" + OTHER_STAFF, row.get(1), "a username starting with @ is text");
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a cell could run as a formula: " + cell);
            }
        }
        assertTrue(rows.stream().anyMatch(row -> row.get(3).equals("'+44 call me") && row.get(6).equals(kit)), rows.toString());
        List<List<String>> kits = Csv.parse(server.get("/api/v1/audit.csv?action=person.create&person=" + q(kit), admin).body().substring(1));
        assertEquals(2, kits.size(), "the CSV keeps the filter: " + kits);
    }

    @Test
    void staffAndAdvocatesMayNotReadTheLog() {
        String advocate = server.login(ADVOCATE, SECRET);
        for (String caller : new String[] {staff, advocate, token}) {
            for (String path : new String[] {"/api/v1/audit", "/api/v1/audit.csv"}) {
                Response r = server.get(path, caller);
                assertEquals(403, r.status(), path + ": " + r);
                assertEquals(403, r.json().get("status").asInt());
            }
        }
    }

    @Test
    void badFiltersAreRefusedClearly() {
        for (String bad : new String[] {"?from=yesterday", "?to=2026-13-40", "?page=0", "?page=-3", "?page=two",
                                        "?from=2026-11-20&to=2026-11-19"}) {
            for (String path : new String[] {"/api/v1/audit", "/api/v1/audit.csv"}) {
                Response r = server.get(path + bad, admin);
                assertEquals(400, r.status(), path + bad + ": " + r);
                JsonNode body = r.json();
                assertEquals(400, body.get("status").asInt());
                assertTrue(body.get("detail").asText().startsWith("Field '"), "the detail names the field: " + body);
            }
        }
    }

    @Test
    void readingAndExportingTheLogAreAudited() throws Exception {
        int reads = audited("audit.read", "person:" + robin);
        int exports = audited("audit.export", "person:" + robin);
        server.get("/api/v1/audit?person=" + q(robin), admin);
        server.get("/api/v1/audit.csv?person=" + q(robin), admin);
        assertEquals(reads + 1, audited("audit.read", "person:" + robin));
        assertEquals(exports + 1, audited("audit.export", "person:" + robin));
        List<JsonNode> reading = entries("?action=audit.export");
        assertTrue(reading.stream().anyMatch(e -> e.get("who").asText().equals(TestServer.ADMIN) && e.get("about").asText().equals("Robs")
            && e.get("what").asText().equals("Exported the audit log")), reading.toString());
    }

    /** A reader of RFC 4180 CSV, strict: every field quoted or plain, quotes doubled, lines ended CRLF. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            boolean quoted = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i += 2;
                    continue;
                } else if (c == '"' || c == '\n' || c == '\r') {
                    throw new AssertionError("not RFC 4180 at " + i + ": " + text);
                } else {
                    field.append(c);
                }
                i++;
            }
            if (quoted || !field.isEmpty() || !row.isEmpty()) {
                throw new AssertionError("the CSV does not end with a whole line: " + text);
            }
            return rows;
        }
    }
}
