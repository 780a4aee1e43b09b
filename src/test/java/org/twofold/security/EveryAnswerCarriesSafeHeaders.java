package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Map;
import org.twofold.ApiTest;
import org.twofold.ScreenHttp;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/** No sniffing, no framing, no referrer; personal data never cached; an odd Origin is refused, never a 500. */
class EveryAnswerCarriesSafeHeaders extends ApiTest {
    /** Only the site's own files: no inline script or style anywhere. */
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        + "frame-ancestors 'none'";

    private static void assertSafe(Response r, String what) {
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
        assertEquals(POLICY, r.header("Content-Security-Policy"), what);
        assertEquals("no-referrer", r.header("Referrer-Policy"), what);
    }

    @Test
    void screensAndTheApiAreNeverKeptByBrowsersOrProxies() {
        Response read = server.get("/api/v1/people/" + person, token);
        assertSafe(read, "the API");
        assertEquals("no-store", read.header("Cache-Control"));
        Response login = server.get("/staff/login", null);
        assertSafe(login, "a screen");
        assertEquals("no-store", login.header("Cache-Control"));
        Response refused = server.get("/api/v1/people/" + person, null);
        assertSafe(refused, "a refusal");
    }

    @Test
    void everyScreenCarriesTheContentSecurityPolicyAndIsNeverKept() {
        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token);
        String conversation = started.json().get("id").asText();
        ScreenHttp staff = new ScreenHttp(server).signIn(TestServer.STAFF, TestServer.PASSWORD);
        ScreenHttp tablet = new ScreenHttp(server);
        Response joined = tablet.get(URI.create(started.json().get("joinUrl").asText()).getPath());
        assertSafe(joined, "a join link");
        assertEquals("no-store", joined.header("Cache-Control"), "a join link");
        List<String> staffPages = List.of("/staff", "/staff/login", "/staff/people/" + person, "/staff/people/" + person + "/try",
            "/staff/pronunciations", "/staff/conversations/" + conversation, "/staff/conversations/" + conversation + "/draft",
            "/staff/people/nobody");
        for (String page : staffPages) {
            Response r = staff.get(page);
            assertSafe(r, page);
            assertEquals("no-store", r.header("Cache-Control"), page);
        }
        for (String page : List.of("/person/conversations/" + conversation, "/person/conversations/" + conversation + "/something-else",
                "/person/conversations/" + conversation + "/state", "/person/conversations/nobody")) {
            Response r = tablet.get(page);
            assertSafe(r, page);
            assertEquals("no-store", r.header("Cache-Control"), page);
        }
        assertSafe(server.get("/symbols/question.svg", null), "a picture");
        assertSafe(server.get("/assets/person.js", null), "a script");
        assertSafe(server.get("/health", null), "the health check");
        assertSafe(server.get("/nothing-here", null), "a page that is not there");
    }

    @Test
    void stylesAndPicturesMayStillBeCached() {
        Response css = server.get("/assets/twofold.css", null);
        assertSafe(css, "a style sheet");
        String cache = css.header("Cache-Control");
        assertFalse(cache != null && cache.contains("no-store"), "a style sheet holds no personal data: " + cache);
    }

    @Test
    void aFormWithAMalformedOriginIsRefusedNotAServerError() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/staff/login")))
            .header("Origin", "http://[not a host")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=a&password=b")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, r.statusCode(), r.body());
    }
}
