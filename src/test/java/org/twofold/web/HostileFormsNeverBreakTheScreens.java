package org.twofold.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.twofold.TestServer;
import org.twofold.web.RawHttp.Answer;
import org.twofold.web.RawHttp.Header;

/**
 * Whatever is posted to a screen's form (odd text, broken %-escapes, fields twice, huge values, the wrong
 * Content-Type, a broken multipart body, an odd Origin), the answer is never a server error; a refusal is a
 * page in plain words (HTML, never a field's name); and a refused form stores nothing.
 */
class HostileFormsNeverBreakTheScreens {
    private static Path data;
    private static TestServer server;
    private static RawHttp http;
    private static String person;
    private static String conversation;
    private static String staffCookie;
    private static String tabletCookie;
    /** The forms' tokens of those two sessions: most hostile forms carry the right one, so they reach the route. */
    private static String staffToken;
    private static String tabletToken;

    /** The screens' forms and pages: method, path, and who sends it ("staff", "tablet" or "nobody"). */
    record Screen(String method, String path, String who) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Screen> SCREENS = List.of(
        new Screen("POST", "/staff/login", "nobody"),
        new Screen("POST", "/staff/people", "staff"),
        new Screen("GET", "/staff/people/{id}", "staff"),
        new Screen("POST", "/staff/people/{id}/settings", "staff"),
        new Screen("POST", "/staff/people/{id}/signs", "staff"),
        new Screen("GET", "/staff/people/{id}/try", "staff"),
        new Screen("POST", "/staff/people/{id}/try", "staff"),
        new Screen("POST", "/staff/people/{id}/conversations", "staff"),
        new Screen("POST", "/staff/people/{id}/recordings", "staff"),
        new Screen("GET", "/staff/conversations/{conversation}", "staff"),
        new Screen("POST", "/staff/conversations/{conversation}/answer", "staff"),
        new Screen("POST", "/staff/conversations/{conversation}/annotate", "staff"),
        new Screen("POST", "/staff/conversations/{conversation}/place", "staff"),
        new Screen("POST", "/staff/conversations/{conversation}/comment", "staff"),
        new Screen("POST", "/staff/conversations/{conversation}/practice", "staff"),
        new Screen("POST", "/staff/conversations/{conversation}/back", "staff"),
        new Screen("POST", "/staff/conversations/{conversation}/pause", "staff"),
        new Screen("POST", "/staff/conversations/{conversation}/resume", "staff"),
        new Screen("GET", "/staff/conversations/{conversation}/draft", "staff"),
        new Screen("GET", "/staff/drafts/{conversation}", "staff"),
        new Screen("POST", "/staff/drafts/{conversation}", "staff"),
        new Screen("POST", "/staff/drafts/{conversation}/approve", "staff"),
        new Screen("POST", "/staff/drafts/{conversation}/versions", "staff"),
        new Screen("POST", "/staff/drafts/{conversation}/read-back", "staff"),
        new Screen("GET", "/staff/pronunciations", "staff"),
        new Screen("POST", "/staff/pronunciations", "staff"),
        new Screen("GET", "/staff/tokens", "staff"),
        new Screen("POST", "/staff/tokens", "staff"),
        new Screen("POST", "/staff/tokens/{id}/revoke", "staff"),
        new Screen("POST", "/staff/language/check", "staff"),
        new Screen("POST", "/staff/language/symbols", "staff"),
        new Screen("POST", "/staff/language/sentence", "staff"),
        new Screen("GET", "/join/{id}", "nobody"),
        new Screen("GET", "/person/conversations/{conversation}", "tablet"),
        new Screen("GET", "/person/conversations/{conversation}/something-else", "tablet"),
        new Screen("POST", "/person/conversations/{conversation}/answer", "tablet"),
        new Screen("POST", "/person/conversations/{conversation}/place", "tablet"),
        new Screen("POST", "/person/conversations/{conversation}/back", "tablet"),
        new Screen("POST", "/person/conversations/{conversation}/agree", "tablet"),
        new Screen("POST", "/person/conversations/{conversation}/pause", "tablet"),
        new Screen("POST", "/person/conversations/{conversation}/resume", "tablet"),
        new Screen("POST", "/person/conversations/{conversation}/symbols", "tablet"));

