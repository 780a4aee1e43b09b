package org.twofold.board;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.twofold.ApiClient;
import org.twofold.TestServer;
import org.twofold.web.Json;

/** Photo cards over real HTTP: multipart uploads as a browser or API client sends them, and photos as bytes. */
final class PhotoHttp {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final TestServer server;

    PhotoHttp(TestServer server) {
        this.server = server;
    }

    record Fetched(int status, byte[] body, HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        com.fasterxml.jackson.databind.JsonNode json() {
            try {
                return Json.json().readTree(body);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + this, e);
            }
        }

        @Override
        public String toString() {
            String type = header("Content-Type");
            return status + " " + (type != null && (type.contains("json") || type.contains("html")) ? text() : body.length + " bytes");
        }
    }

    /** A file in a multipart form. */
    record File(String name, String contentType, byte[] bytes) {}

    /** Posts the fields and the photo as multipart/form-data with a bearer token. */
    Fetched upload(String path, String token, Map<String, String> fields, File photo) {
        String boundary = "----twofold" + UUID.randomUUID();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, photo)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    /** A GET with a bearer token, a cookie, both or neither. */
    Fetched get(String path, String token, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return send(b);
    }

    Fetched delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Authorization", "Bearer " + token).DELETE());
    }

    static byte[] multipart(String boundary, Map<String, String> fields, File photo) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
            + value + "\r\n"));
        if (photo != null) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + photo.name()
                + "\"\r\nContent-Type: " + photo.contentType() + "\r\n\r\n");
            out.writeBytes(photo.bytes());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private Fetched send(HttpRequest.Builder b) {
        HttpResponse<byte[]> r = ApiClient.exchange(http, b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Fetched(r.statusCode(), r.body(), r.headers());
    }
}
