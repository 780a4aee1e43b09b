package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

class BadSpeechRequestsAreRefusedClearly extends ApiTest {
    private static void assertRefused(int status, Response r, String detailHas) {
        assertEquals(status, r.status(), r.toString());
        JsonNode body = r.json();
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("detail").asText().contains(detailHas), r.toString());
    }

    @Test
    void anUnknownAudioIdIsNotFound() {
        AudioHttp audio = new AudioHttp(server);
        for (String path : new String[] {"/audio/0123456789abcdef0123456789abcdef.wav", "/audio/not-an-id.wav",
            "/audio/../twofold.db", "/audio/0123456789abcdef0123456789abcdef.mp3"}) {
            AudioHttp.Fetched f = audio.get(path, null);
            assertEquals(404, f.status(), path);
            assertTrue(f.header("Content-Type").contains("json"), path);
        }
    }

    @Test
    void textOverFiveHundredCharactersIsRefused() {
        assertRefused(400, server.post("/api/v1/speech", Map.of("text", "a".repeat(501)), token), "at most 500");
        assertEquals(200, server.post("/api/v1/speech", Map.of("text", "a ".repeat(250).strip()), token).status());
    }

    @Test
    void badFieldsAreNamed() {
        assertRefused(400, server.post("/api/v1/speech", Map.of("rate", "normal"), token), "'text'");
        assertRefused(400, server.post("/api/v1/speech", Map.of("text", "  "), token), "'text'");
        assertRefused(400, server.post("/api/v1/speech", Map.of("text", "Hi", "rate", "fast"), token), "'slower' or 'normal'");
        assertRefused(400, server.post("/api/v1/speech", Map.of("text", "Hi", "voice", "x"), token), "'voice'");
        assertRefused(400, server.post("/api/v1/speech", Map.of("text", "Hi", "symbol", "no-such"), token), "no-such");
        assertRefused(400, server.post("/api/v1/speech", "[1]", token), "JSON object");
    }

    @Test
    void aTabletAsksWithinItsOwnConversationOnly() {
        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "getting-out"), token);
        String conversation = started.json().get("id").asText();
        String joinUrl = started.json().get("joinUrl").asText();
        String tablet = joinUrl.substring(joinUrl.lastIndexOf('/') + 1);
        Response other = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "my-medicines"), token);

        Response mine = server.post("/api/v1/conversations/" + conversation + "/speech", Map.of("text", "Well done!"), tablet);
        assertEquals(200, mine.status(), mine.toString());
        assertTrue(mine.json().get("audio").asText().startsWith("/api/v1/conversations/" + conversation + "/audio/"), mine.toString());
        assertRefused(403, server.post("/api/v1/conversations/" + other.json().get("id").asText() + "/speech",
            Map.of("text", "Well done!"), tablet), "one conversation");
        assertEquals(403, server.post("/api/v1/speech", Map.of("text", "Well done!"), tablet).status());
        assertRefused(404, server.post("/api/v1/conversations/no-such/speech", Map.of("text", "Hi"), token), "no-such");
    }
}
