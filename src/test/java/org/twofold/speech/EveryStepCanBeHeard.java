package org.twofold.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

class EveryStepCanBeHeard extends ApiTest {
    private static final String SYNTHETIC = "/audio/[0-9a-f]{32}\\.wav";

    @Test
    void everyPromptOptionAndReadBackOfARealDialogueIsSpokenAsPlausibleWav() {
        AudioHttp audio = new AudioHttp(server);
        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "my-medicines"), token);
        assertEquals(201, started.status(), started.toString());
        String conversation = started.json().get("id").asText();
        JsonNode step = started.json().get("step");
        Set<String> kinds = new HashSet<>();
        while (true) {
            kinds.add(step.get("kind").asText());
            assertSpoken(audio, step.get("prompt").asText(), step.get("audio").asText(), SYNTHETIC, null);
            for (JsonNode option : step.get("options")) {
                String said = option.hasNonNull("say") ? option.get("say").asText() : option.get("label").asText();
                assertSpoken(audio, said, option.get("audio").asText(), SYNTHETIC, null);
            }
            if (step.get("kind").asText().equals("confirm")) {
                // The read-back is the person's goal: heard only within the conversation.
                assertSpoken(audio, step.get("readBack").asText(), step.get("readBackAudio").asText(),
                    "/api/v1/conversations/" + conversation + "/audio/[0-9a-f]{32}\\.wav", token);
            }
            if (step.get("kind").asText().equals("end")) {
                break;
            }
            Response next = server.post("/api/v1/conversations/" + conversation + "/answers", answer(step), token);
            assertEquals(200, next.status(), next.toString());
            step = next.json().get("step");
        }
        assertEquals(Set.of("choice", "rating", "confirm", "end"), kinds, "the walk met every kind of step");
    }

    @Test
    void theSameWordsHaveTheSameUrlInEveryConversation() {
        String first = firstStep("washing-and-dressing").get("audio").asText();
        String second = firstStep("washing-and-dressing").get("audio").asText();
        assertTrue(first.matches(SYNTHETIC), first);
        assertEquals(first, second);
        assertTrue(!first.equals(firstStep("my-medicines").get("audio").asText()), "different words, different audio");
    }

    private JsonNode firstStep(String dialogue) {
        return server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", dialogue), token).json().get("step");
    }

    private static Map<String, Object> answer(JsonNode step) {
        String node = step.get("node").asText();
        return switch (step.get("kind").asText()) {
            case "rating" -> Map.of("node", node, "rating", 4);
            case "confirm" -> Map.of("node", node, "choice", "yes");
            default -> Map.of("node", node, "choice", step.get("options").get(0).get("id").asText());
        };
    }

    /** The URL, of this shape, gives a 16 kHz mono 16-bit WAV, as long as the words would take a person to say. */
    private static void assertSpoken(AudioHttp audio, String text, String url, String shape, String asWho) {
        assertNotNull(url);
        assertTrue(url.matches(shape), url);
        AudioHttp.Fetched f = audio.get(url, asWho);
        assertEquals(200, f.status(), url + " " + f);
        assertEquals("audio/wav", f.header("Content-Type"));
        Wav wav = Wav.read(f.body());
        assertEquals(new Wav(16000, 1, 16, wav.dataBytes()), wav);
        int words = List.of(text.split("\\s+")).size();
        double perWord = wav.seconds() / words;
        assertTrue(perWord >= 0.3 && perWord <= 1.2, "'" + text + "' took " + wav.seconds() + " s for " + words + " words");
    }
}
