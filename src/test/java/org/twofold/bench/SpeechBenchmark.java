package org.twofold.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.twofold.App;
import org.twofold.Config;
import org.twofold.speech.Rate;
import org.twofold.speech.Synthesiser;
import org.twofold.speech.Wav;
import org.twofold.web.Json;

/**
 * How fast speech is: FreeTTS making a 15-word prompt after warm-up, a cached clip served over HTTP,
 * and the espeak-ng command speaking the same phrases in the same run, for comparison.
 * Run: mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.twofold.bench.SpeechBenchmark
 */
public final class SpeechBenchmark {
    private static final List<String> PROMPTS = List.of(
        "Would you like staff to help you get your tablets ready every morning after breakfast?",
        "Do you want to go to the shop on your own or with a friend?",
        "Think about last week and tell us which day felt the very best for you.");
    private static final int WARM_UP = 20;
    private static final int ROUNDS = 30;
    private static final int SERVES = 500;

    private SpeechBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PROMPTS.forEach(p -> {
            if (p.split("\\s+").length != 15) {
                throw new IllegalStateException("Not 15 words: " + p);
            }
        });
        System.out.printf("Speech benchmark: %d prompts of 15 words, %d rounds each, on %d cores%n%n",
            PROMPTS.size(), ROUNDS, Runtime.getRuntime().availableProcessors());
        Stats freetts = freeTts();
        Stats served = cachedClip();
        Stats espeak = espeakNg();
        System.out.println();
        freetts.print("FreeTTS kevin16, synthesis of a 15-word prompt");
        served.print("Cached clip served over HTTP (GET /api/v1/speech/audio/{id}.wav)");
        if (espeak == null) {
            System.out.println("espeak-ng: not installed, so no comparison (apt-get install -y espeak-ng)");
            return;
        }
        espeak.print("espeak-ng command, same prompt to a WAV file (includes starting the process)");
        System.out.printf("%nRatio FreeTTS synthesis / espeak-ng: %.2f (median), %.2f (p95)%n",
            freetts.median() / espeak.median(), freetts.p95() / espeak.p95());
        System.out.printf("Ratio cached clip / espeak-ng:       %.3f (median)%n", served.median() / espeak.median());
    }

    private static Stats freeTts() {
        try (Synthesiser synthesiser = new Synthesiser(Synthesiser.KEVIN, 1)) {
            for (int i = 0; i < WARM_UP; i++) {
                synthesiser.wav(PROMPTS.get(i % PROMPTS.size()), Rate.NORMAL);
            }
            List<Double> ms = new ArrayList<>();
            double audioSeconds = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (String prompt : PROMPTS) {
                    long start = System.nanoTime();
                    byte[] wav = synthesiser.wav(prompt, Rate.NORMAL);
                    ms.add((System.nanoTime() - start) / 1e6);
                    audioSeconds += Wav.read(wav).seconds();
                }
            }
            System.out.printf("FreeTTS: each prompt lasts %.1f s of speech on average%n", audioSeconds / ms.size());
            return Stats.of(ms);
        }
    }

    private static Stats cachedClip() throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("twofold-bench");
        Config config = Config.fromEnv(Map.of("TWOFOLD_DEMO", "true", "TWOFOLD_SPEECH_WARMUP", "false")).with(data, 0);
        try (App app = App.create(config, Clock.systemUTC()).start()) {
            HttpClient http = HttpClient.newHttpClient();
            ObjectMapper json = Json.json();
            String base = "http://localhost:" + app.port();
            String login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"demo-staff\",\"password\":\"twofold-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
            String token = json.readTree(login).get("token").asText();
            String asked = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/speech"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("text", PROMPTS.get(0))))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
            // Words that are not a dialogue's are heard only with a token of the service that asked for them.
            HttpRequest get = HttpRequest.newBuilder(URI.create(base + json.readTree(asked).get("audio").asText()))
                .header("Authorization", "Bearer " + token).build();
            long firstStart = System.nanoTime();
            int size = http.send(get, HttpResponse.BodyHandlers.ofByteArray()).body().length;
            System.out.printf("Cached clip: first request (loads the voice, synthesises, caches) %.0f ms, %d bytes%n",
                (System.nanoTime() - firstStart) / 1e6, size);
            for (int i = 0; i < WARM_UP * 5; i++) {
                http.send(get, HttpResponse.BodyHandlers.ofByteArray());
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < SERVES; i++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
                ms.add((System.nanoTime() - start) / 1e6);
                if (r.statusCode() != 200 || r.body().length != size) {
                    throw new IllegalStateException("cached clip answered " + r.statusCode());
                }
            }
            return Stats.of(ms);
        } finally {
            deleteAll(data);
        }
    }

    private static Stats espeakNg() throws IOException, InterruptedException {
        if (!installed()) {
            return null;
        }
        Path out = Files.createTempFile("twofold-bench-espeak", ".wav");
        try {
            for (int i = 0; i < 3; i++) {
                espeak(PROMPTS.get(i % PROMPTS.size()), out);
            }
            List<Double> ms = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (String prompt : PROMPTS) {
                    long start = System.nanoTime();
                    espeak(prompt, out);
                    ms.add((System.nanoTime() - start) / 1e6);
                }
            }
            return Stats.of(ms);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static boolean installed() {
        try {
            return new ProcessBuilder("espeak-ng", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void espeak(String text, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("espeak-ng", "-v", "en-gb", "-w", out.toString(), text)
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("espeak-ng failed with " + p.exitValue());
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private record Stats(double median, double p95, double min, int count) {
        static Stats of(List<Double> ms) {
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Stats(sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[0], sorted.length);
        }

        void print(String what) {
            System.out.printf("%-80s median %8.2f ms   p95 %8.2f ms   min %8.2f ms   (n=%d)%n", what, median, p95, min, count);
        }
    }

}
