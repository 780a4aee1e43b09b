package org.twofold;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.twofold.TestServer.Response;

/**
 * The screens over plain HTTP, as a browser without JavaScript uses them: it keeps its cookies, follows
 * no redirects, and sends a form with the hidden token its page carries (read from the page, not worked out).
 */
public final class ScreenHttp {
    private static final Pattern TOKEN = Pattern.compile("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\">");

    private final TestServer server;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public ScreenHttp(TestServer server) {
        this.server = server;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A cookie this browser holds, as a "Cookie" header would send it: to copy it, as an attacker might. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst()
            .map(c -> name + "=" + c.getValue())
            .orElseThrow(() -> new AssertionError("no cookie " + name));
    }

    /** Signs in through the sign-in page's form. */
    public ScreenHttp signIn(String username, String password) {
        Response r = submit("/staff/login", "/staff/login", Map.of("username", username, "password", password));
        if (r.status() != 303) {
            throw new AssertionError("signing in on the screen failed: " + r);
        }
        return this;
    }

    /** Opens a join link, which leaves the tablet's cookie. */
    public ScreenHttp join(String joinUrl) {
        Response r = get(URI.create(joinUrl).getPath());
        if (r.status() != 303 && r.status() != 302) {
            throw new AssertionError("the join link did not open: " + r);
        }
        return this;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
    }

    /** The token in the page's forms (every form on a page carries the same one). */
    public String tokenOn(String page) {
        Response r = get(page);
        Matcher m = TOKEN.matcher(r.body());
        if (!m.find()) {
            throw new AssertionError("no form token on " + page + ": " + r);
        }
        return m.group(1);
    }

    /** Fills in a form on a page and sends it, with the page's token, as the browser would. */
    public Response submit(String page, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("csrf", tokenOn(page));
        return post(action, withToken);
    }

    /** Sends exactly these fields: a form whose token is missing or another's. */
    public Response post(String action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(server.url(action)))
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A script's post (a recording, say): the body as it is, the token in a header if given. */
    public Response postBody(String action, String contentType, byte[] body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(action))).header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("X-CSRF-Token", token);
        }
        return send(b);
    }

    private Response send(HttpRequest.Builder b) {
        return ApiClient.exchange(http, b.build());
    }
}
