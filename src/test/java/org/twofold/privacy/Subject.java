package org.twofold.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;
import org.twofold.speech.Wav;

/**
 * A person with distinctive words everywhere the server keeps words: their record, signs, typed own words in a
 * whole conversation, the audio of what they heard, and a recording of their own. Then: which files hold the words.
 */
final class Subject {
    private final HttpClient http = HttpClient.newHttpClient();
    private final TestServer server;
    private final String admin;

    Subject(TestServer server, String admin) {
        this.server = server;
        this.admin = admin;
    }

    record Held(String personId, String conversationId, String recordingId, byte[] recording) {}

    /** A person whose name, needs, signs, own words, heard audio and recording all carry this word. */
    Held withWordsEverywhere(String word) {
        Response created = server.post("/api/v1/people", Map.of("name", word + " Person", "preferredName", word,
            "communicationNeeds", "Say " + word + " slowly."), admin);
        assertEquals(201, created.status(), created.toString());
        String person = created.json().get("id").asText();
        assertEquals(200, server.put("/api/v1/people/" + person + "/signs", Map.of("pain", "Rubs " + word + " elbow"), admin).status());

        Response started = server.post("/api/v1/people/" + person + "/conversations", Map.of("dialogue", "my-medicines"), admin);
        assertEquals(201, started.status(), started.toString());
        String conversation = started.json().get("id").asText();
        String join = started.json().get("joinUrl").asText();
        String tablet = join.substring(join.lastIndexOf('/') + 1);
        talkToTheEnd(conversation, tablet, word, started.json().get("step"));

        Response spoken = server.post("/api/v1/conversations/" + conversation + "/speech", Map.of("text", "I said " + word + " today."), tablet);
        assertEquals(200, spoken.status(), spoken.toString());
        hear(spoken.json().get("audio").asText(), tablet);

        byte[] recording = recording(word);
        Fetched uploaded = send(request("/api/v1/people/" + person + "/recordings?key=symbol:pills", admin)
            .header("Content-Type", "audio/wav").POST(HttpRequest.BodyPublishers.ofByteArray(recording)));
        assertEquals(201, uploaded.status(), uploaded.text());
        String recordingId = server.get("/api/v1/people/" + person + "/recordings", admin).json()
            .get("recordings").get(0).get("id").asText();
        return new Held(person, conversation, recordingId, recording);
    }

    /** Own words on every question that takes them, until the end; every audio of every step is fetched, so the cache holds it. */
    private void talkToTheEnd(String conversation, String tablet, String word, JsonNode step) {
        int answered = 0;
        while (!step.get("kind").asText().equals("end")) {
            step.findValues("audio").forEach(a -> hear(a.asText(), tablet));
            step.findValues("readBackAudio").forEach(a -> hear(a.asText(), tablet));
            Map<String, Object> answer = new HashMap<>();
            answer.put("node", step.get("node").asText());
            answer.put("answerId", UUID.randomUUID().toString());
            answer.put("how", "direct");
            String kind = step.get("kind").asText();
            if (kind.equals("confirm")) {
                answer.put("choice", "yes");
            } else if (answered < 2) {
                answer.put("choice", "something-else");
                answer.put("text", "I want " + word + " tea every morning");
            } else if (kind.equals("rating")) {
                answer.put("rating", 4);
            } else {
                answer.put("choice", step.get("options").get(0).get("id").asText());
            }
            Response r = server.post("/api/v1/conversations/" + conversation + "/answers", answer, tablet);
            assertEquals(200, r.status(), r.toString());
            step = r.json().get("step");
            if (++answered > 60) {
                throw new AssertionError("the conversation did not end");
            }
        }
    }

    private void hear(String url, String tablet) {
        if (url == null || url.isEmpty() || url.equals("null")) {
            return;
        }
        Fetched heard = send(request(url, tablet).GET());
        assertEquals(200, heard.status(), url + " " + heard.text());
    }

    /** A real WAV whose bytes also carry the word, as if the person said it. */
    static byte[] recording(String word) {
        byte[] pcm = new byte[8000];
        for (int i = 0; i < pcm.length; i += 2) {
            short sample = (short) (1500 * Math.sin(i / 9.0));
            pcm[i] = (byte) sample;
            pcm[i + 1] = (byte) (sample >> 8);
        }
        byte[] wav = Wav.encode(new AudioFormat(16000, 16, 1, true, false), pcm);
        byte[] said = word.getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[wav.length + said.length];
        System.arraycopy(wav, 0, both, 0, wav.length);
        System.arraycopy(said, 0, both, wav.length, said.length);
        return both;
    }

    Fetched get(String path, String token) {
        return send(request(path, token).GET());
    }

    Fetched delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    record Fetched(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
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
        return new Fetched(r.statusCode(), r.body());
    }

    /** Every file under the directory, at any depth, whose bytes hold the word in UTF-8 or UTF-16, in any case. */
    static List<Path> filesHolding(Path dir, String word) {
        List<byte[]> forms = new ArrayList<>();
        for (String w : List.of(word, word.toLowerCase(Locale.ROOT), word.toUpperCase(Locale.ROOT))) {
            forms.add(w.getBytes(StandardCharsets.UTF_8));
            forms.add(w.getBytes(StandardCharsets.UTF_16LE));
            forms.add(w.getBytes(StandardCharsets.UTF_16BE));
        }
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> holding = new ArrayList<>();
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue;
                }
                if (forms.stream().anyMatch(form -> indexOf(bytes, form) >= 0)) {
                    holding.add(file);
                }
            }
            return holding;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
