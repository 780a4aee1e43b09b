package org.twofold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.twofold.TestServer;

/**
 * How fast the person's step page renders and an answer is recorded, on a real server and SQLite file.
 * Run: mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.twofold.bench.ScreenBenchmark
 */
public final class ScreenBenchmark {
    private static final int WARM_UP = 200;
    private static final int RUNS = 1000;

    private ScreenBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("twofold-bench");
        try (TestServer server = TestServer.start(data)) {
            String token = server.login(TestServer.STAFF, TestServer.PASSWORD);
            String person = server.newPerson(token, "Bea Bench");
            JsonNode started = server.post("/api/v1/people/" + person + "/conversations",
                Map.of("dialogue", "washing-and-dressing"), token).json();
            String id = started.get("id").asText();
            HttpClient tablet = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            tablet.send(HttpRequest.newBuilder(URI.create(started.get("joinUrl").asText())).build(), HttpResponse.BodyHandlers.discarding());
            HttpRequest page = HttpRequest.newBuilder(URI.create(server.url("/person/conversations/" + id))).build();

            long[] pageNanos = time(WARM_UP, RUNS, () -> tablet.send(page, HttpResponse.BodyHandlers.ofString()));
            String answer = "/api/v1/conversations/" + id + "/answers";
            String back = "/api/v1/conversations/" + id + "/back";
            long[] answerNanos = time(WARM_UP, RUNS, () -> {
                server.post(answer, Map.of("node", "what-first", "choice", "wash"), token);
                server.post(back, "{}", token);
            });
            report("person's step page (GET, rendered)", pageNanos);
            report("answer + back (two POSTs, each one SQLite transaction)", answerNanos);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long[] time(int warmUp, int runs, Work work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf("%-60s p50 %6.2f ms   p95 %6.2f ms   max %6.2f ms%n", what,
            sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
