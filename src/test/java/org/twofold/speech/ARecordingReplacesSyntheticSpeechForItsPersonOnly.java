package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

class ARecordingReplacesSyntheticSpeechForItsPersonOnly extends ApiTest {
    /** Half a second of a quiet tone: a real WAV such as a browser might upload. */
    static byte[] recordedWav(int seed) {
        byte[] pcm = new byte[16000];
        for (int i = 0; i < pcm.length; i += 2) {
            short sample = (short) (2000 * Math.sin((i + seed) / 10.0));
            pcm[i] = (byte) sample;
            pcm[i + 1] = (byte) (sample >> 8);
        }
        return Wav.encode(new AudioFormat(16000, 16, 1, true, false), pcm);
    }

    private static String recordings(String personId) {
        return "/api/v1/people/" + personId + "/recordings";
    }

    private static String keyed(String personId, String key) {
        return recordings(personId) + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    private record Started(String id, String tablet, JsonNode step) {}

    private static Started start(String personId) {
        Response r = server.post("/api/v1/people/" + personId + "/conversations", Map.of("dialogue", "my-medicines"), token);
        assertEquals(201, r.status(), r.toString());
        String join = r.json().get("joinUrl").asText();
        return new Started(r.json().get("id").asText(), join.substring(join.lastIndexOf('/') + 1), r.json().get("step"));
    }

    private static JsonNode step(String conversation) {
        return server.get("/api/v1/conversations/" + conversation, token).json().get("step");
    }

    @Test
    void thePersonHearsTheirRecordingAndEveryoneElseTheSyntheticVoice() throws SQLException {
        AudioHttp http = new AudioHttp(server);
        String other = server.newPerson(token, "Pat Other");
        Started mine = start(person);
        String prompt = mine.step().get("prompt").asText();
        byte[] clip = recordedWav(1);

        AudioHttp.Fetched uploaded = http.upload(keyed(person, "text:" + prompt), token, "audio/wav", clip);
        assertEquals(201, uploaded.status(), uploaded.toString());
        String recording = TestJson.read(uploaded.text()).get("id").asText();

        String heard = step(mine.id()).get("audio").asText();
        assertEquals("/api/v1/conversations/" + mine.id() + "/recordings/" + recording, heard);
        assertTrue(start(other).step().get("audio").asText().startsWith("/audio/"), "another person hears the synthetic voice");
        assertTrue(step(mine.id()).get("options").get(0).get("audio").asText().startsWith("/audio/"), "only the recorded text changes");

        int readsBefore = audited("recording.read", "person:" + person);
        AudioHttp.Fetched played = http.get(heard, mine.tablet());
        assertEquals(200, played.status(), played.toString());
        assertArrayEquals(clip, played.body());
        assertEquals("audio/wav", played.header("Content-Type"));
        assertEquals("private, no-store", played.header("Cache-Control"));
        assertEquals(readsBefore + 1, audited("recording.read", "person:" + person));
        assertEquals(401, http.get(heard, null).status(), "personal data needs a token");
    }

    @Test
    void onlyThePersonsServiceAndTheirOwnConversationsReachARecording() {
        AudioHttp http = new AudioHttp(server);
        String other = server.newPerson(token, "Lee Else");
        Started theirs = start(other);
        AudioHttp.Fetched uploaded = http.upload(keyed(person, "symbol:pills"), token, "audio/wav", recordedWav(2));
        String recording = TestJson.read(uploaded.text()).get("id").asText();

        assertEquals(404, http.get("/api/v1/conversations/" + theirs.id() + "/recordings/" + recording, theirs.tablet()).status(),
            "another person's tablet");
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEquals(404, http.get(recordings(person) + "/" + recording, admin).status(), "another service");
        assertEquals(404, http.get(recordings(person), admin).status(), "another service lists nothing");
        assertEquals(403, http.get(recordings(person), theirs.tablet()).status(), "a tablet cannot list");
        assertEquals(200, http.get(recordings(person) + "/" + recording, token).status());
    }

    @Test
    void aSymbolRecordingIsUsedForItsCardAndCanBeReplacedAndDeleted() {
        AudioHttp http = new AudioHttp(server);
        Started mine = start(person);
        String first = TestJson.read(http.upload(keyed(person, "symbol:cup-of-tea"), token, "audio/wav", recordedWav(3)).text())
            .get("id").asText();
        String card = "/api/v1/conversations/" + mine.id() + "/speech";
        Response asked = server.post(card, Map.of("text", "Cup of tea", "symbol", "cup-of-tea"), mine.tablet());
        assertEquals("/api/v1/conversations/" + mine.id() + "/recordings/" + first, asked.json().get("audio").asText());

        String advocate = server.login(TestServer.ADVOCATE, TestServer.PASSWORD);
        server.assignAdvocate(token, person);
        AudioHttp.Fetched again = http.upload(keyed(person, "symbol:cup-of-tea"), advocate, "audio/wav", recordedWav(4));
        assertEquals(201, again.status(), again.toString());
        String second = TestJson.read(again.text()).get("id").asText();
        assertNotEquals(first, second);
        assertEquals(404, http.get(recordings(person) + "/" + first, token).status(), "the earlier recording is gone");
        JsonNode listed = TestJson.read(http.get(recordings(person), token).text()).get("recordings");
        assertEquals(1, listed.findValues("key").stream().filter(k -> k.asText().equals("symbol:cup-of-tea")).count());

        assertEquals(204, http.delete(recordings(person) + "/" + second, token).status());
        assertTrue(server.post(card, Map.of("text", "Cup of tea", "symbol", "cup-of-tea"), mine.tablet())
            .json().get("audio").asText().startsWith("/api/v1/conversations/" + mine.id() + "/audio/"),
            "synthetic speech again (of words that are not a dialogue's, so heard in this conversation only)");
        assertEquals(404, http.delete(recordings(person) + "/" + second, token).status());
    }
}
