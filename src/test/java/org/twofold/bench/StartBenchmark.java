package org.twofold.bench;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.twofold.ApiClient;
import org.twofold.ServerProcess;

/**
 * How long the server takes from the command to its first 200 from /health, in a JVM of its own as
 * on a real machine: the first start on an empty data directory (demo data made), then restarts on
 * it, against a bare Javalin server with one route started the same way in the same run.
 * Goal: at most 2 s on the reference machine (2 cores).
 * Run: mvn -q -B -Pbench package (with the answer benchmark), or on its own after mvn package:
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.twofold.bench.StartBenchmark
 */
public final class StartBenchmark {
    private static final int RESTARTS = 5;
    private static final Path JAR = Path.of("target", "twofold.jar");
    private static final Path ARCHIVE = Path.of("target", "twofold.jsa");

    private StartBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("twofold-start-bench");
        Starter twofold = Files.exists(JAR) ? () -> ServerProcess.start(List.of(ServerProcess.java(),
                "-XX:SharedArchiveFile=" + ARCHIVE, "-jar", JAR.toString()), Map.of("TWOFOLD_DATA", data.toString(),
                "TWOFOLD_PORT", "0", "TWOFOLD_DEMO", "true"))
            : () -> ServerProcess.start(data);
        System.out.println(Files.exists(JAR) ? "Starting " + JAR + " with its class archive, as the README does"
            : "No " + JAR + " (run mvn package): starting from the classes instead, without the class archive");
        double first = untilHealthy(twofold);
        List<Double> restarts = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i < RESTARTS; i++) {
            restarts.add(untilHealthy(twofold));
            bare.add(untilHealthy(() -> ServerProcess.start(Bare.class, Map.of())));
        }
        System.out.printf("Start to first 200 from /health, on %d cores (goal: at most 2000 ms)%n",
            Runtime.getRuntime().availableProcessors());
        System.out.printf("  first start, empty data:   %6.0f ms%n", first);
        System.out.printf("  restart, median of %d:      %6.0f ms (worst %.0f)%n", RESTARTS, median(restarts), max(restarts));
        System.out.printf("  bare Javalin, median of %d: %6.0f ms (worst %.0f)%n", RESTARTS, median(bare), max(bare));
        System.out.printf("  ratio restart / bare:       %6.2f%n", median(restarts) / median(bare));
    }

    private interface Starter {
        ServerProcess start();
    }

    private static double untilHealthy(Starter starter) {
        long began = System.nanoTime();
        try (ServerProcess server = starter.start()) {
            ApiClient api = server.api();
            while (api.get("/health", null).status() != 200) {
                Thread.onSpinWait();
            }
            return (System.nanoTime() - began) / 1e6;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /** The baseline: Javalin with one JSON route, nothing else. */
    public static final class Bare {
        private Bare() {}

        public static void main(String[] args) {
            Javalin app = Javalin.create(c -> {
                c.startup.showJavalinBanner = false;
                c.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            }).start(0);
            System.out.println("Bare Javalin running on http://localhost:" + app.port());
        }
    }
}
