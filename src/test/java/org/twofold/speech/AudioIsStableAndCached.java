package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;

class AudioIsStableAndCached extends ApiTest {
    /** Words of a step that every dialogue ends with: the same for everyone, so public. */
    private static final String FIXED = "Thank you. Your goal is ready to check with staff.";

    private static String url(Map<String, String> body) {
        Response r = server.post("/api/v1/speech", body, token);
        assertEquals(200, r.status(), r.toString());
        return r.json().get("audio").asText();
    }

    @Test
    void theSameWordsAndRateAlwaysGiveTheSameUrl() {
        String plain = url(Map.of("text", "Would you like tea and toast?"));
        assertEquals(plain, url(Map.of("text", "Would you like tea and toast?")));
        assertEquals(plain, url(Map.of("text", "Would you like tea  &  toast?", "rate", "normal")), "written differently, said the same");
        assertNotEquals(plain, url(Map.of("text", "Would you like tea and toast?", "rate", "slower")));
        assertNotEquals(plain, url(Map.of("text", "Would you like tea and cake?")));
    }

    @Test
    void audioIsKeptOnDiskAndServedFromThereWithALongLifeAndAnEtag() throws IOException {
        AudioHttp audio = new AudioHttp(server);
        String url = url(Map.of("text", FIXED));
        String id = url.substring("/audio/".length(), url.length() - ".wav".length());
        AudioHttp.Fetched first = audio.get(url, null);
        assertEquals(200, first.status(), first.toString());
        assertEquals("public, max-age=31536000, immutable", first.header("Cache-Control"));
        assertEquals("\"" + id + "\"", first.header("ETag"));
        Path cached = data.resolve("audio").resolve(id + ".wav");
        assertArrayEquals(first.body(), Files.readAllBytes(cached));

        AudioHttp.Fetched part = audio.get(url, null, "Range", "bytes=0-43");
        assertEquals(206, part.status(), "a range request, as Safari sends for <audio>");
        assertArrayEquals(java.util.Arrays.copyOf(first.body(), 44), part.body());
        assertEquals("bytes 0-43/" + first.body().length, part.header("Content-Range"));
        assertEquals(2, audio.get(url, null, "Range", "bytes=-2").body().length);
        assertEquals(416, audio.get(url, null, "Range", "bytes=" + first.body().length + "-").status());

        AudioHttp.Fetched unchanged = audio.get(url, null, "If-None-Match", first.header("ETag"));
        assertEquals(304, unchanged.status());
        assertEquals(0, unchanged.body().length);

        // Different bytes in the cache file are what the next request gets: it is served from disk, not made again.
        byte[] marker = Wav.encode(new AudioFormat(16000, 16, 1, true, false), new byte[3200]);
        Files.write(cached, marker);
        assertArrayEquals(marker, audio.get(url, null).body());
    }

    @Test
    void theFixedWordsNeedNoTokenButAnyOtherWordsAreHeardOnlyInTheirService() {
        assertEquals(401, server.post("/api/v1/speech", Map.of("text", "Hello"), null).status());
        AudioHttp audio = new AudioHttp(server);
        String fixed = url(Map.of("text", FIXED));
        assertTrue(fixed.startsWith("/audio/"), fixed);
        assertEquals(200, audio.get(fixed, null).status(), "an audio element cannot send a token");

        String typed = url(Map.of("text", "Hello there Siobhan"));
        assertTrue(typed.matches("/api/v1/speech/audio/[0-9a-f]{32}\\.wav"), typed);
        AudioHttp.Fetched heard = audio.get(typed, token);
        assertEquals(200, heard.status(), heard.toString());
        assertEquals("private, no-store", heard.header("Cache-Control"));
        assertEquals(401, audio.get(typed, null).status());
        String admin = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertEquals(404, audio.get(typed, admin).status(), "another service's account");
        assertEquals(404, audio.get(typed.replace("/api/v1/speech/audio/", "/audio/"), null).status(), "not public under its id");
    }
}
