package org.twofold.speech;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.twofold.TestServer;

/** Audio over real HTTP: bytes rather than text, with the headers that caching depends on. */
final class AudioHttp {
    private final HttpClient http = HttpClient.newHttpClient();
    private final TestServer server;

    AudioHttp(TestServer server) {
        this.server = server;
    }

    record Fetched(int status, byte[] body, HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + (header("Content-Type") != null && header("Content-Type").contains("json") ? text() : body.length + " bytes");
        }
    }

    Fetched get(String path, String token, String... headerPairs) {
        HttpRequest.Builder b = request(path, token).GET();
        for (int i = 0; i < headerPairs.length; i += 2) {
            b.header(headerPairs[i], headerPairs[i + 1]);
        }
        return send(b);
    }

    Fetched upload(String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder b = request(path, token).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    Fetched delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Fetched send(HttpRequest.Builder b) {
        HttpResponse<byte[]> r = org.twofold.ApiClient.exchange(http, b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Fetched(r.statusCode(), r.body(), r.headers());
    }
}