    private static final List<String> FORM_FIELDS = List.of("name", "preferredName", "communicationNeeds", "username", "password",
        "textSize", "symbolSize", "layout", "access", "highContrast", "showLabels", "readAloud", "speechRate", "scanMillis",
        "scanFirstPauseMillis", "dwellMillis", "holdMillis", "pain", "refusal", "anxiety", "consent", "dialogue", "consentHow",
        "presentName", "presentRole", "node", "card", "position", "review", "choice", "rating", "text", "how", "note", "answerId", "symbol", "seq", "word",
        "say", "statement", "whyItMatters", "outcome.statement", "revision", "answer", "keep", "key", "", "name[]", "a%zz");

    @BeforeContainer
    static void startServer() throws IOException {
        data = Files.createTempDirectory("twofold-hostile-forms");
        server = TestServer.start(data);
        http = new RawHttp(Integer.parseInt(server.url("").replaceAll(".*:", "")));
        String token = server.login(TestServer.STAFF, TestServer.PASSWORD);
        person = server.newPerson(token, "Jo Walker");
        JsonNode started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token).json();
        conversation = started.get("id").asText();
        String joinUrl = started.get("joinUrl").asText();
        tabletCookie = RawHttp.cookie(http.send("GET", joinUrl.substring(joinUrl.indexOf("/join/")), List.of(), null), "twofold_tablet");
        staffCookie = http.staffCookie(TestServer.STAFF, TestServer.PASSWORD);
        staffToken = RawHttp.formToken(http.send("GET", "/staff", List.of(new Header("Cookie", staffCookie)), null));
        tabletToken = RawHttp.formToken(http.send("GET", "/person/conversations/" + conversation, List.of(new Header("Cookie", tabletCookie)), null));
    }

    @AfterContainer
    static void stopServer() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<Screen> screens() {
        return Arbitraries.of(SCREENS);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("")), Tuple.of(2, Arbitraries.of(Hostile.ODD_IDS)));
    }

    /** A form as sent: fields (known or not, some twice) with odd values, some with broken %-escapes. */
    @Provide
    Arbitrary<byte[]> forms() {
        Arbitrary<String> value = Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.oneOf(Hostile.oddText(), Hostile.passwords()).map(Hostile::formEncoded)),
            Tuple.of(1, Arbitraries.of("%", "%zz", "%ff%fe", "%u0041", "%00", "%0d%0a", "+", "=", "&&", "a=b=c")),
            Tuple.of(1, Arbitraries.of(5_000, 200_000).map(n -> "a".repeat(n))));
        Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of(FORM_FIELDS), Arbitraries.strings().alpha().ofMaxLength(6));
        Arbitrary<String> pair = Combinators.combine(field, value).as((k, v) -> Hostile.formEncoded(k) + "=" + v);
        Arbitrary<byte[]> form = pair.list().ofMaxSize(8).map(ps -> String.join("&", ps).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        Arbitrary<byte[]> huge = Arbitraries.just(("name=" + "a".repeat(1_200_000)).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(Tuple.of(12, form), Tuple.of(2, bytes), Tuple.of(1, huge));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("application/x-www-form-urlencoded")),
            Tuple.of(2, Arbitraries.of(Hostile.CONTENT_TYPES)), Tuple.of(1, Arbitraries.just("none")));
    }

    @Provide
    Arbitrary<String> origins() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("none")), Tuple.of(1, Arbitraries.of(Hostile.ORIGINS)));
    }

    /** One form in five leaves its token out, to be refused at the door; the rest reach the route behind it. */
    @Provide
    Arbitrary<Boolean> withoutToken() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(true)), Tuple.of(4, Arbitraries.just(false)));
    }

    private static byte[] withToken(byte[] form, String who, boolean withoutToken) {
        String token = switch (who) {
            case "staff" -> staffToken;
            case "tablet" -> tabletToken;
            default -> null;
        };
        if (withoutToken || token == null) {
            return form;
        }
        byte[] field = ("csrf=" + token + "&").getBytes(StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOf(field, field.length + form.length);
        System.arraycopy(form, 0, body, field.length, form.length);
        return body;
    }

    @Property(tries = 250)
    void anyFormIsAnsweredWithAPageNeverAServerError(@ForAll("screens") Screen screen, @ForAll("ids") String oddId,
                                                     @ForAll("forms") byte[] form, @ForAll("contentTypes") String contentType,
                                                     @ForAll("origins") String origin, @ForAll("withoutToken") boolean withoutToken) {
        String path = screen.path().replace("{id}", oddId.isEmpty() ? person : oddId)
            .replace("{conversation}", oddId.isEmpty() ? conversation : oddId);
        boolean get = screen.method().equals("GET");
        String target = get ? path + "?" + new String(form, StandardCharsets.ISO_8859_1).replaceAll("[^\\x21-\\x7e]", "_") : path;
        List<Header> headers = new ArrayList<>();
        switch (screen.who()) {
            case "staff" -> headers.add(new Header("Cookie", staffCookie));
            case "tablet" -> headers.add(new Header("Cookie", tabletCookie));
            default -> { }
        }
        if (!contentType.equals("none")) {
            headers.add(new Header("Content-Type", contentType));
        }
        if (!origin.equals("none")) {
            headers.add(new Header("Origin", origin));
        }
        StoredState before = StoredState.of(data);
        byte[] body = get ? null : withToken(form, screen.who(), withoutToken);

        Answer a = http.send(screen.method(), target.length() > 8000 ? target.substring(0, 8000) : target, headers, body);

        String what = screen + " with id '" + HostileRequestsNeverBreakTheApi.abbreviated(oddId) + "', " + contentType + ", Origin "
            + origin + ", form " + HostileRequestsNeverBreakTheApi.abbreviated(new String(form, StandardCharsets.UTF_8));
        assertAnsweredWithAPage(a, what);
        if (a.status() >= 400) {
            assertEquals(before, StoredState.of(data), what + " was refused (" + a + ") but something was stored");
        }
    }

    @Example
    void aBrokenMultipartFormIsRefusedPlainly() {
        Answer a = http.send("POST", "/staff/people", List.of(new Header("Cookie", staffCookie),
            new Header("Content-Type", "multipart/form-data; boundary=xx")), "garbage".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, a.status(), a.toString());
        assertAnsweredWithAPage(a, "a broken multipart form");
    }

    @Example
    void jettysOwnRefusalsOnScreensArePages() {
        Answer headers = http.send("GET", "/staff", List.of(new Header("X-Large", "a".repeat(20_000))), null);
        assertEquals(431, headers.status(), headers.toString());
        assertAnsweredWithAPage(headers, "a 20 kB header on a screen");
        Answer host = http.send("GET", "/person/conversations/x", List.of(new Header("Host", "[::1")), null);
        assertEquals(400, host.status(), host.toString());
        assertAnsweredWithAPage(host, "a bad Host on the person's screen");
        Answer large = http.send("POST", "/staff/people", List.of(new Header("Cookie", staffCookie),
            new Header("Content-Type", "application/x-www-form-urlencoded")), ("name=" + "a".repeat(1_200_000)).getBytes(StandardCharsets.UTF_8));
        assertEquals(413, large.status(), large.toString());
        assertAnsweredWithAPage(large, "a form too large");
    }

    /**
     * Never 5xx; a refusal is a page (HTML) in plain words, with no field's name in it. Only a request line Jetty
     * cannot read at all (it then knows neither path nor headers) is answered with the API's JSON error.
     */
    private static void assertAnsweredWithAPage(Answer a, String what) {
        assertTrue(a.status() < 500, what + " gave " + a);
        if (a.status() < 400) {
            return;
        }
        if ((a.status() == 400 || a.status() == 414) && a.header("Content-Type").startsWith("application/json")) {
            HostileRequestsNeverBreakTheApi.assertAnsweredInJson(a, what);
            assertTrue(a.text().contains("could not be read") || a.text().contains("too long"), what + " gave " + a);
            return;
        }
        assertTrue(a.header("Content-Type").startsWith("text/html"), what + " gave " + a);
        String page = a.text();
        assertTrue(page.startsWith("<!doctype html>"), what + " gave " + a);
        assertFalse(page.contains("Field '"), what + " names a field: " + a);
    }
}
