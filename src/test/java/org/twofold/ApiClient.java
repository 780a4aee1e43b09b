package org.twofold;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.twofold.TestServer.Response;
import org.twofold.web.Json;

/** Talks to a Twofold server's JSON API over real HTTP, the way a client of the API would. */
public final class ApiClient {
    private static final ObjectMapper JSON = Json.json();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Supplier<String> base;

    /** @param base where the server is, e.g. "http://localhost:7070", asked afresh for each request */
    public ApiClient(Supplier<String> base) {
        this.base = base;
    }

    public String url(String path) {
        return base.get() + path;
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, Object body, String token) {
        String text = body instanceof String s ? s : write(body);
        return send(request(path, token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** Any method, with a JSON body (text as given, or an object written as JSON) where the method carries one. */
    public Response send(String method, String path, Object body, String token) {
        if (method.equals("GET")) {
            return get(path, token);
        }
        String text = body instanceof String s ? s : write(body);
        return send(request(path, token).header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(text)));
    }

    public Response put(String path, Object body, String token) {
        return send(request(path, token).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    /** Signs in and returns the bearer token. */
    public String login(String username, String password) {
        Response r = post("/api/v1/login", Map.of("username", username, "password", password), null);
        if (r.status() != 200) {
            throw new AssertionError("login failed: " + r);
        }
        return r.json().get("token").asText();
    }

    /** A new person in the signed-in member of staff's service. */
    public String newPerson(String staffToken, String name) {
        Response r = post("/api/v1/people", Map.of("name", name, "preferredName", name.split(" ")[0],
            "communicationNeeds", "Pictures and short sentences."), staffToken);
        if (r.status() != 201) {
            throw new AssertionError("creating a person failed: " + r);
        }
        return r.json().get("id").asText();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Response send(HttpRequest.Builder b) {
        return exchange(http, b.build());
    }

    /** Sends the request and reads the whole answer as text. A connection that fails is an unchecked error. */
    public static Response exchange(HttpClient http, HttpRequest request) {
        HttpResponse<String> r = exchange(http, request, HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""), r.headers().map());
    }

    /** Sends the request and reads the answer as the handler says. A connection that fails is an unchecked error. */
    public static <T> HttpResponse<T> exchange(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
