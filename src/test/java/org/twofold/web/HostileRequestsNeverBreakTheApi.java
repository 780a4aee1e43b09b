package org.twofold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.twofold.ApiRoutes;
import org.twofold.ApiRoutes.Route;
import org.twofold.TestServer;
import org.twofold.web.RawHttp.Answer;
import org.twofold.web.RawHttp.Header;

/**
 * Whatever a client sends to any route of the API (broken or trailing JSON, a field twice, wrong types,
 * the wrong Content-Type, a body too large, odd text, traversal in ids, odd headers), the answer is never
 * a server error; every refusal is JSON {"status","title","detail"}; and a refused request stores nothing.
 */
class HostileRequestsNeverBreakTheApi {
    private static final ObjectMapper JSON = Json.json();
    private static Path data;
    private static TestServer server;
    private static RawHttp http;
    private static String staff;
    private static String admin;
    private static String advocate;
    private static String person;
    private static String conversation;
    private static String tablet;
    private static int accounts;

    @BeforeContainer
    static void startServer() throws IOException {
        data = Files.createTempDirectory("twofold-hostile-api");
        server = TestServer.start(data);
        http = new RawHttp(Integer.parseInt(server.url("").replaceAll(".*:", "")));
        staff = server.login(TestServer.STAFF, TestServer.PASSWORD);
        admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        person = server.newPerson(staff, "Jo Walker");
        JsonNode started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), staff).json();
        conversation = started.get("id").asText();
        String joinUrl = started.get("joinUrl").asText();
        tablet = joinUrl.substring(joinUrl.lastIndexOf('/') + 1);
    }

    @AfterContainer
    static void stopServer() throws IOException {
        server.close();
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<Route> routes() {
        return Arbitraries.of(ApiRoutes.ALL);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.of(person, conversation)),
            net.jqwik.api.Tuple.of(2, Arbitraries.of(Hostile.ODD_IDS)),
            net.jqwik.api.Tuple.of(1, Hostile.oddText().map(Hostile::formEncoded)));
    }

    /** The caller: staff, admin, advocate, the tablet, nobody, or a made-up or malformed Authorization. */
    @Provide
    Arbitrary<String> authorizations() {
        return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.of(staff, admin, advocate, tablet).map(t -> "Bearer " + t)),
            net.jqwik.api.Tuple.of(2, Arbitraries.of("", "Bearer", "Bearer ", "Bearer made-up", "Basic YTpi", "bearer " + staff,
                "Bearer " + "a".repeat(2000), "Bearer \u00ff\u00fe", "Bearer " + staff + " extra")));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just("application/json")),
            net.jqwik.api.Tuple.of(2, Arbitraries.of(Hostile.CONTENT_TYPES)), net.jqwik.api.Tuple.of(1, Arbitraries.just("none")));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Hostile.bodies();
    }

    @Property(tries = 300)
    void anyBodyOnAnyRouteIsAnsweredWithoutAServerError(@ForAll("routes") Route route, @ForAll("ids") String id,
                                                        @ForAll("authorizations") String authorization,
                                                        @ForAll("contentTypes") String contentType, @ForAll("bodies") byte[] body) {
        List<Header> headers = new ArrayList<>();
        // Signing out would end the session the other tries use: that route gets a made-up token.
        String caller = route.path().equals("/api/v1/logout") ? "Bearer made-up" : authorization;
        if (!caller.isEmpty()) {
            headers.add(new Header("Authorization", caller));
        }
        if (!contentType.equals("none")) {
            headers.add(new Header("Content-Type", contentType));
        }
        StoredState before = StoredState.of(data);

        Answer a = http.send(route.method(), route.path(id, id), headers, route.method().equals("GET") ? null : body);

        String what = route + " with id " + abbreviated(id) + ", " + contentType + ", body " + abbreviated(new String(body, StandardCharsets.UTF_8));
        assertAnsweredInJson(a, what);
        if (a.status() >= 400) {
            assertEquals(before, StoredState.of(data), what + " was refused (" + a + ") but something was stored");
        }
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "get", "X-OWN");
    }

    @Provide
    Arbitrary<String> targets() {
        Arbitrary<String> routed = Arbitraries.of(ApiRoutes.ALL).flatMap(r -> ids().map(id -> r.path(id, id)));
        Arbitrary<String> unknown = Arbitraries.of("/api", "/api/", "/api/v1", "/api/v1/", "/api/v2/people", "/api/v1/nothing",
            "/api/v1/people/", "/api/v1//people", "/api/v1/people/./x", "/api/v1/people/../people", "/api/v1/%2e%2e/%2e%2e/pom.xml",
            "/api/v1/people?x=%zz", "/api/v1/people?" + "a=1&".repeat(3000), "/api/v1/people#frag", "/api/v1/people/%",
            "/api/v1/people/%zz", "/api/v1/people;x=1", "/api/v1/PEOPLE", "/api/v1/people/" + "a".repeat(20_000));
        return Arbitraries.oneOf(routed, unknown);
    }

    /** Headers that abuse the server: bad Origin or Host, too many or too large, odd Accept. */
    @Provide
    Arbitrary<List<Header>> abusiveHeaders() {
        Arbitrary<Header> one = Arbitraries.oneOf(
            Arbitraries.of(Hostile.ORIGINS).map(o -> new Header("Origin", o)),
            Arbitraries.of("[::1", "evil.example", "localhost:99999", "", "a b", "localhost:x", "\u00ff", "a".repeat(3000), "[")
                .map(h -> new Header("Host", h)),
            Arbitraries.of("text/html", "*/*", "application/xml", "text/html;q=0.9, application/json;q=0.1", "\u00ff")
                .map(v -> new Header("Accept", v)),
            Arbitraries.of(9_000, 20_000, 70_000).map(n -> new Header("X-Large", "a".repeat(n))),
            Arbitraries.of("Bearer " + "a".repeat(9000), "Bearer \u00ff").map(v -> new Header("Authorization", v)),
            Arbitraries.of("x-forwarded-for", "x-forwarded-host", "forwarded", "x-http-method-override", "cookie")
                .map(n -> new Header(n, "../../\u00ff;\"a=b")));
        Arbitrary<List<Header>> many = Arbitraries.of(200, 1000).map(n -> {
            List<Header> hs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                hs.add(new Header("X-Many-" + i, "v"));
            }
            return hs;
        });
        return Arbitraries.oneOf(one.list().ofMinSize(1).ofMaxSize(3), many);
    }

    @Property(tries = 200)
    void oddPathsMethodsAndHeadersAreAnsweredInJson(@ForAll("methods") String method, @ForAll("targets") String target,
                                                   @ForAll("abusiveHeaders") List<Header> headers,
                                                   @ForAll("authorizations") String authorization) {
        List<Header> all = new ArrayList<>(headers);
        boolean authorized = all.stream().anyMatch(h -> h.name().equalsIgnoreCase("Authorization"));
        if (!authorized && !authorization.isEmpty() && !target.startsWith("/api/v1/logout")) {
            all.add(new Header("Authorization", authorization));
        }
        StoredState before = StoredState.of(data);

        Answer a = http.send(method, target, all, method.equals("GET") ? null : "{}".getBytes(StandardCharsets.UTF_8));

        String what = method + " " + abbreviated(target) + " with " + all.stream().map(h -> h.name() + ": " + abbreviated(h.value())).toList();
        assertAnsweredInJson(a, what);
        if (a.status() >= 400) {
            assertEquals(before, StoredState.of(data), what + " was refused (" + a + ") but something was stored");
        }
    }

    @Provide
    Arbitrary<String> passwords() {
        return Hostile.passwords();
    }

    /** Any password, far beyond bcrypt's 72 bytes included: an account is made with it or refused, and it signs in. */
    @Property(tries = 25)
    void anyPasswordMakesAnAccountOrIsRefusedNeverAServerError(@ForAll("passwords") String password) {
        String username = "hostile-" + accounts++;
        String body = Hostile.objectOf(Map.of("username", username, "password", password, "role", "advocate"));
        Answer made = http.send("POST", "/api/v1/users", List.of(new Header("Authorization", "Bearer " + admin),
            new Header("Content-Type", "application/json")), body.getBytes(StandardCharsets.UTF_8));
        assertAnsweredInJson(made, "an account with the password " + Hostile.jsonString(password));
        if (made.status() != 201) {
            assertEquals(400, made.status(), made.toString());
            return;
        }
        Answer signedIn = http.send("POST", "/api/v1/login", List.of(new Header("Content-Type", "application/json")),
            Hostile.objectOf(Map.of("username", username, "password", password)).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, signedIn.status(), "signing in with " + Hostile.jsonString(password) + ": " + signedIn);
    }

    @Example
    void jettysOwnRefusalsAreJsonToo() {
        assertEquals(414, answerWithJson(http.send("GET", "/api/v1/people/" + "a".repeat(20_000), List.of(), null)));
        assertEquals(431, answerWithJson(http.send("GET", "/api/v1/people", List.of(new Header("X-Large", "a".repeat(20_000))), null)));
        assertEquals(413, answerWithJson(http.send("POST", "/api/v1/people", List.of(new Header("Authorization", "Bearer " + staff),
            new Header("Content-Type", "application/json")), ("{\"name\":\"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8))));
        assertEquals(400, answerWithJson(http.send("GET", "/api/v1/people", List.of(new Header("Host", "[::1")), null)));
        assertEquals(404, answerWithJson(http.send("GET", "/api/v1/no-such-thing", List.of(), null)));
        assertEquals(405, answerWithJson(http.send("DELETE", "/api/v1/people", List.of(new Header("Authorization", "Bearer " + staff)), null)));
    }

    @Example
    void wrongJsonIsRefusedSayingWhatIsWrong() {
        assertRefused(400, "{\"name\":\"Al\"} and more", "application/json", "goes on after");
        assertRefused(400, "{\"name\":\"Al\"}{}", "application/json", "goes on after");
        assertRefused(400, "{\"name\":\"Al\",\"name\":\"Bo\"}", "application/json", "Duplicate field 'name'");
        assertRefused(415, "{\"name\":\"Al\"}", "text/plain", "Content-Type: application/json");
        assertRefused(415, "{\"name\":\"Al\"}", "application/x-www-form-urlencoded", "Content-Type: application/json");
        assertRefused(415, "{\"name\":\"Al\"}", "none", "Content-Type: application/json");
        assertRefused(415, "{\"name\":\"Al\"}", "application/json; charset=utf-16", "UTF-8");
        assertRefused(400, "{\"name\":5}", "application/json", "'name' must be text");
    }

    private static void assertRefused(int status, String body, String contentType, String detailHas) {
        List<Header> headers = new ArrayList<>(List.of(new Header("Authorization", "Bearer " + staff)));
        if (!contentType.equals("none")) {
            headers.add(new Header("Content-Type", contentType));
        }
        StoredState before = StoredState.of(data);
        Answer a = http.send("POST", "/api/v1/people", headers, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(status, answerWithJson(a), body);
        assertTrue(a.text().contains(detailHas), body + ": " + a);
        assertEquals(before, StoredState.of(data), body + ": nothing stored");
    }

    private static int answerWithJson(Answer a) {
        assertAnsweredInJson(a, a.toString());
        return a.status();
    }

    /** Never 5xx; a refusal is JSON with exactly status (the answer's own), title and detail. */
    static void assertAnsweredInJson(Answer a, String what) {
        assertTrue(a.status() < 500, what + " gave " + a);
        if (a.status() < 400) {
            return;
        }
        assertTrue(a.header("Content-Type").startsWith("application/json"), what + " gave " + a);
        JsonNode error;
        try {
            error = JSON.readTree(a.body());
        } catch (IOException e) {
            throw new AssertionError(what + " gave no JSON: " + a, e);
        }
        Set<String> fields = new HashSet<>();
        error.fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("status", "title", "detail"), fields, what + " gave " + a);
        assertEquals(a.status(), error.get("status").asInt(), what + " gave " + a);
        assertTrue(error.get("title").isTextual() && !error.get("title").asText().isBlank(), what + " gave " + a);
        assertTrue(error.get("detail").isTextual() && !error.get("detail").asText().isBlank(), what + " gave " + a);
    }

    static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "... (" + text.length() + " characters)" : text;
    }
}
