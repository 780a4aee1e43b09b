package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.TestServer;

/**
 * Behind TLS (a public address starting with https) every cookie the server sets is Secure, so no session
 * travels in clear text; a local demo over plain http sets them without it, or it could not sign in.
 * The cookies are read from Set-Cookie over plain http to localhost, as the proxy in front would pass them on.
 */
class CookiesAreSecureBehindTls {
    private static final Pattern TOKEN = Pattern.compile("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\">");
    private static final Set<String> EVERY_COOKIE = Set.of(
        "twofold_sign_in", "twofold_session", "twofold_tablet", "twofold_join_link");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void behindTlsEveryCookieIsSecure() throws Exception {
        try (TestServer server = TestServer.start(data, Map.of("TWOFOLD_PUBLIC_URL", "https://twofold.example.org"))) {
            List<String> cookies = everyCookieSet(server);
            assertEquals(EVERY_COOKIE, names(cookies));
            cookies.forEach(c -> assertTrue(secure(c), "Secure: " + c));
            cookies.forEach(c -> assertTrue(c.contains("HttpOnly") && c.contains("SameSite=Strict"), c));
        }
    }

    @Test
    void overPlainHttpTheDemoStillSignsIn() throws Exception {
        try (TestServer server = TestServer.start(data, Map.of("TWOFOLD_PUBLIC_URL", "http://localhost:7070"))) {
            List<String> cookies = everyCookieSet(server);
            assertEquals(EVERY_COOKIE, names(cookies));
            cookies.forEach(c -> assertFalse(secure(c), "not Secure over http: " + c));
        }
    }

    /** Signs in, opens a join link, asks for the link again and signs out: every Set-Cookie on the way. */
    private static List<String> everyCookieSet(TestServer server) throws Exception {
        List<String> set = new ArrayList<>();
        HttpResponse<String> loginPage = send(server, "/staff/login", null, null);
        set.addAll(setCookies(loginPage));
        String signInCookie = cookie(loginPage, "twofold_sign_in");
        HttpResponse<String> signedIn = send(server, "/staff/login", signInCookie, form(Map.of(
            "username", TestServer.STAFF, "password", TestServer.PASSWORD, "csrf", token(loginPage))));
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        set.addAll(setCookies(signedIn));
        String session = cookie(signedIn, "twofold_session");

        String bearer = server.login(TestServer.STAFF, TestServer.PASSWORD);
        String person = server.newPerson(bearer, "Jo Walker");
        TestServer.Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), bearer);
        String conversation = started.json().get("id").asText();
        set.addAll(setCookies(send(server, URI.create(started.json().get("joinUrl").asText()).getPath(), null, null)));

        String page = "/staff/conversations/" + conversation;
        HttpResponse<String> again = send(server, page + "/join-link", session, form(Map.of("csrf", token(send(server, page, session, null)))));
        assertEquals(303, again.statusCode(), again.body());
        set.addAll(setCookies(again));
        HttpResponse<String> out = send(server, "/staff/logout", session, form(Map.of("csrf", token(send(server, "/staff", session, null)))));
        assertEquals(303, out.statusCode(), out.body());
        set.addAll(setCookies(out));
        return set;
    }

    private static boolean secure(String setCookie) {
        return java.util.Arrays.stream(setCookie.split(";")).map(a -> a.strip().toLowerCase(Locale.ROOT)).anyMatch("secure"::equals);
    }

    private static Set<String> names(List<String> cookies) {
        return cookies.stream().map(c -> c.substring(0, c.indexOf('='))).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> setCookies(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie");
    }

    private static String cookie(HttpResponse<String> r, String name) {
        return setCookies(r).stream().filter(c -> c.startsWith(name + "=")).findFirst()
            .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + setCookies(r))).split(";")[0];
    }

    private static String token(HttpResponse<String> page) {
        Matcher m = TOKEN.matcher(page.body());
        assertTrue(m.find(), "a form token on the page: " + page.body());
        return m.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }

    /** A GET, or a form post when there is a body; with a cookie when given; redirects not followed. */
    private static HttpResponse<String> send(TestServer server, String path, String cookie, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (body != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
