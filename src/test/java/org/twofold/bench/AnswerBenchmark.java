package org.twofold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.twofold.TestServer;
import org.twofold.web.Json;

/**
 * Many tablets answering at once: N threads, each a tablet on its own keep-alive connection, run
 * whole conversations through the API (start one for its person, answer every step with the first
 * option, a rating of 4 or yes, then start the next) against a real server and SQLite file on
 * loopback. The same N threads then post a small JSON body to a bare Javalin echo endpoint in the
 * same JVM, as the yardstick. Writes target/bench/results.json and prints a table.
 * Run: mvn -q -B -Pbench package
 */
public final class AnswerBenchmark {
    private static final int[] TABLETS = {1, 16, 100, 200};
    private static final int FIRST_WARM_UP_SECONDS = 6;
    private static final int WARM_UP_SECONDS = 2;
    private static final int MEASURE_SECONDS = 5;
    private static final ObjectMapper JSON = Json.json();

    private AnswerBenchmark() {}

    /** One tablet count's figures, as written to results.json. */
    record Result(int tablets, double answers_per_s, double bare_per_s, double ratio, double p50_ms, double p99_ms,
                  double bare_p99_ms, long rss_mb) {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // Keep one idle connection per tablet (the JDK keeps 5 per host by default, and would reconnect the rest).
        System.setProperty("http.maxConnections", "1000");
        Path data = Files.createTempDirectory("twofold-answer-bench");
        List<Result> results = new ArrayList<>();
        Javalin bare = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.post("/echo", ctx -> ctx.contentType("application/json").result(JSON.writeValueAsBytes(JSON.readTree(ctx.bodyAsBytes()))));
        }).start(0);
        try (TestServer server = TestServer.start(data)) {
            String token = server.login(TestServer.STAFF, TestServer.PASSWORD);
            List<String> dialogues = new ArrayList<>();
            server.get("/api/v1/dialogues", token).json().forEach(d -> dialogues.add(d.get("id").asText()));
            int most = Arrays.stream(TABLETS).max().orElseThrow();
            List<String> people = new ArrayList<>();
            for (int i = 0; i < most; i++) {
                people.add(server.newPerson(token, "Tablet Person" + i));
            }
            Target app = new Target(server.url(""), token, people, dialogues);
            Target echo = Target.bare("http://localhost:" + bare.port());
            System.out.printf("Answer benchmark on %d cores: warm-up %d s, then per level %d s warm-up and %d s measured%n",
                Runtime.getRuntime().availableProcessors(), FIRST_WARM_UP_SECONDS, WARM_UP_SECONDS, MEASURE_SECONDS);
            run(app, 16, FIRST_WARM_UP_SECONDS, 1);
            run(echo, 16, FIRST_WARM_UP_SECONDS, 1);
            for (int tablets : TABLETS) {
                Level answers = run(app, tablets, WARM_UP_SECONDS, MEASURE_SECONDS);
                Level plain = run(echo, tablets, WARM_UP_SECONDS, MEASURE_SECONDS);
                double answersPerS = answers.perSecond(MEASURE_SECONDS);
                double barePerS = plain.perSecond(MEASURE_SECONDS);
                results.add(new Result(tablets, round(answersPerS), round(barePerS), Math.round(answersPerS / barePerS * 1000) / 1000.0,
                    round(answers.percentile(50)), round(answers.percentile(99)), round(plain.percentile(99)), rssMb()));
                if (answers.failures() > 0) {
                    System.out.printf("  %d tablets: %d requests failed%n", tablets, answers.failures());
                }
            }
        } finally {
            bare.stop();
        }
        Path out = Path.of("target", "bench", "results.json");
        Files.createDirectories(out.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), results);
        print(results);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private static Level run(Target target, int tablets, int warmUpSeconds, int measureSeconds) throws InterruptedException {
        Level level = new Level();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < tablets; i++) {
            int n = i;
            Thread t = new Thread(() -> target.drive(n, level), "tablet-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        Thread.sleep(warmUpSeconds * 1000L);
        level.measuring = true;
        Thread.sleep(measureSeconds * 1000L);
        level.measuring = false;
        level.stopped = true;
        for (Thread t : threads) {
            t.join();
        }
        return level;
    }

    /** What one level measured: each timed request's latency, while measuring was on. */
    static final class Level {
        volatile boolean measuring;
        volatile boolean stopped;
        private final List<long[]> latencies = new ArrayList<>();
        private final AtomicLong failures = new AtomicLong();

        synchronized void add(long[] mine, int count) {
            latencies.add(Arrays.copyOf(mine, count));
        }

        long failures() {
            return failures.get();
        }

        double perSecond(int seconds) {
            return all().length / (double) seconds;
        }

        double percentile(int p) {
            long[] all = all();
            if (all.length == 0) {
                return Double.NaN;
            }
            return all[Math.min(all.length - 1, (int) Math.ceil(all.length * p / 100.0) - 1)] / 1e6;
        }

        private synchronized long[] all() {
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
            Arrays.sort(all);
            return all;
        }
    }

    /** Where the tablets send their requests: the real server's conversations, or the bare echo. */
    record Target(String base, String token, List<String> people, List<String> dialogues) {
        static Target bare(String base) {
            return new Target(base, null, List.of(), List.of());
        }

        void drive(int n, Level level) {
            long[] timed = new long[1 << 16];
            int count = 0;
            int conversations = 0;
            while (!level.stopped) {
                try {
                    if (token == null) {
                        count = timed(level, timed, count, "/echo", Map.of("node", "what-first", "choice", "wash",
                            "answerId", UUID.randomUUID().toString(), "how", "direct"));
                        continue;
                    }
                    String dialogue = dialogues.get((n + conversations++) % dialogues.size());
                    JsonNode started = post("/api/v1/people/" + people.get(n) + "/conversations", Map.of("dialogue", dialogue));
                    String answers = "/api/v1/conversations/" + started.get("id").asText() + "/answers";
                    JsonNode step = started.get("step");
                    while (!level.stopped && !step.get("kind").asText().equals("end")) {
                        long begun = System.nanoTime();
                        step = post(answers, answer(step)).get("step");
                        if (level.measuring && count < timed.length) {
                            timed[count++] = System.nanoTime() - begun;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    level.failures.incrementAndGet();
                    if (level.failures.get() < 5) {
                        System.out.println("  a request failed: " + e);
                    }
                }
            }
            level.add(timed, count);
        }

        private int timed(Level level, long[] timed, int count, String path, Object body) throws IOException {
            long begun = System.nanoTime();
            post(path, body);
            if (level.measuring && count < timed.length) {
                timed[count++] = System.nanoTime() - begun;
            }
            return count;
        }

        private static Map<String, Object> answer(JsonNode step) {
            ObjectNode a = JSON.createObjectNode();
            a.put("node", step.get("node").asText());
            a.put("answerId", UUID.randomUUID().toString());
            a.put("how", "direct");
            switch (step.get("kind").asText()) {
                case "rating" -> a.put("rating", 4);
                case "confirm" -> a.put("choice", "yes");
                default -> a.put("choice", step.get("options").get(0).get("id").asText());
            }
            return JSON.convertValue(a, Map.class);
        }

        /** One POST on the thread's keep-alive connection; the reply is read whole and parsed, as a tablet would. */
        private JsonNode post(String path, Object body) throws IOException {
            HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            if (token != null) {
                c.setRequestProperty("Authorization", "Bearer " + token);
            }
            byte[] bytes = JSON.writeValueAsBytes(body);
            c.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                byte[] reply = in.readAllBytes();
                if (status >= 300) {
                    throw new IOException(status + " from " + path + ": " + new String(reply, StandardCharsets.UTF_8));
                }
                return JSON.readTree(reply);
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The resident memory of this one JVM, which holds the server, the bare endpoint and every client. */
    private static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static void print(List<Result> results) {
        System.out.printf("%n%8s %13s %11s %7s %8s %8s %12s %8s%n",
            "tablets", "answers/s", "bare/s", "ratio", "p50 ms", "p99 ms", "bare p99 ms", "rss MB");
        for (Result r : results) {
            System.out.printf("%8d %13.1f %11.1f %7.3f %8.1f %8.1f %12.1f %8d%n",
                r.tablets(), r.answers_per_s(), r.bare_per_s(), r.ratio(), r.p50_ms(), r.p99_ms(), r.bare_p99_ms(), r.rss_mb());
        }
    }
}
