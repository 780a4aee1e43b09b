package org.twofold.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.ScreenHttp;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

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
        ScreenHttp browser = new ScreenHttp(server).signIn(TestServer.STAFF, TestServer.PASSWORD);
        String cookie = browser.cookie("twofold_session");

        assertEquals(200, staffPage(cookie).statusCode(), "signed in");
        Response out = browser.submit("/staff", "/staff/logout", Map.of());
        assertEquals(303, out.status(), out.toString());

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
