package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

/** No sniffing, no framing, no referrer; personal data never cached; an odd Origin is refused, never a 500. */
class EveryAnswerCarriesSafeHeaders extends ApiTest {
    private static void assertSafe(Response r, String what) {
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
        assertEquals("frame-ancestors 'none'", r.header("Content-Security-Policy"), what);
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
