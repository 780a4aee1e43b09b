package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;

/** Signing out ends the token on the server: a copied bearer token or session cookie opens nothing afterwards. */
class SigningOutEndsTheSession extends ApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aBearerTokenStopsWorkingOnceSignedOut() throws Exception {
        String mine = server.login(TestServer.STAFF, TestServer.PASSWORD);
        int before = loggedOut();
        assertEquals(200, server.get("/api/v1/people/" + person, mine).status());
        assertEquals(204, server.post("/api/v1/logout", Map.of(), mine).status());
        assertEquals(401, server.get("/api/v1/people/" + person, mine).status(), "the token is ended on the server");
        assertEquals(401, server.post("/api/v1/logout", Map.of(), mine).status());
        assertEquals(200, server.get("/api/v1/people/" + person, token).status(), "other sessions carry on");
        assertEquals(before + 1, loggedOut(), "signing out is audited");
    }

    @Test
    void aCopiedSessionCookieStopsWorkingOnceSignedOutOnTheScreen() throws Exception {
        String form = "username=" + URLEncoder.encode(TestServer.STAFF, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(TestServer.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/staff/login")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("twofold_session=")).findFirst().orElseThrow().split(";")[0];

        assertEquals(200, staffPage(cookie).statusCode(), "signed in");
        HttpResponse<String> out = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/staff/logout")))
            .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, out.statusCode());

        HttpResponse<String> again = staffPage(cookie);
        assertEquals(303, again.statusCode(), "the old cookie leads to sign-in");
        assertEquals("/staff/login", again.headers().firstValue("Location").orElse(""));
    }

    private static int loggedOut() throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("twofold.db"));
             var s = c.prepareStatement("SELECT COUNT(*) FROM audit_log WHERE action = 'logout'");
             var rs = s.executeQuery()) {
            return rs.getInt(1);
        }
    }

    private static HttpResponse<String> staffPage(String cookie) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/staff"))).header("Cookie", cookie).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
