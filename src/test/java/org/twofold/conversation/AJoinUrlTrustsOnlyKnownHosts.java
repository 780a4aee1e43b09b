package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.Config;
import org.twofold.TestServer;
import org.twofold.web.Json;

/**
 * A join link is built from the request's Host header only when that host is listed in TWOFOLD_HOSTS; otherwise
 * from TWOFOLD_PUBLIC_URL, otherwise from this machine's own address. A spoofed Host never makes a phishing link.
 */
class AJoinUrlTrustsOnlyKnownHosts {
    @TempDir
    Path data;

    @Test
    void withNothingConfiguredASpoofedHostGivesALocalhostLink() throws IOException {
        try (TestServer server = TestServer.start(data)) {
            String url = joinUrlAskedAs(server, "evil.example");
            assertTrue(url.startsWith("http://localhost:" + server.port() + "/join/"), url);
            assertTrue(joinUrlAskedAs(server, "localhost:" + server.port()).startsWith("http://localhost:" + server.port() + "/join/"));
        }
    }

    @Test
    void aListedHostIsUsedAndAnyOtherGivesThePublicUrl() throws IOException {
        try (TestServer server = TestServer.start(data, Map.of(
                "TWOFOLD_HOSTS", " Tablets.Example.org , 192.168.1.20:7070",
                "TWOFOLD_PUBLIC_URL", "http://10.0.0.5:7070"))) {
            assertTrue(joinUrlAskedAs(server, "tablets.example.org").startsWith("http://tablets.example.org/join/"));
            assertTrue(joinUrlAskedAs(server, "192.168.1.20:7070").startsWith("http://192.168.1.20:7070/join/"));
            assertTrue(joinUrlAskedAs(server, "evil.example").startsWith("http://10.0.0.5:7070/join/"));
            assertTrue(joinUrlAskedAs(server, "192.168.1.20:8080").startsWith("http://10.0.0.5:7070/join/"), "the port counts too");
        }
    }

    @Test
    void aHostListThatIsNotHostNamesStopsTheStartWithAReason() {
        for (String wrong : new String[] {"http://tablets.example.org", "tablets.example.org/join", "two words"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.fromEnv(Map.of("TWOFOLD_HOSTS", "localhost, " + wrong)));
            assertTrue(e.getMessage().contains("TWOFOLD_HOSTS") && e.getMessage().contains(wrong), e.getMessage());
        }
    }

    /** Starts a conversation through the API with this Host header, which Java's own HTTP client will not send. */
    private static String joinUrlAskedAs(TestServer server, String host) throws IOException {
        String token = server.login(TestServer.STAFF, TestServer.PASSWORD);
        String person = server.newPerson(token, "Hal Host");
        byte[] body = "{\"dialogue\":\"getting-out\"}".getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/people/" + person + "/conversations HTTP/1.0\r\nHost: " + host
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 201") || response.startsWith("HTTP/1.0 201"), response);
            JsonNode json = Json.json().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
            return json.get("joinUrl").asText();
        }
    }
}
