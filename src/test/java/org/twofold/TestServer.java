package org.twofold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.twofold.web.Json;

/**
 * A real Twofold server for tests: a real SQLite file in a temporary directory, the shipped
 * dialogues and symbols, and a real HTTP server on a random port, with the demo service seeded.
 */
public final class TestServer implements AutoCloseable {
    public static final String STAFF = Seeds.DEMO_STAFF;
    public static final String ADVOCATE = Seeds.DEMO_ADVOCATE;
    public static final String PASSWORD = Seeds.DEMO_PASSWORD;
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private static final ObjectMapper JSON = Json.json();
    private final ApiClient api = new ApiClient(() -> "http://localhost:" + port());
    private final App app;
    private final Path dataDir;

    private TestServer(Path dataDir, Clock clock, Map<String, String> moreEnv, UnaryOperator<Config> change) {
        this.dataDir = dataDir;
        Map<String, String> env = new HashMap<>(Map.of(
            "TWOFOLD_DEMO", "true",
            "TWOFOLD_SPEECH_WARMUP", "false",
            "TWOFOLD_ADMIN_USER", ADMIN,
            "TWOFOLD_ADMIN_PASSWORD", ADMIN_PASSWORD));
        env.putAll(moreEnv);
        Config config = change.apply(Config.fromEnv(env).with(dataDir, 0));
        this.app = App.create(config, clock).start();
    }

    public static TestServer start(Path dataDir) {
        return new TestServer(dataDir, Clock.systemUTC(), Map.of(), c -> c);
    }

    /** A server whose time the test moves, for what expires. */
    public static TestServer start(Path dataDir, Clock clock) {
        return new TestServer(dataDir, clock, Map.of(), c -> c);
    }

    /** A server started with more environment variables, such as TWOFOLD_HOSTS. */
    public static TestServer start(Path dataDir, Map<String, String> moreEnv) {
        return new TestServer(dataDir, Clock.systemUTC(), moreEnv, c -> c);
    }

    /** A server whose configuration the test changes where no environment variable reaches, such as lower limits. */
    public static TestServer start(Path dataDir, UnaryOperator<Config> change) {
        return new TestServer(dataDir, Clock.systemUTC(), Map.of(), change);
    }

    /** The server's Javalin, to read what it registered (its routes). */
    public io.javalin.Javalin javalin() {
        return app.javalin();
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    public Path dataDir() {
        return dataDir;
    }

    public String url(String path) {
        return api.url(path);
    }

    public Response get(String path, String token) {
        return api.get(path, token);
    }

    public Response post(String path, Object body, String token) {
        return api.post(path, body, token);
    }

    /** Any method, with a JSON body (text as given, or an object written as JSON) where the method carries one. */
    public Response send(String method, String path, Object body, String token) {
        return api.send(method, path, body, token);
    }

    public Response put(String path, Object body, String token) {
        return api.put(path, body, token);
    }

    /** Signs in and returns the bearer token. */
    public String login(String username, String password) {
        return api.login(username, password);
    }

    /** A new person in the demo service, created by demo staff. */
    public String newPerson(String staffToken, String name) {
        return api.newPerson(staffToken, name);
    }

    /** Assigns the demo advocate to a person of the demo service (as staff, whose token is given); gives the advocate's account id. */
    public String assignAdvocate(String staffToken, String personId) {
        JsonNode advocates = get("/api/v1/people/" + personId + "/advocates", staffToken).json().get("advocates");
        for (JsonNode a : advocates) {
            if (a.get("username").asText().equals(ADVOCATE)) {
                String id = a.get("id").asText();
                Response r = put("/api/v1/people/" + personId + "/advocates/" + id, null, staffToken);
                if (r.status() != 200) {
                    throw new IllegalStateException("Could not assign the advocate: " + r);
                }
                return id;
            }
        }
        throw new IllegalStateException("No demo advocate in " + advocates);
    }

    @Override
    public void close() {
        app.close();
    }

    public record Response(int status, String body, String contentType, Map<String, java.util.List<String>> headers) {
        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), java.util.List.of()).stream().findFirst().orElse("");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
