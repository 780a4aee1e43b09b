package org.twofold.conversation;

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
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

/** Plain requests to the person's screens with the tablet's cookie, as a browser without JavaScript sends them. */
final class TabletHttp {
    private static final Pattern TOKEN = Pattern.compile("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\">");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TabletHttp() {}

    /** The cookie a join link leaves on the tablet, from the join URL the API gave. */
    static String cookieFrom(String joinUrl) {
        return "twofold_tablet=" + joinUrl.substring(joinUrl.lastIndexOf('/') + 1);
    }

    static Response get(TestServer server, String path, String cookie) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Cookie", cookie).GET());
    }

    /**
     * A form posted the way the page's own form is, with no script: the answer comes back as a redirect.
     * Like a browser, it sends the hidden token of the page the form is on (the action's parent).
     */
    static Response postForm(TestServer server, String path, Map<String, String> form, String cookie) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("csrf", tokenOn(server, path.substring(0, path.lastIndexOf('/')), cookie));
        String body = withToken.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String tokenOn(TestServer server, String page, String cookie) {
        Response shown = get(server, page, cookie);
        Matcher m = TOKEN.matcher(shown.body());
        if (!m.find()) {
            throw new AssertionError("no form token on " + page + ": " + shown);
        }
        return m.group(1);
    }

    private static Response send(HttpRequest.Builder b) {
        return org.twofold.ApiClient.exchange(HTTP, b.build());
    }
}
