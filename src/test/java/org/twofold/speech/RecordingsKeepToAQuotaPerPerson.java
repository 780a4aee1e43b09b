package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.TestServer;

/**
 * A person keeps at most so many recordings, of at most so many bytes together; one more is refused with a clear
 * JSON answer before anything is stored. The limits here are lowered for the test; the shipped ones are
 * {@link RecordingQuota#PER_PERSON}.
 */
class RecordingsKeepToAQuotaPerPerson {
    private static final byte[] WEBM = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 0x01, 0x00, 0x00, 0x00};

    @TempDir
    Path data;

    @Test
    void oneRecordingTooManyIsRefusedAndNothingIsStored() throws IOException {
        try (TestServer server = TestServer.start(data, c -> c.with(new RecordingQuota(3, 1_000_000)))) {
            AudioHttp http = new AudioHttp(server);
            String token = server.login(TestServer.STAFF, TestServer.PASSWORD);
            String person = server.newPerson(token, "Rae Corder");
            for (String words : new String[] {"One", "Two", "Three"}) {
                assertEquals(201, http.upload(path(person, "text:" + words), token, "audio/webm", WEBM).status());
            }
            assertEquals(201, http.upload(path(person, "text:Two"), token, "audio/webm", WEBM).status(),
                "a new recording of the same words replaces the old one, so it fits");

            AudioHttp.Fetched refused = http.upload(path(person, "text:Four"), token, "audio/webm", WEBM);
            assertEquals(409, refused.status(), refused.toString());
            assertTrue(refused.header("Content-Type").startsWith("application/json"), refused.header("Content-Type"));
            JsonNode body = TestJson.read(refused.text());
            assertEquals(409, body.get("status").asInt());
            assertEquals("Too many recordings", body.get("title").asText());
            assertTrue(body.get("detail").asText().contains("at most 3 recordings"), body.toString());
            assertEquals(3, recordings(server, person, token).size(), "nothing was stored");
            assertEquals(3, filesUnder(data.resolve("recordings")), "no file was written");

            String other = server.newPerson(token, "Ola Other");
            assertEquals(201, http.upload(path(other, "text:Four"), token, "audio/webm", WEBM).status(), "the quota is each person's");

            String first = recordings(server, person, token).get(0).get("id").asText();
            assertEquals(204, http.delete("/api/v1/people/" + person + "/recordings/" + first, token).status());
            assertEquals(201, http.upload(path(person, "text:Four"), token, "audio/webm", WEBM).status(), "room again after a delete");
        }
    }

    @Test
    void recordingsTooLargeTogetherAreRefused() {
        try (TestServer server = TestServer.start(data, c -> c.with(new RecordingQuota(200, 25_000)))) {
            AudioHttp http = new AudioHttp(server);
            String token = server.login(TestServer.STAFF, TestServer.PASSWORD);
            String person = server.newPerson(token, "Big Voice");
            byte[] tenKb = Arrays.copyOf(WEBM, 10_000);
            assertEquals(201, http.upload(path(person, "text:One"), token, "audio/webm", tenKb).status());
            assertEquals(201, http.upload(path(person, "text:Two"), token, "audio/webm", tenKb).status());
            AudioHttp.Fetched refused = http.upload(path(person, "text:Three"), token, "audio/webm", tenKb);
            assertEquals(409, refused.status(), refused.toString());
            assertTrue(TestJson.read(refused.text()).get("detail").asText().contains("25000 bytes"), refused.toString());
            assertEquals(201, http.upload(path(person, "text:Three"), token, "audio/webm", Arrays.copyOf(WEBM, 5_000)).status(),
                "a smaller one still fits");
        }
    }

    private static String path(String person, String key) {
        return "/api/v1/people/" + person + "/recordings?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    private static JsonNode recordings(TestServer server, String person, String token) {
        return server.get("/api/v1/people/" + person + "/recordings", token).json().get("recordings");
    }

    private static long filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
